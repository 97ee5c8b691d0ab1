package org.mlbyhand.core.linalg;

import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * The threads of the product: C is cut into tiles of at most {@link #MAX_ROWS_PER_TASK} rows ×
 * {@link BlockedProduct#NC} columns, one task per tile, run on the JDK's common fork-join pool (or the
 * pool of the calling thread, if it is a pool's worker) by halving the range of tiles until one is left,
 * so the calling thread works too and an idle thread can steal a single tile. (A parallel stream would
 * cut the range into only four pieces on a two-core machine, and leave one thread idle at the end.)
 * {@link BlockedProduct} packs B (in parallel, block by block), then runs
 * <pre>{@code
 *   task (t, jb):  C[rows of t, columns of jb] = A[rows of t, :] · B[:, columns of jb]
 * }</pre>
 * in one parallel step, so a thread that finishes early steals the next tile instead of waiting.
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
        forEach(rowBlocks * columnBlocks, t -> {
            int i0 = (t / columnBlocks) * rows;
            body.run(i0, Math.min(m, i0 + rows), t % columnBlocks);
        });
    }

    /** Runs {@code body} on every t &lt; count, each as its own task, in parallel; returns when all are done. */
    static void forEach(int count, IntConsumer body) {
        if (count > 0) {
            new Halves(0, count, body).invoke();
        }
    }

    /** Runs body on [from, to): halves the range until one item is left. */
    private static final class Halves extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;
        private final transient IntConsumer body;

        Halves(int from, int to, IntConsumer body) {
            this.from = from;
            this.to = to;
            this.body = body;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                body.accept(from);
            } else {
                int middle = (from + to) >>> 1;
                invokeAll(new Halves(from, middle, body), new Halves(middle, to, body));
            }
        }
    }
}
