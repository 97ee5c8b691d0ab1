package org.mlbyhand.core.linalg;

import java.util.stream.IntStream;

/**
 * The threads of the product: rows of C cut into fixed blocks of {@link #ROWS_PER_TASK} rows, one task
 * per block, run on the JDK's common fork-join pool through a parallel stream (which also puts the calling
 * thread to work). {@link BlockedProduct} calls it once per packed block of B:
 * <pre>{@code
 *   task t:  C[t·R … (t+1)·R − 1, jc…] += A[t·R … (t+1)·R − 1, pc…] · packedB        R = ROWS_PER_TASK
 * }</pre>
 *
 * <p>Tasks share only read-only data (A and the packed block of B) and write disjoint rows of C. Every
 * entry of C is computed by one task, by the same fused chain as on one thread, so the result is
 * bit-for-bit independent of the number of threads and of which thread ran which block. No state
 * outlives a call.
 */
final class ParallelProduct {
    /** Rows of C per task: enough tasks to balance a few dozen cores, enough work per task (≥ 32·KC·NC). */
    static final int ROWS_PER_TASK = 32;
    /** Products below this many multiply-adds (96³) finish before a second thread would get going. */
    static final long MIN_WORK = 96L * 96 * 96;

    /** Work on rows {@code i0 … i1−1}. */
    @FunctionalInterface
    interface RowRange {
        void run(int i0, int i1);
    }

    private ParallelProduct() {
    }

    /** True if the product is large enough, and has enough rows, to gain from more than one core. */
    static boolean worthSplitting(int m, int k, int n) {
        return (long) m * k * n >= MIN_WORK && m >= 2 * ROWS_PER_TASK
                && Runtime.getRuntime().availableProcessors() > 1;
    }

    /** Runs {@code body} on the row blocks [0, R), [R, 2R), … of m rows, in parallel; returns when all are done. */
    static void forEachRowBlock(int m, RowRange body) {
        int tasks = (m + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        if (tasks <= 1) {
            body.run(0, m);
            return;
        }
        IntStream.range(0, tasks).parallel().forEach(t -> {
            int i0 = t * ROWS_PER_TASK;
            body.run(i0, Math.min(m, i0 + ROWS_PER_TASK));
        });
    }
}
