package org.mlbyhand.core.linalg;

/**
 * The argument checks every layer of core shares, with one wording: a message names the operation,
 * the argument, the index and the value, in this form
 * <pre>{@code
 *   "LinearRegression.fit: X[3][1] is NaN"             a matrix entry
 *   "mseLoss: yHat[2] is Infinity"                      a vector entry
 *   "mseGradient: b is NaN"                             a scalar
 *   "Ridge.fit: X is 6×2, y has length 5"               lengths that do not fit (ShapeMismatchException)
 *   "SoftmaxRegression.fit: y[2] = -1 is negative; …"   a class label
 * }</pre>
 * so that a learner who meets one of them knows at once which call, which argument and which entry to
 * look at. Each method returns normally when its argument is valid and otherwise throws
 * {@link IllegalArgumentException} (or its subclass {@link ShapeMismatchException} for lengths); the
 * first offending entry in row-major order is the one named. No argument is modified.
 *
 * <p>This is the lowest package that needs the checks, so every package above it uses them instead of
 * a private copy.
 */
public final class Arguments {
    private Arguments() {
    }

    /**
     * Throws unless value is finite.
     *
     * @param op    the operation, e.g. {@code "Losses.mseGradient"}
     * @param name  the argument's name, e.g. {@code "b"}
     * @param value the value
     * @throws IllegalArgumentException {@code "op: name is NaN"} (or Infinity, -Infinity)
     */
    public static void requireFinite(String op, String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(op + ": " + name + " is " + value);
        }
    }

    /**
     * Throws unless every entry of x is finite.
     *
     * @param x any length (not modified)
     * @throws IllegalArgumentException {@code "op: name[i] is NaN"} for the first non-finite entry
     */
    public static void requireFinite(String op, String name, double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(op + ": " + name + "[" + i + "] is " + x[i]);
            }
        }
    }

    /**
     * Throws unless every entry of A is finite.
     *
     * @param A any shape (not modified)
     * @throws IllegalArgumentException {@code "op: name[i][j] is NaN"} for the first non-finite entry,
     *                                  in row-major order
     */
    public static void requireFinite(String op, String name, Matrix A) {
        double[] data = A.data();
        for (int k = 0; k < data.length; k++) {
            if (!Double.isFinite(data[k])) {
                throw entry(op, name, k / A.cols(), k % A.cols(), data[k]);
            }
        }
    }

    /**
     * Throws unless one entry, {@code name[i][j] = value}, is finite: for a caller that reads only part
     * of a matrix (a triangle, say) and must not reject what it never reads.
     *
     * @throws IllegalArgumentException {@code "op: name[i][j] is NaN"}
     */
    public static void requireFiniteEntry(String op, String name, int i, int j, double value) {
        if (!Double.isFinite(value)) {
            throw entry(op, name, i, j, value);
        }
    }

    /**
     * Throws unless A has at least one row and one column.
     *
     * @throws IllegalArgumentException {@code "op: name is 0×2; needs at least one row and one column"}
     */
    public static void requireNonEmpty(String op, String name, Matrix A) {
        if (A.rows() == 0 || A.cols() == 0) {
            throw new IllegalArgumentException(op + ": " + name + " is " + A.shape()
                    + "; needs at least one row and one column");
        }
    }

    /**
     * Throws unless a vector argument has one entry per row of A.
     *
     * @param matrixName the name of A, e.g. {@code "X"}
     * @param vectorName the name of the vector, e.g. {@code "y"}
     * @param length     the vector's length
     * @throws ShapeMismatchException {@code "op: X is 6×2, y has length 5"}
     */
    public static void requireLength(String op, String matrixName, Matrix A, String vectorName, int length) {
        if (length != A.rows()) {
            throw new ShapeMismatchException(op + ": " + matrixName + " is " + A.shape() + ", " + vectorName
                    + " has length " + length);
        }
    }

    /**
     * Throws unless every entry of y is a class label, an integer ≥ 0 (labels are 0, 1, …, k−1).
     *
     * @param y any length (not modified)
     * @throws IllegalArgumentException {@code "op: y[i] = -1 is negative; class labels are 0, 1, …, k−1"}
     */
    public static void requireLabels(String op, String name, int[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException(op + ": " + name + "[" + i + "] = " + y[i]
                        + " is negative; class labels are 0, 1, …, k−1");
            }
        }
    }

    private static IllegalArgumentException entry(String op, String name, int i, int j, double value) {
        return new IllegalArgumentException(op + ": " + name + "[" + i + "][" + j + "] is " + value);
    }
}
