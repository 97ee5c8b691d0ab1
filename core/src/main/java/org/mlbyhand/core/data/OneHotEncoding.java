package org.mlbyhand.core.data;

import java.util.Arrays;
import org.mlbyhand.core.estimator.Transform;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * A fitted {@link OneHotEncoder}: the sorted categories of each training column, and which first
 * categories are dropped,
 * <pre>{@code
 *   Z_i = [ onehot_1(X_i1) | … | onehot_p(X_ip) ]        m×q,  q = Σ_j (K_j − [first category of j dropped])
 * }</pre>
 * Immutable: accessors return copies.
 */
public final class OneHotEncoding implements Transform {
    private static final String WHO = "OneHotEncoder.transform";

    private final double[][] categories;   // p arrays, each sorted, distinct
    private final boolean[] dropFirst;
    private final OneHotEncoder.HandleUnknown handleUnknown;

    OneHotEncoding(double[][] categories, boolean[] dropFirst, OneHotEncoder.HandleUnknown handleUnknown) {
        this.categories = categories;
        this.dropFirst = dropFirst;
        this.handleUnknown = handleUnknown;
    }

    /** Returns p, the number of input columns. */
    @Override
    public int numFeatures() {
        return categories.length;
    }

    /** Returns each column's categories in increasing order (scikit-learn's {@code categories_}; a copy). */
    public double[][] categories() {
        double[][] copy = new double[categories.length][];
        for (int j = 0; j < categories.length; j++) {
            copy[j] = categories[j].clone();
        }
        return copy;
    }

    /**
     * Returns, for each column, the index of its dropped category (0) or −1 when none is dropped
     * (scikit-learn's {@code drop_idx_}, with −1 for None).
     */
    public int[] dropIdx() {
        int[] idx = new int[dropFirst.length];
        for (int j = 0; j < idx.length; j++) {
            idx[j] = dropFirst[j] ? 0 : -1;
        }
        return idx;
    }

    /** Returns q, the number of output columns. */
    public int numOutputs() {
        int q = 0;
        for (int j = 0; j < categories.length; j++) {
            q += categories[j].length - (dropFirst[j] ? 1 : 0);
        }
        return q;
    }

    /**
     * Returns the one-hot encoding of X.
     *
     * @param X m×p category codes, finite (not modified)
     * @return m×q of zeros and ones, a new matrix
     * @throws ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry, or (handleUnknown
     *                                  ERROR) the first value that is not one of its column's categories
     */
    @Override
    public Matrix transform(Matrix X) {
        if (X.cols() != categories.length) {
            throw new ShapeMismatchException(WHO + ": fitted on " + categories.length + " columns, X is " + X.shape());
        }
        Arguments.requireFinite(WHO, "X", X);
        Matrix Z = Matrix.zeros(X.rows(), numOutputs());   // m×q
        for (int i = 0; i < X.rows(); i++) {
            int offset = 0;                                 // first output column of input column j
            for (int j = 0; j < categories.length; j++) {
                int k = Arrays.binarySearch(categories[j], X.get(i, j) + 0.0);   // + 0.0: −0.0 is 0.0
                if (k < 0 && handleUnknown == OneHotEncoder.HandleUnknown.ERROR) {
                    throw new IllegalArgumentException(WHO + ": X[" + i + "][" + j + "] = " + X.get(i, j)
                            + " is not a category seen in fit; column " + j + "'s categories are "
                            + Arrays.toString(categories[j]) + " (use HandleUnknown.IGNORE to encode it as zeros)");
                }
                int column = dropFirst[j] ? k - 1 : k;      // the dropped first category has none
                if (k >= 0 && column >= 0) {
                    Z.set(i, offset + column, 1.0);
                }
                offset += categories[j].length - (dropFirst[j] ? 1 : 0);
            }
        }
        return Z;
    }

    /** Returns e.g. {@code "OneHotEncoding(categories=[[0.0, 1.0], [0.0, 1.0, 2.0]], dropIdx=[-1, -1])"}. */
    @Override
    public String toString() {
        return "OneHotEncoding(categories=" + Arrays.deepToString(categories) + ", dropIdx=" + Arrays.toString(dropIdx()) + ")";
    }
}
