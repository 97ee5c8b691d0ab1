package org.mlbyhand.core.data;

import java.util.Arrays;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * One-hot encoding of categorical feature columns, learned from the <em>training</em> rows
 * (scikit-learn's {@code OneHotEncoder(sparse_output=False)}). Each column j holds category codes
 * (any finite numbers, e.g. 0, 1, 2 for a data set's categories); its categories are the distinct
 * training values in increasing order, c_j1 &lt; c_j2 &lt; … &lt; c_jK:
 * <pre>{@code
 *   Z_i = [ onehot_1(X_i1) | onehot_2(X_i2) | … | onehot_p(X_ip) ]          one block per input column
 *   onehot_j(v) = ( [v = c_j1], [v = c_j2], …, [v = c_jK] )                 K_j columns, one 1
 * }</pre>
 * so Z has Σ_j K_j columns (fewer with drop). The rules of scikit-learn 1.2:
 * <ul>
 *   <li>{@link HandleUnknown}: a value not among column j's training categories is an error
 *       ({@code ERROR}, the default), or is encoded as all zeros ({@code IGNORE}).</li>
 *   <li>{@link Drop}: {@code NONE} (default) keeps every category; {@code FIRST} drops each column's
 *       first (smallest) category, which is then encoded as all zeros, and a column with a single
 *       category produces no output at all; {@code IF_BINARY} drops the first category of the
 *       columns with exactly two categories only. Dropping one category per column removes the
 *       exact collinearity of a full one-hot block with the intercept (Σ_k onehot = 1).</li>
 * </ul>
 * With FIRST or IF_BINARY and IGNORE together, an unknown value and the dropped category are both all
 * zeros, as in scikit-learn.
 *
 * <p>Why fit: a category met only in the test rows must not shape the training columns. In a pipeline
 * the encoder is fitted on each training fold; a category that a fold's training rows lack then
 * needs IGNORE.
 *
 * <p>Differences from scikit-learn: the output is dense; NaN is rejected (scikit-learn 1.2 makes NaN
 * a category of its own, sorted last; here, impute first); {@code categories} cannot be given by
 * hand; 0.0 and −0.0 are one category (as numpy's {@code unique} has them). Instances are immutable.
 */
public final class OneHotEncoder implements Transformer<OneHotEncoding> {
    /** What {@code transform} does with a value not seen in fit. */
    public enum HandleUnknown {
        /** Throw an IllegalArgumentException naming the value and its column. */
        ERROR,
        /** Encode it as all zeros in its column's block. */
        IGNORE
    }

    /** Which category of each column gets no output column. */
    public enum Drop {
        /** Keep every category. */
        NONE,
        /** Drop the first (smallest) category of every column. */
        FIRST,
        /** Drop the first category of the columns with exactly two categories. */
        IF_BINARY
    }

    private static final String WHO = "OneHotEncoder";

    private final HandleUnknown handleUnknown;
    private final Drop drop;

    /** Creates the encoder with scikit-learn's defaults: handleUnknown ERROR, drop NONE. */
    public OneHotEncoder() {
        this(HandleUnknown.ERROR, Drop.NONE);
    }

    private OneHotEncoder(HandleUnknown handleUnknown, Drop drop) {
        if (handleUnknown == null || drop == null) {
            throw new IllegalArgumentException(WHO + ": handleUnknown and drop must not be null");
        }
        this.handleUnknown = handleUnknown;
        this.drop = drop;
    }

    /** Returns an encoder that handles unknown values as given (not null, else IllegalArgumentException). */
    public OneHotEncoder withHandleUnknown(HandleUnknown handleUnknown) {
        return new OneHotEncoder(handleUnknown, drop);
    }

    /** Returns an encoder that drops categories as given (not null, else IllegalArgumentException). */
    public OneHotEncoder withDrop(Drop drop) {
        return new OneHotEncoder(handleUnknown, drop);
    }

    /** Returns what transform does with an unknown value. */
    public HandleUnknown handleUnknown() {
        return handleUnknown;
    }

    /** Returns the drop rule. */
    public Drop drop() {
        return drop;
    }

    /**
     * Learns each column's categories: its distinct training values, sorted.
     *
     * @param X n×p training rows of category codes, finite (not modified)
     * @return the fitted encoding
     * @throws IllegalArgumentException if X has no rows or no columns, or naming the first NaN or
     *                                  infinite entry
     */
    @Override
    public OneHotEncoding fit(Matrix X) {
        Arguments.requireNonEmpty(WHO + ".fit", "X", X);
        Arguments.requireFinite(WHO + ".fit", "X", X);   // missing values are imputed first
        double[][] categories = new double[X.cols()][];
        boolean[] dropFirst = new boolean[X.cols()];
        for (int j = 0; j < X.cols(); j++) {
            categories[j] = distinctSorted(X.column(j));
            dropFirst[j] = drop == Drop.FIRST || drop == Drop.IF_BINARY && categories[j].length == 2;
        }
        return new OneHotEncoding(categories, dropFirst, handleUnknown);
    }

    /** Returns the distinct values of x in increasing order, −0.0 counted as 0.0. */
    static double[] distinctSorted(double[] x) {
        double[] sorted = x.clone();
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] += 0.0;                    // −0.0 + 0.0 = +0.0: one zero category
        }
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }

    /** Returns e.g. {@code "OneHotEncoder(handleUnknown=IGNORE, drop=NONE)"}. */
    @Override
    public String toString() {
        return WHO + "(handleUnknown=" + handleUnknown + ", drop=" + drop + ")";
    }
}
