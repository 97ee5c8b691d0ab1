package org.mlbyhand.core.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.estimator.Transform;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Different transformers for different columns, side by side (scikit-learn's
 * {@code ColumnTransformer}): transformer tᵢ is fitted on the columns Cᵢ of X only, and the outputs
 * are laid next to each other in the order given,
 * <pre>{@code
 *   fit(X):        Tᵢ = tᵢ.fit(X[:, Cᵢ])                                i = 1 … s
 *   transform(X) = [ T₁(X[:, C₁]) | T₂(X[:, C₂]) | … | T_s(X[:, C_s]) | X[:, R] ]
 *   R = the columns in no Cᵢ, in increasing order: kept with Remainder.PASSTHROUGH, dropped with DROP (default)
 * }</pre>
 * e.g. impute the age column, one-hot encode three categorical ones and drop the rest:
 * <pre>{@code
 *   new ColumnTransformer().with(new SimpleImputer(Strategy.MEDIAN), 1)
 *                          .with(new OneHotEncoder().withHandleUnknown(HandleUnknown.IGNORE), 0, 2, 3)
 * }</pre>
 * A column may feed several transformers. It is itself a {@link Transformer}, so it is one step of a
 * {@link Pipeline} and is refitted on every training fold. What entries are allowed is each
 * transformer's business (an imputer takes NaN, an encoder does not); a transformer's error is
 * rethrown naming the transformer and its columns, the entry then indexed within those columns.
 * Immutable: {@code withX} methods return a new one.
 */
public final class ColumnTransformer implements Transformer<ColumnTransformer.Model> {
    /** What happens to the columns no transformer takes. */
    public enum Remainder {
        /** Leave them out (scikit-learn's default). */
        DROP,
        /** Append them unchanged after the transformers' outputs. */
        PASSTHROUGH
    }

    private static final String WHO = "ColumnTransformer";

    private final List<Transformer<?>> transformers;
    private final List<int[]> columns;
    private final Remainder remainder;

    /** Creates a column transformer with no transformer yet, remainder DROP. */
    public ColumnTransformer() {
        this(List.of(), List.of(), Remainder.DROP);
    }

    private ColumnTransformer(List<Transformer<?>> transformers, List<int[]> columns, Remainder remainder) {
        this.transformers = transformers;
        this.columns = columns;
        this.remainder = remainder;
    }

    /**
     * Returns this column transformer with one more transformer, fitted on the given columns.
     *
     * @param transformer the transformer (not null)
     * @param columns     column indices of X, each ≥ 0, at least one, no repeat (copied)
     * @throws IllegalArgumentException if transformer is null, columns is empty, or an index is
     *                                  negative or repeated (named)
     */
    public ColumnTransformer with(Transformer<?> transformer, int... columns) {
        if (transformer == null) {
            throw new IllegalArgumentException(WHO + ".with: transformer is null");
        }
        if (columns.length == 0) {
            throw new IllegalArgumentException(WHO + ".with: no columns given for " + transformer);
        }
        checkColumns(columns);
        List<Transformer<?>> t = new ArrayList<>(transformers);
        List<int[]> c = new ArrayList<>(this.columns);
        t.add(transformer);
        c.add(columns.clone());
        return new ColumnTransformer(List.copyOf(t), List.copyOf(c), remainder);
    }

    /** Returns this column transformer with the given remainder rule (not null, else IllegalArgumentException). */
    public ColumnTransformer withRemainder(Remainder remainder) {
        if (remainder == null) {
            throw new IllegalArgumentException(WHO + ".withRemainder: remainder is null");
        }
        return new ColumnTransformer(transformers, columns, remainder);
    }

    /**
     * Fits each transformer on its columns of X.
     *
     * @param X n×p training rows (not modified)
     * @return the fitted column transform
     * @throws IllegalArgumentException if X has no rows or no columns, a column index is ≥ p, or a
     *                                  transformer rejects its columns (its message, with its index and columns)
     */
    @Override
    public Model fit(Matrix X) {
        Arguments.requireNonEmpty(WHO + ".fit", "X", X);
        boolean[] used = new boolean[X.cols()];
        for (int[] cols : columns) {
            for (int c : cols) {
                if (c >= X.cols()) {
                    throw new IllegalArgumentException(WHO + ".fit: column " + c + " does not exist; X is " + X.shape());
                }
                used[c] = true;
            }
        }
        List<Transform> fitted = new ArrayList<>(transformers.size());
        for (int i = 0; i < transformers.size(); i++) {
            Matrix part = pick(X, columns.get(i));
            try {
                fitted.add(transformers.get(i).fit(part));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(WHO + ".fit: transformer " + i + " on columns "
                        + Arrays.toString(columns.get(i)) + " of X: " + e.getMessage(), e);
            }
        }
        int[] rest = remainder == Remainder.PASSTHROUGH ? unused(used) : new int[0];
        return new Model(List.copyOf(fitted), columns, rest, X.cols());
    }

