package org.mlbyhand.core.data;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/**
 * Seeded shuffling of rows. To shuffle features and targets together, draw one order and apply it to
 * both:
 * <pre>{@code
 *   int[] order = Shuffle.order(X.rows(), seed);
 *   Matrix Xs = Rows.take(X, order);   double[] ys = Rows.take(y, order);
 * }</pre>
 */
public final class Shuffle {
    private Shuffle() {
    }

    /**
     * Returns a uniformly random permutation of 0, …, n−1 (Fisher–Yates, driven by {@code new Rng(seed)}).
     *
     * @param n    length, at least 0
     * @param seed the same seed gives the same permutation
     * @throws IllegalArgumentException if n &lt; 0
     */
    public static int[] order(int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("Shuffle.order: n must be ≥ 0, got " + n);
        }
        return new Rng(seed).permutation(n);
    }

    /**
     * Returns the rows of X in the random order {@link #order}{@code (X.rows(), seed)}.
     *
     * @param X    n×p (not modified)
     * @param seed the same seed gives the same order
     * @return n×p
     */
    public static Matrix rows(Matrix X, long seed) {
        return X.selectRows(order(X.rows(), seed));
    }
}
