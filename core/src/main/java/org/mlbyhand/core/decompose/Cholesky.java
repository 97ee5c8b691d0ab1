package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The Cholesky factorization of a symmetric positive definite matrix,
 * <pre>{@code
 *   A = L·Lᵀ,   L lower triangular with Lᵢᵢ > 0   (unique)
 * }</pre>
 * computed row by row (the Cholesky–Banachiewicz order), for i = 0 … n−1 and j = 0 … i:
 * <pre>{@code
 *   sum  = Σ_{k<j} Lᵢₖ·Lⱼₖ              (accumulated k = 0, 1, …, j−1)
 *   Lᵢᵢ  = √(Aᵢᵢ − sum)                  when j = i
 *   Lᵢⱼ  = (Aᵢⱼ − sum) / Lⱼⱼ             when j < i
 * }</pre>
 * This is the arithmetic of the learner's PS0 exercise, operation for operation, so a correct answer
 * agrees with this one to the last few bits. Cost: n³/3 flops.
 *
 * <p><b>Large matrices.</b> From n = {@value #BLOCKED_MIN_SIZE} on, the same sums are done by
 * {@link BlockedCholesky}: by blocks of 64 columns of L, with the sums over earlier blocks done by the fast
 * matrix product. Its results differ from this loop's in the last bits (the terms are summed in another
 * order) and obey the same accuracy bound; the pivot checks are the same, in the same order.
 *
 * <p><b>Input.</b> A must be square, finite and symmetric to within |Aᵢⱼ − Aⱼᵢ| ≤ 1e-10·max|A|;
 * after that check only the lower triangle (j ≤ i) is read.
 *
 * <p><b>Positive definiteness.</b> The pivot dᵢ = Aᵢᵢ − Σₖ Lᵢₖ² must satisfy dᵢ > n·u·|Aᵢᵢ| (u = 2⁻⁵³):
 * a smaller pivot is not distinguishable from the rounding error in its own sum, so A is singular or
 * indefinite to working precision and {@link NotPositiveDefiniteException} names the pivot. This
 * catches exact singularity and most rank deficiency, but not all: rounding can leave a pivot of a
 * singular matrix positive (for random rank-deficient Gram matrices, about 5 in 100 pass). Such a factor
 * is still backward stable; when near-singularity matters, measure it with {@link Svd#conditionNumber()}.
 *
 * <p><b>Accuracy.</b> Cholesky is backward stable without pivoting: L̂·L̂ᵀ = A + ΔA with
 * |ΔA| ≤ (n+1)u/(1−(n+1)u)·|L̂|·|L̂ᵀ| (Higham, Thm 10.3), so ‖A − L̂L̂ᵀ‖ is a small multiple of n·u·‖A‖
 * whatever the condition number; solves are accurate to about n·u·κ(A) relative.
 *
 * <p>Instances are immutable; accessors return copies.
 */
public final class Cholesky {
    private final double[][] L;  // n×n lower triangular, Lᵢᵢ > 0
    private final double[][] Lt; // its transpose, for the back substitution in solve

    /** Below this order the row-by-row loop is used as it stands; from it on, {@link BlockedCholesky}. */
    static final int BLOCKED_MIN_SIZE = 2 * BlockedCholesky.BLOCK;

    private Cholesky(double[][] L, double[][] Lt) {
        this.L = L;
        this.Lt = Lt;
    }

    /**
     * Factors A = L·Lᵀ.
     *
     * @param A n×n symmetric positive definite matrix (not modified)
     * @return the factorization
     * @throws ShapeMismatchException if A is not square ({@code A is 3×4, not square})
     * @throws IllegalArgumentException if A holds a NaN or infinity (named with its position), or if A is not
     *         symmetric (the first offending pair is named)
     * @throws NotPositiveDefiniteException if a pivot dᵢ ≤ n·u·|Aᵢᵢ|, as
     *         {@code not positive definite: pivot 2 is -0.37}
     */
    public static Cholesky of(Matrix A) {
        Checks.requireSquare("Cholesky.of", "A", A);
        Arguments.requireFinite("Cholesky.of", "A", A);
        Checks.requireSymmetric("Cholesky.of", "A", A);
        double[][] a = A.toArray();
        if (a.length >= BLOCKED_MIN_SIZE) {
            double[][] U = BlockedCholesky.upperFactor(a);
            return new Cholesky(transpose(U), U);
        }
        double[][] L = rowByRow(a);
        return new Cholesky(L, transpose(L));
    }

    /**
     * The loop of the class comment, row by row: returns L with A = L·Lᵀ.
     *
     * @param a n×n symmetric; only its lower triangle is read (not modified)
     * @throws NotPositiveDefiniteException if a pivot dᵢ ≤ n·u·|Aᵢᵢ|
     */
    static double[][] rowByRow(double[][] a) {
        int n = a.length;
        double[][] L = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0.0;
                for (int k = 0; k < j; k++) {
                    sum += L[i][k] * L[j][k];
                }
                if (j == i) {
                    double d = a[i][i] - sum;
                    if (!(d > n * Checks.UNIT_ROUNDOFF * Math.abs(a[i][i]))) {
                        throw new NotPositiveDefiniteException(i, d);
                    }
                    L[i][i] = Math.sqrt(d);
                } else {
                    L[i][j] = (a[i][j] - sum) / L[j][j];
                }
            }
        }
        return L;
    }

    /** Returns the factor L, n×n lower triangular with a positive diagonal (a new copy each call). */
    public Matrix l() {
        return Matrix.of(L);
    }

    /** Returns n, the order of A. */
    public int size() {
        return L.length;
    }

    /**
     * Solves A·x = b as L·y = b (forward substitution), then Lᵀ·x = y (back substitution).
     *
     * <p>Accuracy: the computed x̂ solves (A + ΔA)x̂ = b with ‖ΔA‖ ≲ 3n·u·‖A‖, so
     * ‖x̂ − x‖/‖x‖ ≲ 3n·u·κ₂(A). Never throws {@link SingularMatrixException}: the factorization
     * already guaranteed every pivot positive.
     *
     * @param b right-hand side of length n (not modified)
     * @return x of length n
     * @throws ShapeMismatchException if b's length is not n
     * @throws IllegalArgumentException if b holds a NaN or infinity
     */
    public double[] solve(double[] b) {
        if (b.length != L.length) {
            throw new ShapeMismatchException(
                    "Cholesky.solve: A is " + L.length + "×" + L.length + ", b has length " + b.length);
        }
        Arguments.requireFinite("Cholesky.solve", "b", b);
        double[] y = TriangularSolve.forward(L, b);
        return TriangularSolve.back(Lt, y);
    }

    /**
     * Solves A·X = B, one column at a time as {@link #solve(double[])}.
     *
     * @param B n×k right-hand sides (not modified)
     * @return X, n×k
     * @throws ShapeMismatchException if B does not have n rows
     * @throws IllegalArgumentException if B holds a NaN or infinity
     */
    public Matrix solve(Matrix B) {
        if (B.rows() != L.length) {
            throw new ShapeMismatchException(
                    "Cholesky.solve: A is " + L.length + "×" + L.length + ", B is " + B.shape());
        }
        Arguments.requireFinite("Cholesky.solve", "B", B);
        Matrix X = Matrix.zeros(B.rows(), B.cols());
        for (int j = 0; j < B.cols(); j++) {
            double[] x = TriangularSolve.back(Lt, TriangularSolve.forward(L, B.column(j)));
            for (int i = 0; i < x.length; i++) {
                X.set(i, j, x[i]);
            }
        }
        return X;
    }

    /**
     * Returns log det A = 2·Σᵢ log Lᵢᵢ, which stays finite where det A itself would overflow or underflow
     * (a Gaussian log-likelihood needs it); 0 for a 0×0 matrix.
     *
     * <p>Accuracy: it is the exact log-determinant of A + ΔA with ΔA as in the class comment, so the
     * absolute error is at most about |tr(A⁻¹ΔA)| ≤ n·κ₂(A)·‖ΔA‖₂/‖A‖₂ ≈ n²·u·κ₂(A), plus n·u for the sum.
     */
    public double logDeterminant() {
        double sum = 0.0;
        for (int i = 0; i < L.length; i++) {
            sum += StrictMath.log(L[i][i]);
        }
        return 2.0 * sum;
    }

    /** Tᵀ, by strips of 8 rows of T, so that each step writes 8 adjacent entries (a cache line) of a row. */
    private static double[][] transpose(double[][] T) {
        int n = T.length;
        double[][] result = new double[n][n];
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            double[] t0 = T[i], t1 = T[i + 1], t2 = T[i + 2], t3 = T[i + 3];
            double[] t4 = T[i + 4], t5 = T[i + 5], t6 = T[i + 6], t7 = T[i + 7];
            for (int j = 0; j < n; j++) {
                double[] r = result[j];
                r[i] = t0[j];
                r[i + 1] = t1[j];
                r[i + 2] = t2[j];
                r[i + 3] = t3[j];
                r[i + 4] = t4[j];
                r[i + 5] = t5[j];
                r[i + 6] = t6[j];
                r[i + 7] = t7[j];
            }
        }
        for (; i < n; i++) {
            for (int j = 0; j < n; j++) {
                result[j][i] = T[i][j];
            }
        }
        return result;
    }
}
