package org.mlbyhand.core.data;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * A partition of the row indices 0, …, n−1 of a data set into a training part and a test part:
 * <pre>{@code
 *   train ∩ test = ∅,   train ∪ test = {0, …, n−1}
 * }</pre>
 * Made by {@link TrainTestSplit}, {@link KFold} and {@link StratifiedKFold}; immutable. Its methods
 * cut a matrix X (n×p) and a target vector y (length n) the same way.
 */
public final class Split {
    private final int n;
    private final int[] train;
    private final int[] test;

    /**
     * Creates the split, checking that train and test partition 0, …, n−1.
     *
     * @param n     number of rows of the data set
     * @param train training row indices (copied)
     * @param test  test row indices (copied)
     * @throws IllegalArgumentException naming the first index that is out of range, repeated or missing
     */
    public Split(int n, int[] train, int[] test) {
        this.n = n;
        this.train = train.clone();
        this.test = test.clone();
        boolean[] seen = new boolean[n];
        mark(seen, this.train, "train");
        mark(seen, this.test, "test");
        for (int i = 0; i < n; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException("Split: row " + i + " of " + n + " is in neither train nor test");
            }
        }
    }

    private static void mark(boolean[] seen, int[] indices, String part) {
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= seen.length) {
                throw new IllegalArgumentException("Split: " + part + "[" + k + "] = " + i + " is outside [0, " + seen.length + ")");
            }
            if (seen[i]) {
                throw new IllegalArgumentException("Split: row " + i + " appears twice (again in " + part + ")");
            }
            seen[i] = true;
        }
    }

    /** Returns n, the number of rows of the data set this split partitions. */
    public int size() {
        return n;
    }

    /** Returns a copy of the training row indices. */
    public int[] train() {
        return train.clone();
    }

    /** Returns a copy of the test row indices. */
    public int[] test() {
        return test.clone();
    }

    /** Returns the number of training rows. */
    public int trainSize() {
        return train.length;
    }

    /** Returns the number of test rows. */
    public int testSize() {
        return test.length;
    }

    /** Returns the training rows of X (n×p, not modified), a trainSize()×p matrix. */
    public Matrix train(Matrix X) {
        return Rows.take(check(X), train);
    }

    /** Returns the test rows of X (n×p, not modified), a testSize()×p matrix. */
    public Matrix test(Matrix X) {
        return Rows.take(check(X), test);
    }

    /** Returns the training entries of y (length n, not modified). */
    public double[] train(double[] y) {
        checkLength(y.length);
        return Rows.take(y, train);
    }

    /** Returns the test entries of y (length n, not modified). */
    public double[] test(double[] y) {
        checkLength(y.length);
        return Rows.take(y, test);
    }

    /** Returns the training entries of labels (length n, not modified). */
    public int[] train(int[] labels) {
        checkLength(labels.length);
        return Rows.take(labels, train);
    }

    /** Returns the test entries of labels (length n, not modified). */
    public int[] test(int[] labels) {
        checkLength(labels.length);
        return Rows.take(labels, test);
    }

    private Matrix check(Matrix X) {
        if (X.rows() != n) {
            throw new ShapeMismatchException("Split of " + n + " rows applied to X of shape " + X.shape());
        }
        return X;
    }

    private void checkLength(int length) {
        if (length != n) {
            throw new ShapeMismatchException("Split of " + n + " rows applied to a vector of length " + length);
        }
    }

    /** Returns e.g. {@code "Split(n=10, train=8, test=2)"}. */
    @Override
    public String toString() {
        return "Split(n=" + n + ", train=" + train.length + ", test=" + test.length + ")";
    }

    /** Two splits are equal when they have the same n and the same index arrays, in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && s.n == n && Arrays.equals(s.train, train) && Arrays.equals(s.test, test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }
}