    /** Returns e.g. {@code "ColumnTransformer([SimpleImputer(…) on [1], OneHotEncoder(…) on [0, 2, 3]], remainder=DROP)"}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < transformers.size(); i++) {
            parts.add(transformers.get(i) + " on " + Arrays.toString(columns.get(i)));
        }
        return WHO + "(" + parts + ", remainder=" + remainder + ")";
    }

    private static void checkColumns(int[] columns) {
        for (int k = 0; k < columns.length; k++) {
            if (columns[k] < 0) {
                throw new IllegalArgumentException(WHO + ".with: columns[" + k + "] = " + columns[k] + " is negative");
            }
            for (int l = 0; l < k; l++) {
                if (columns[l] == columns[k]) {
                    throw new IllegalArgumentException(WHO + ".with: column " + columns[k] + " is given twice");
                }
            }
        }
    }

    /** Returns the columns never used, in increasing order. */
    private static int[] unused(boolean[] used) {
        List<Integer> rest = new ArrayList<>();
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                rest.add(c);
            }
        }
        return rest.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Returns X[:, cols], m×|cols|, a new matrix. */
    static Matrix pick(Matrix X, int[] cols) {
        Matrix P = Matrix.zeros(X.rows(), cols.length);   // m×|cols|
        for (int i = 0; i < X.rows(); i++) {
            for (int k = 0; k < cols.length; k++) {
                P.set(i, k, X.get(i, cols[k]));
            }
        }
        return P;
    }

    /**
     * A fitted {@link ColumnTransformer}: each fitted transform with its columns, and the remainder
     * columns passed through. Immutable.
     */
    public static final class Model implements Transform {
        private final List<Transform> transforms;
        private final List<int[]> columns;
        private final int[] remainder;
        private final int p;

        Model(List<Transform> transforms, List<int[]> columns, int[] remainder, int p) {
            this.transforms = transforms;
            this.columns = columns;
            this.remainder = remainder;
            this.p = p;
        }

        /** Returns p, the number of columns of the training matrix. */
        @Override
        public int numFeatures() {
            return p;
        }

        /** Returns the fitted transforms, in order (unmodifiable). */
        public List<Transform> transforms() {
            return transforms;
        }

        /**
         * Returns [T₁(X[:, C₁]) | … | T_s(X[:, C_s]) | X[:, R]].
         *
         * @param X m×p (not modified)
         * @return m×q, a new matrix
         * @throws ShapeMismatchException if X does not have p columns
         * @throws IllegalArgumentException as a transform throws, with its index and columns
         */
        @Override
        public Matrix transform(Matrix X) {
            if (X.cols() != p) {
                throw new ShapeMismatchException(WHO + ".transform: fitted on " + p + " columns, X is " + X.shape());
            }
            List<Matrix> blocks = new ArrayList<>();
            for (int i = 0; i < transforms.size(); i++) {
                try {
                    blocks.add(transforms.get(i).transform(pick(X, columns.get(i))));
                } catch (IllegalArgumentException e) {
                    if (e instanceof ShapeMismatchException) {
                        throw e;
                    }
                    throw new IllegalArgumentException(WHO + ".transform: transformer " + i + " on columns "
                            + Arrays.toString(columns.get(i)) + " of X: " + e.getMessage(), e);
                }
            }
            blocks.add(pick(X, remainder));
            return besideEachOther(X.rows(), blocks);
        }

        /** Returns [B₁ | B₂ | …], m×Σ cols(Bᵢ). */
        private static Matrix besideEachOther(int m, List<Matrix> blocks) {
            int q = blocks.stream().mapToInt(Matrix::cols).sum();
            Matrix Z = Matrix.zeros(m, q);                // m×q
            int offset = 0;
            for (Matrix B : blocks) {
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < B.cols(); j++) {
                        Z.set(i, offset + j, B.get(i, j));
                    }
                }
                offset += B.cols();
            }
            return Z;
        }

        /** Returns e.g. {@code "ColumnTransformer.Model([Imputation(…), OneHotEncoding(…)], remainder=[])"}. */
        @Override
        public String toString() {
            return WHO + ".Model(" + transforms + ", remainder=" + Arrays.toString(remainder) + ")";
        }
    }
}
