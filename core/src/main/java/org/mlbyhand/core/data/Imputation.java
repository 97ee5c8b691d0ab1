package org.mlbyhand.core.data;

import org.mlbyhand.core.estimator.Transform;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * A fitted {@link SimpleImputer}: one statistic s_j per training column, put in place of every NaN of
 * that column,
 * <pre>{@code
 *   Z_ij = X_ij if X_ij is not NaN, else s_j          Z is m×q, q = the number of kept columns
 * }</pre>
 * where the columns with no observed training value (s_j = NaN) are dropped, unless the imputer kept
 * them. Immutable: accessors return copies.
 */
public final class Imputation implements Transform {
    private final double[] statistics;
    private final boolean[] kept;

    Imputation(double[] statistics, boolean[] kept) {
        this.statistics = statistics;
        this.kept = kept;
    }

    /** Returns p, the number of columns the imputer was fitted on. */
    @Override
    public int numFeatures() {
        return statistics.length;
    }

    /**
     * Returns a copy of the statistics s_j, length p (scikit-learn's {@code statistics_}); NaN for a
     * dropped column.
     */
    public double[] statistics() {
        return statistics.clone();
    }

    /**
     * Returns X with each NaN replaced by its column's statistic, and the dropped columns removed.
     *
     * @param X m×p, NaN where missing, no infinity (not modified)
     * @return m×q, finite, a new matrix
     * @throws ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first infinite entry of X
     */
    @Override
    public Matrix transform(Matrix X) {
        if (X.cols() != statistics.length) {
            throw new ShapeMismatchException("SimpleImputer.transform: fitted on " + statistics.length + " columns, X is " + X.shape());
        }
        requireNoInfinity("SimpleImputer.transform", X);
        int q = 0;
        for (boolean k : kept) {
            q += k ? 1 : 0;
        }
        Matrix Z = Matrix.zeros(X.rows(), q);      // m×q
        for (int i = 0; i < X.rows(); i++) {
            int out = 0;
            for (int j = 0; j < statistics.length; j++) {
                if (kept[j]) {
                    double v = X.get(i, j);
                    Z.set(i, out++, Double.isNaN(v) ? statistics[j] : v);
                }
            }
        }
        return Z;
    }

    /** Throws naming the first ±∞ entry of X in row-major order ({@code "op: X[i][j] is Infinity"}); NaN passes. */
    static void requireNoInfinity(String op, Matrix X) {
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                if (Double.isInfinite(X.get(i, j))) {
                    throw new IllegalArgumentException(op + ": X[" + i + "][" + j + "] is " + X.get(i, j)
                            + " (NaN means missing; infinity is not allowed)");
                }
            }
        }
    }

    /** Returns e.g. {@code "Imputation(statistics=[29.0, NaN])"}. */
    @Override
    public String toString() {
        return "Imputation(statistics=" + java.util.Arrays.toString(statistics) + ")";
    }
}
