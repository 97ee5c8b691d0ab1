package org.mlbyhand.core.linalg;

import java.util.stream.IntStream;

/**
 * The threads of the product: rows of C cut into fixed blocks of {@link #ROWS_PER_TASK} rows, one task
 * per block, run on the JDK's common fork-join pool through a parallel stream (which also puts the calling
 * thread to work). {@link BlockedProduct} packs B (in parallel, block by block), then runs
 * <pre>{@code
 *   task t:  C[t·R … (t+1)·R − 1, :] = A[t·R … (t+1)·R − 1, :] · B        R = ROWS_PER_TASK
 * }</pre>
 * in one parallel step, so a thread that finishes early steals the next block instead of waiting.
 *
 * <p>Tasks share only read-only data (A and the packed B) and write disjoint rows of C. Every
 * entry of C is computed by one task, by the same fused chain as on one thread, so the result is
 * bit-for-bit independent of the number of threads and of which thread ran which block. No state
 * outlives a call.
 */
final class ParallelProduct {
    /**
     * Rows of C per task: enough tasks to balance a few cores, and enough rows that each task reuses every
     * block of B it reads from the shared cache 48 times; a multiple of the kernel's groups of 8 rows.
     */
    static final int ROWS_PER_TASK = 48;
    /** Products below this many multiply-adds (96³) finish before a second thread would get going. */
    static final long MIN_WORK = 96L * 96 * 96;

    /** Work on rows (or other items) {@code i0 … i1−1}. */
    @FunctionalInterface
    interface RowRange {
        void run(int i0, int i1);
    }

    private ParallelProduct() {
    }

    /** True if the product is large enough, and has enough rows, to gain from more than one core. */
    static boolean worthSplitting(int m, int k, int n) {
        return (long) m * k * n >= MIN_WORK && m > ROWS_PER_TASK && Runtime.getRuntime().availableProcessors() > 1;
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

    /** Runs {@code body} on [t, t+1) for every t &lt; count, in parallel; returns when all are done. */
    static void forEachIndex(int count, RowRange body) {
        IntStream.range(0, count).parallel().forEach(t -> body.run(t, t + 1));
    }
}
