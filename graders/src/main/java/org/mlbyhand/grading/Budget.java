package org.mlbyhand.grading;

import java.time.Duration;

/**
 * What grading one exercise may spend: the time each check may take (inputs, the learner's calls and
 * shrinking included), the heap of the sandbox process, whether that process runs the optimising JIT
 * compiler (C2: slower to start, 4× faster on long numeric loops), and whether failing inputs are
 * shrunk. Quick exercises keep {@link #QUICK}; a training exercise asks for more.
 *
 * @param perCheck      the time one check may take
 * @param heapMegabytes the sandbox's maximum heap
 * @param optimisingJit true to run the sandbox with the C2 compiler, false for C1 only (fast start)
 * @param shrink        true to shrink a failing input (false when one call is too slow to repeat)
 */
public record Budget(Duration perCheck, int heapMegabytes, boolean optimisingJit, boolean shrink) {
    /** For quick exercises: 10 s per check, a 512 MB heap, C1 only, shrinking on. */
    public static final Budget QUICK = new Budget(Duration.ofSeconds(10), 512, false, true);

    /** Checks the values: positive time and heap. */
    public Budget {
        if (perCheck.isNegative() || perCheck.isZero() || heapMegabytes < 64) {
            throw new IllegalArgumentException("a budget needs a positive time and at least 64 MB, got "
                    + perCheck + " and " + heapMegabytes + " MB");
        }
    }

    /** This budget with {@code time} per check. */
    public Budget withTime(Duration time) {
        return new Budget(time, heapMegabytes, optimisingJit, shrink);
    }

    /** This budget with a heap of {@code megabytes}. */
    public Budget withHeap(int megabytes) {
        return new Budget(perCheck, megabytes, optimisingJit, shrink);
    }

    /** This budget with the optimising JIT. */
    public Budget withOptimisingJit() {
        return new Budget(perCheck, heapMegabytes, true, shrink);
    }

    /** This budget without shrinking. */
    public Budget withoutShrinking() {
        return new Budget(perCheck, heapMegabytes, optimisingJit, false);
    }
}
