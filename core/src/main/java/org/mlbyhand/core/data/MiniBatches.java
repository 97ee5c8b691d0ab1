package org.mlbyhand.core.data;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.random.Rng;

/**
 * Mini-batches for one epoch of stochastic gradient descent: the rows 0, …, n−1 cut into
 * ⌈n / batchSize⌉ batches of batchSize rows, the last one smaller when batchSize does not divide n
 * (it is kept: no row is dropped). Each epoch should see a fresh order, so {@link #shuffled} takes an
 * {@link Rng} that the caller advances from epoch to epoch:
 * <pre>{@code
 *   Rng rng = new Rng(seed);
 *   for (int epoch = 0; epoch < epochs; epoch++)
 *       for (int[] batch : MiniBatches.shuffled(n, 32, rng))
 *           step(Rows.take(X, batch), Rows.take(y, batch));
 * }</pre>
 */
public final class MiniBatches {
    private MiniBatches() {
    }

    /**
     * Returns the batches of one epoch in a random order drawn from rng.
     *
     * @param n         number of rows, at least 0
     * @param batchSize rows per batch, at least 1
     * @param rng       source of the permutation (advanced)
     * @return ⌈n / batchSize⌉ disjoint index arrays whose union is {0, …, n−1}
     * @throws IllegalArgumentException if n &lt; 0 or batchSize &lt; 1
     */
    public static List<int[]> shuffled(int n, int batchSize, Rng rng) {
        check(n, batchSize);
        return cut(rng.permutation(n), batchSize);
    }

    /**
     * Returns the batches in row order: rows 0 … batchSize−1, then the next batchSize rows, and so on.
     *
     * @param n         number of rows, at least 0
     * @param batchSize rows per batch, at least 1
     * @return ⌈n / batchSize⌉ index arrays
     * @throws IllegalArgumentException if n &lt; 0 or batchSize &lt; 1
     */
    public static List<int[]> sequential(int n, int batchSize) {
        check(n, batchSize);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return cut(order, batchSize);
    }

    private static List<int[]> cut(int[] order, int batchSize) {
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int end = Math.min(order.length, start + batchSize);
            int[] batch = new int[end - start];
            System.arraycopy(order, start, batch, 0, batch.length);
            batches.add(batch);
        }
        return batches;
    }

    private static void check(int n, int batchSize) {
        if (n < 0) {
            throw new IllegalArgumentException("MiniBatches: n must be ≥ 0, got " + n);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("MiniBatches: batchSize must be ≥ 1, got " + batchSize);
        }
    }
}
