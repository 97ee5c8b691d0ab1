package org.mlbyhand.core.tree;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A training matrix whose features are sorted once, for fitting many trees on the same X with different
 * sample weights (a random forest's bootstrap samples, gradient boosting's stages):
 * <pre>{@code
 *   column j     X[0][j], …, X[n−1][j]
 *   order j      the rows 0, …, n−1 sorted by X[·][j], equal values in row order (a stable sort)
 * }</pre>
 * A tree fitted on it ({@link DecisionTreeClassifier#fit(PresortedFeatures, int[], double[])},
 * {@link DecisionTreeRegressor#fit(PresortedFeatures, double[], double[])}) keeps, of each order, the rows
 * of positive weight: a stable order restricted to a subset is the stable order of the subset, so the
 * tree is bit-identical to the one fitted on the matrix, and its fit keeps O(p·n) rows instead of
 * sorting p columns again before it grows. Immutable (X is copied), so one instance can serve many threads.
 */
public final class PresortedFeatures {
    final double[][] columns;   // p × n
    final int[][] order;        // p × n
    private final int n;

    private PresortedFeatures(double[][] columns, int[][] order, int n) {
        this.columns = columns;
        this.order = order;
        this.n = n;
    }

    /**
     * Copies X column by column and sorts every column's rows ({@link IndexSort}'s radix sort: six
     * passes of O(n) per column, O(p·n) in all).
     *
     * @param X n×p, n, p ≥ 1, finite (not modified)
     * @throws IllegalArgumentException if X has no rows or columns, or naming its first NaN or infinite entry
     */
    public static PresortedFeatures of(Matrix X) {
        Arguments.requireNonEmpty("PresortedFeatures.of", "X", X);
        Arguments.requireFinite("PresortedFeatures.of", "X", X);
        return sort(X);
    }

    /** As {@link #of}, for an X already checked. */
    static PresortedFeatures sort(Matrix X) {
        int p = X.cols();
        double[][] columns = new double[p][];
        int[][] order = new int[p][];
        for (int j = 0; j < p; j++) {
            columns[j] = X.column(j);
            order[j] = new int[X.rows()];
            for (int i = 0; i < X.rows(); i++) {
                order[j][i] = i;
            }
            IndexSort.sort(order[j], columns[j]);
        }
        return new PresortedFeatures(columns, order, X.rows());
    }

    /** Returns n, the number of rows. */
    public int rows() {
        return n;
    }

    /** Returns p, the number of features. */
    public int cols() {
        return columns.length;
    }

    /** Returns the shape as {@code "n×p"}, as {@link Matrix#shape()}. */
    public String shape() {
        return n + "×" + columns.length;
    }

    /** The rows of feature j's order with positive weight, in that order (O(n)). */
    int[] order(int j, double[] w, int positive) {
        int[] rows = new int[positive];
        int k = 0;
        for (int i : order[j]) {
            if (w[i] > 0.0) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    /** Returns e.g. {@code "PresortedFeatures(442×10)"}. */
    @Override
    public String toString() {
        return "PresortedFeatures(" + shape() + ")";
    }
}
