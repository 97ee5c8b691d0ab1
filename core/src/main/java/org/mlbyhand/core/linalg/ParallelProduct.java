package org.mlbyhand.core.linalg;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The threads of the product: C is cut into tiles of at most {@link #MAX_ROWS_PER_TASK} rows × one column
 * block ({@link BlockedProduct#NC} columns, or the Vector API kernel's), and the tiles are handed out one at
 * a time from a shared counter to the calling thread and to as many helper tasks as the fork-join pool
 * has threads (the JDK's common pool, or the pool of the calling thread if it is a pool's worker):
 * <pre>{@code
 *   every participant:  while (t = next++) < tiles:  C[rows of t, columns of t] = A[rows of t, :] · B[:, columns of t]
 * }</pre>
 * The tiles are claimed column block by column block, so the threads working at one time read the same
 * block of B (from the shared cache) and write different rows of C (tiles side by side in one row
 * would write the two ends of the cache lines where their columns meet, on every row). The kernels pack B the same way (one packed block per claim), then run the tiles in
 * one parallel step.
 * A thread that is slow, or that the operating system has paused for another process, holds at most
 * the one tile it is working on; the others take the rest, and nobody waits at the end for more than one
 * tile. (Splitting the range of tiles in halves and joining them instead leaves a thread waiting for the
 * other's whole half when that one is descheduled, because a thread outside the pool cannot steal back
 * from a pool worker; a parallel stream cuts the range into a few large pieces and has the same tail.)
 *
 * <p>Tasks share only read-only data (A and the packed B) and write disjoint tiles of C. Every entry of C
 * is computed by one task, by the same fused chain as on one thread, so the result is bit-for-bit
 * independent of the number of threads and of which thread ran which tile. The tiles depend only on the
 * shape, and no state outlives a call.
 */
final class ParallelProduct {
    /**
     * The most rows in a tile: each task reads every block of B in its columns from the shared cache once
     * and uses it for this many rows. Fewer rows (m/4, in multiples of 8) when m is small, so that even a
     * 128-row product makes four tasks.
     */
    static final int MAX_ROWS_PER_TASK = 96;
    /** Products below this many multiply-adds (96³) finish before a second thread would get going. */
    static final long MIN_WORK = 96L * 96 * 96;

    /** Work on the tile of rows {@code i0 … i1−1} in column block {@code jb}. */
    @FunctionalInterface
    interface Tile {
        void run(int i0, int i1, int jb);
    }

    private ParallelProduct() {
    }

    /** Rows per tile for m rows: m/4 rounded up to a multiple of 8, at least 8 and at most 96. */
    static int rowsPerTask(int m) {
        int quarter = ((m + 3) / 4 + 7) / 8 * 8;
        return Math.max(8, Math.min(MAX_ROWS_PER_TASK, quarter));
    }

    /** True if the product is large enough, and makes enough tiles, to gain from more than one core. */
    static boolean worthSplitting(int m, int k, int n) {
        long tiles = (long) ((m + rowsPerTask(m) - 1) / rowsPerTask(m)) * ((n + BlockedProduct.NC - 1) / BlockedProduct.NC);
        return (long) m * k * n >= MIN_WORK && tiles >= 2 && Runtime.getRuntime().availableProcessors() > 1;
    }

    /** Runs {@code body} on every tile of m rows × {@code columnBlocks} column blocks, in parallel; returns when all are done. */
    static void forEachTile(int m, int columnBlocks, Tile body) {
        forEachTile(m, rowsPerTask(m), columnBlocks, body);
    }

    /** {@link #forEachTile(int, int, Tile)} with tiles of {@code rows} rows (the last may have fewer). */
    static void forEachTile(int m, int rows, int columnBlocks, Tile body) {
        int rowBlocks = (m + rows - 1) / rows;
        // Column block by column block: threads working at the same time share one block of B (read from
        // the shared cache once) and write different rows of C.
        forEach(rowBlocks * columnBlocks, t -> {
            int i0 = (t % rowBlocks) * rows;
            body.run(i0, Math.min(m, i0 + rows), t / rowBlocks);
        });
    }

    /**
     * Runs {@code body} on every t &lt; count, in parallel, and returns when all are done: the calling thread
     * and one helper task per other thread of the pool each claim the next t until none is left. A helper
     * that has not started when the work runs out is joined (and finds nothing to do).
     */
    static void forEach(int count, IntConsumer body) {
        if (count <= 0) {
            return;
        }
        boolean inPool = ForkJoinTask.inForkJoinPool();
        ForkJoinPool pool = inPool ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
        // Outside a pool the calling thread is one more participant than the pool's threads.
        int participants = Math.min(count, pool.getParallelism() + (inPool ? 0 : 1));
        AtomicInteger next = new AtomicInteger();
        Runnable claimUntilDone = () -> {
            for (int t = next.getAndIncrement(); t < count; t = next.getAndIncrement()) {
                body.accept(t);
            }
        };
        ForkJoinTask<?>[] helpers = new ForkJoinTask<?>[Math.max(0, participants - 1)];
        for (int h = 0; h < helpers.length; h++) {
            helpers[h] = ForkJoinTask.adapt(claimUntilDone).fork();
        }
        claimUntilDone.run();
        for (ForkJoinTask<?> helper : helpers) {
            helper.join();
        }
    }
}
