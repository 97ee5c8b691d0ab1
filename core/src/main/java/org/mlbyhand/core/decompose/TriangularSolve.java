package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Solves triangular systems by substitution, the last step of every direct solver in this package.
 * <pre>{@code
 *   forward (L lower):  xᵢ = (bᵢ − Σ_{j<i} Lᵢⱼ xⱼ) / Lᵢᵢ,   i = 0, 1, …, n−1
 *   back    (U upper):  xᵢ = (bᵢ − Σ_{j>i} Uᵢⱼ xⱼ) / Uᵢᵢ,   i = n−1, …, 1, 0
 * }</pre>
 * These are the textbook loops, kept exactly so: they are the definitions that the learner's PS0
 * substitution exercises are graded against. Each sum is accumulated in increasing j, then subtracted
 * from bᵢ, then divided by the pivot. Cost: n² flops.
 *
 * <p><b>Singular pivots.</b> A pivot with |Tᵢᵢ| ≤ n·u·maxⱼ|Tⱼⱼ| (u = 2⁻⁵³), including an exact zero,
 * throws {@link SingularMatrixException} naming it: dividing by it would give an answer dominated by
 * rounding error. This is the same numerical-rank test that {@link LeastSquares} applies to R.
 *
 * <p><b>Accuracy.</b> Substitution is backward stable: the computed x solves (T + ΔT)x = b with
 * |ΔTᵢⱼ| ≤ n·u·|Tᵢⱼ| (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, Thm 8.5), so the
 * forward error is at most about n·u·cond(T) relative.
 */
public final class TriangularSolve {
    private TriangularSolve() {
    }

    /**
     * Solves L·x = b for lower-triangular L by forward substitution.
     *
     * @param L n×n lower-triangular matrix; entries above the diagonal are never read (not modified)
     * @param b right-hand side of length n (not modified)
     * @return x of length n
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if L is not square or b's length is not n
     * @throws IllegalArgumentException if L's lower triangle or b holds a NaN or infinity (named)
     * @throws SingularMatrixException if a pivot is zero or negligible, as {@code singular: L[i][i] is v}
     */
    public static double[] forwardSubstitution(Matrix L, double[] b) {
        double[][] l = lowerTriangle("forwardSubstitution", L);
        Arguments.requireLength("forwardSubstitution", "L", L, "b", b.length);
        Arguments.requireFinite("forwardSubstitution", "b", b);
        requireNonsingular("singular: L", l);
        return forward(l, b);
    }

    /**
     * Solves U·x = b for upper-triangular U by back substitution.
     *
     * @param U n×n upper-triangular matrix; entries below the diagonal are never read (not modified)
     * @param b right-hand side of length n (not modified)
     * @return x of length n
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if U is not square or b's length is not n
     * @throws IllegalArgumentException if U's upper triangle or b holds a NaN or infinity (named)
     * @throws SingularMatrixException if a pivot is zero or negligible, as {@code singular: U[i][i] is v}
     */
    public static double[] backSubstitution(Matrix U, double[] b) {
        double[][] u = upperTriangle("backSubstitution", U);
        Arguments.requireLength("backSubstitution", "U", U, "b", b.length);
        Arguments.requireFinite("backSubstitution", "b", b);
        requireNonsingular("singular: U", u);
        return back(u, b);
    }

    /**
     * Solves L·X = B column by column, X's column j being {@code forwardSubstitution(L, B's column j)}.
     *
     * @param L n×n lower-triangular matrix (not modified)
     * @param B n×k right-hand sides (not modified)
     * @return X, n×k
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if L is not square or B does not have n rows
     * @throws IllegalArgumentException if L's lower triangle or B holds a NaN or infinity
     * @throws SingularMatrixException as {@link #forwardSubstitution(Matrix, double[])}
     */
    public static Matrix forwardSubstitution(Matrix L, Matrix B) {
        double[][] l = lowerTriangle("forwardSubstitution", L);
        Checks.requireRows("forwardSubstitution", "L", L, B);
        Arguments.requireFinite("forwardSubstitution", "B", B);
        requireNonsingular("singular: L", l);
        Matrix X = Matrix.zeros(B.rows(), B.cols());
        for (int j = 0; j < B.cols(); j++) {
            setColumn(X, j, forward(l, B.column(j)));
        }
        return X;
    }

    /**
     * Solves U·X = B column by column, X's column j being {@code backSubstitution(U, B's column j)}.
     *
     * @param U n×n upper-triangular matrix (not modified)
     * @param B n×k right-hand sides (not modified)
     * @return X, n×k
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if U is not square or B does not have n rows
     * @throws IllegalArgumentException if U's upper triangle or B holds a NaN or infinity
     * @throws SingularMatrixException as {@link #backSubstitution(Matrix, double[])}
     */
    public static Matrix backSubstitution(Matrix U, Matrix B) {
        double[][] u = upperTriangle("backSubstitution", U);
        Checks.requireRows("backSubstitution", "U", U, B);
        Arguments.requireFinite("backSubstitution", "B", B);
        requireNonsingular("singular: U", u);
        Matrix X = Matrix.zeros(B.rows(), B.cols());
        for (int j = 0; j < B.cols(); j++) {
            setColumn(X, j, back(u, B.column(j)));
        }
        return X;
    }

    // ---------------------------------------------------------------- the loops

    /** xᵢ = (bᵢ − Σ_{j<i} Lᵢⱼ xⱼ) / Lᵢᵢ for i = 0 … n−1. Pivots already checked. */
    static double[] forward(double[][] L, double[] b) {
        int n = b.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0; j < i; j++) {
                sum += L[i][j] * x[j];
            }
            x[i] = (b[i] - sum) / L[i][i];
        }
        return x;
    }

    /** xᵢ = (bᵢ − Σ_{j>i} Uᵢⱼ xⱼ) / Uᵢᵢ for i = n−1 … 0. Pivots already checked. */
    static double[] back(double[][] U, double[] b) {
        int n = b.length;
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = 0.0;
            for (int j = i + 1; j < n; j++) {
                sum += U[i][j] * x[j];
            }
            x[i] = (b[i] - sum) / U[i][i];
        }
        return x;
    }

    /** Throws {@link SingularMatrixException} at the smallest i with |Tᵢᵢ| ≤ n·u·maxⱼ|Tⱼⱼ|. */
    static void requireNonsingular(String what, double[][] T) {
        int n = T.length;
        double largest = 0.0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, Math.abs(T[i][i]));
        }
        double negligible = n * Checks.UNIT_ROUNDOFF * largest;
        for (int i = 0; i < n; i++) {
            if (Math.abs(T[i][i]) <= negligible) {
                throw new SingularMatrixException(what, i, T[i][i]);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static double[][] lowerTriangle(String op, Matrix L) {
        Checks.requireSquare(op, "L", L);
        double[][] l = L.toArray();
        for (int i = 0; i < l.length; i++) {
            for (int j = 0; j <= i; j++) {
                Arguments.requireFiniteEntry(op, "L", i, j, l[i][j]);
            }
        }
        return l;
    }

    private static double[][] upperTriangle(String op, Matrix U) {
        Checks.requireSquare(op, "U", U);
        double[][] u = U.toArray();
        for (int i = 0; i < u.length; i++) {
            for (int j = i; j < u.length; j++) {
                Arguments.requireFiniteEntry(op, "U", i, j, u[i][j]);
            }
        }
        return u;
    }

    private static void setColumn(Matrix X, int j, double[] x) {
        for (int i = 0; i < x.length; i++) {
            X.set(i, j, x[i]);
        }
    }
}
