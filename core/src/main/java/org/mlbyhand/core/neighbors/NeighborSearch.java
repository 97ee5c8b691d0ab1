package org.mlbyhand.core.neighbors;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Brute-force k-nearest-neighbour search over stored training rows: for each query, the distance to
 * every training row, then the k smallest in the order
 * <pre>{@code
 *   (d, i) < (d', i')   ⇔   d < d'  or  (d = d' and i < i')          i = training-row index
 * }</pre>
 * which is what a stable sort of the n distances gives (numpy's {@code argsort(kind='stable')}). The
 * k best so far are kept sorted, and a row replaces the worst of them only if it is strictly nearer,
 * so among equal distances the earlier row wins. Cost O(m·n·(p + k)) for m queries.
 *
 * <p>scikit-learn 1.2.1's brute force (its {@code ArgKmin}: a max-heap of k per query, then an
 * unstable sort) has no defined order among equal distances: which of several tied rows it keeps, and
 * in which order, depends on the heap. With distinct distances both give the same k rows in the same
 * order.
 */
final class NeighborSearch {
    private final double[][] X;   // n×p training rows, a private copy
    private final int p;
    private final Metric metric;
    private final double power;   // the Minkowski p

    /** Keeps a copy of X (not modified). */
    NeighborSearch(Matrix X, Metric metric, double power) {
        this.X = X.toArray();
        this.p = X.cols();
        this.metric = metric;
        this.power = power;
    }

    /** Returns n, the number of training rows. */
    int rows() {
        return X.length;
    }

    /** Returns p, the number of features. */
    int cols() {
        return p;
    }

    /**
     * Returns the k nearest training rows of each row of Q.
     *
     * @param who the caller, for messages ({@code "KNeighborsClassifier.predict"})
     * @param Q   m×p queries, finite (not modified)
     * @param k   1 ≤ k ≤ n
     * @throws ShapeMismatchException if Q does not have p columns
     * @throws IllegalArgumentException naming the first non-finite entry of Q, or if k is not in [1, n]
     */
    Neighbors kneighbors(String who, Matrix Q, int k) {
        checkQueries(who, Q);
        checkK(who, k, X.length);
        int m = Q.rows();
        Matrix D = Matrix.zeros(m, k);          // m×k
        int[][] indices = new int[m][];
        double[] d = new double[X.length];     // distances from query i to every training row
        for (int i = 0; i < m; i++) {
            double[] q = Q.row(i);
            for (int r = 0; r < X.length; r++) {
                d[r] = metric.distance(q, X[r], power);
            }
            indices[i] = smallest(d, k);
            for (int r = 0; r < k; r++) {
                D.set(i, r, d[indices[i][r]]);
            }
        }
        return new Neighbors(D, indices);
    }

    /** Returns the indices of the k smallest of d, in the (distance, index) order of the class comment. */
    static int[] smallest(double[] d, int k) {
        int[] best = new int[k];
        int size = 0;
        for (int r = 0; r < d.length; r++) {
            if (size == k && !(d[r] < d[best[k - 1]])) {
                continue;                        // not strictly nearer than the worst kept: an earlier row wins the tie
            }
            int at = size < k ? size++ : k - 1;  // a free slot, or the worst one, which r evicts
            while (at > 0 && d[best[at - 1]] > d[r]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = r;
        }
        return best;
    }

    /** Checks a query matrix: p columns, every entry finite. */
    void checkQueries(String who, Matrix Q) {
        if (Q.cols() != p) {
            throw new ShapeMismatchException(who + ": fitted on " + p + " features, X is " + Q.shape());
        }
        Arguments.requireFinite(who, "X", Q);
    }

    /** Checks 1 ≤ k ≤ n. */
    static void checkK(String who, int k, int n) {
        if (k < 1) {
            throw new IllegalArgumentException(who + ": nNeighbors must be ≥ 1, got " + k);
        }
        if (k > n) {
            throw new IllegalArgumentException(who + ": nNeighbors = " + k + " but there are only " + n
                    + " training rows; k must be ≤ n");
        }
    }
}
