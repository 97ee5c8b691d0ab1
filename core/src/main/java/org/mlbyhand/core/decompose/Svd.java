package org.mlbyhand.core.decompose;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;

/**
 * The thin singular value decomposition of an m×n matrix, k = min(m, n):
 * <pre>{@code
 *   A = U·diag(σ)·Vᵀ,   U m×k and V n×k with orthonormal columns,   σ₀ ≥ σ₁ ≥ … ≥ σₖ₋₁ ≥ 0
 *   A·vⱼ = σⱼ·uⱼ,   Aᵀ·uⱼ = σⱼ·vⱼ
 * }</pre>
 *
 * <p><b>Two algorithms.</b> Both work on B = A when m ≥ n, on B = Aᵀ otherwise (then U and V swap
 * roles); B is p×q with p ≥ q. When p > q, both first factor B = Q·R ({@link HouseholderQr}, its
 * reflectors applied in blocks by matrix products) and decompose the q×q triangle R = U_R·diag(σ)·Vᵀ,
 * so that B = (Q·[U_R; 0])·diag(σ)·Vᵀ. Then:
 * <ul>
 *   <li>{@link #of} (use this): <b>Golub–Kahan</b> ({@link GolubKahan}). Householder bidiagonalization
 *   of the square matrix, then implicit-shift QR on the bidiagonal with Demmel and Kahan's zero shift
 *   and LAPACK {@code dbdsqr}'s convergence tests. About 8q³/3 flops to bidiagonalize, 8q³/3 to form
 *   its two orthogonal factors, and about 11q³ for the rotations of U and V: several times faster
 *   than Jacobi. Normwise backward stable.</li>
 *   <li>{@link #jacobi}: <b>one-sided Jacobi</b> ({@link OneSidedJacobi}), on B itself or, after the QR,
 *   on Rᵀ (about half the sweeps of Jacobi on R: the QR has gathered B's weight into R's leading rows;
 *   Drmač and Veselić 2008): plane rotations J make the columns of C·J orthogonal, their norms are σ.
 *   About 6q³ flops per sweep, 5–10 sweeps. Slower, but more accurate for small σ (see Accuracy).</li>
 * </ul>
 * For a tall A, U = Q·[U_R; 0] costs 4pq² more flops, as much as the rest; it is formed on the first
 * call of {@link #u} rather than by the factory, since a caller that needs only σ and V (PCA) should not
 * pay for it.
 *
 * <p><b>Conventions.</b> Singular values descending; equal ones keep the order the algorithm left
 * them in. Each pair (uⱼ, vⱼ) is signed so that vⱼ's entry of largest magnitude is positive (the first
 * on a tie), the same rule {@link SymmetricEigen} applies to its eigenvectors, so PCA by Svd of the
 * centred data and by SymmetricEigen of its Gram matrix give the same axes. Where σⱼ = 0 (a zero or rank
 * deficient A) the singular vectors complete an orthonormal basis deterministically: Golub–Kahan's
 * U and V are products of reflectors and rotations, orthogonal whatever A is; Jacobi completes its
 * columns for σⱼ &lt; 2⁻⁹⁰⁰·max|A| by Gram–Schmidt on e₀, e₁, …. The matrix either algorithm works
 * on is first scaled by a power of two (exactly) so that no square overflows or underflows needlessly.
 * Results are bit-identical run to run.
 *
 * <p><b>Accuracy.</b> Both are backward stable: the result is exact for A + ΔA with
 * ‖ΔA‖ ≲ p(m,n)·u·‖A‖, so |σ̂ⱼ − σⱼ| ≲ p(m,n)·u·σ₀ (Weyl); ‖ÛᵀÛ − I‖ and ‖V̂ᵀV̂ − I‖ ≲ p(m,n)·u, p a
 * modest polynomial. Jacobi is often more accurate still: when A = D·X with D diagonal and X well
 * conditioned (columns of wildly different scales), it gives every σⱼ, even the tiny ones, a small
 * relative error (Demmel and Veselić 1992), where Golub–Kahan's bidiagonalization already blurs σⱼ by
 * about u·σ₀. Only the normwise bound is promised here.
 *
 * <p>Instances are immutable; accessors return copies.
 */
public final class Svd {
    private final int m;
    private final int n;
    private final double[] sigma;    // (k) descending, ≥ 0
    private final double[][] V;      // k columns of length n
    private final HouseholderQr qr;  // when A is tall with m > n: U = Q·[U_R; 0], formed on first use; else null
    private double[][] U;            // k columns of length m (of length k, U_R, until formed when qr ≠ null)

    /** The SVD of the small problem, X = left·diag(σ)·rightᵀ, σ descending; columns as arrays. */
    record Factors(double[][] left, double[] sigma, double[][] right) {
    }

    private Svd(int m, int n, double[][] U, double[] sigma, double[][] V, HouseholderQr qr) {
        this.m = m;
        this.n = n;
        this.U = U;
        this.sigma = sigma;
        this.V = V;
        this.qr = qr;
    }

    /**
     * Computes the thin SVD A = U·diag(σ)·Vᵀ by Golub–Kahan bidiagonalization and implicit-shift QR
     * (class comment): the fast, normwise backward stable choice.
     *
     * @param A m×n matrix, any shape including a zero matrix (not modified)
     * @return the decomposition, singular values descending
     * @throws IllegalArgumentException if A holds a NaN or infinity (named with its position)
     * @throws ArithmeticException if the QR iteration fails to converge (never observed; see {@link BidiagonalQr})
     */
    public static Svd of(Matrix A) {
        Arguments.requireFinite("Svd.of", "A", A);
        return decompose(A, false);
    }

    /**
     * Computes the thin SVD A = U·diag(σ)·Vᵀ by one-sided Jacobi (class comment): several times slower
     * than {@link #of}, with the same conventions; use it when small singular values of a matrix with
     * badly scaled columns must keep their relative accuracy.
     *
     * @param A m×n matrix, any shape including a zero matrix (not modified)
     * @return the decomposition, singular values descending
     * @throws IllegalArgumentException if A holds a NaN or infinity (named with its position)
     * @throws ArithmeticException if Jacobi fails to converge (never observed; see {@link OneSidedJacobi})
     */
    public static Svd jacobi(Matrix A) {
        Arguments.requireFinite("Svd.jacobi", "A", A);
        return decompose(A, true);
    }

    private static Svd decompose(Matrix A, boolean jacobi) {
        boolean tall = A.rows() >= A.cols();
        Matrix B = tall ? A : A.transpose();                  // p×q with p ≥ q
        int p = B.rows();
        int q = B.cols();
        HouseholderQr qr = p > q ? HouseholderQr.of(B) : null;
        Factors f;                                            // B = left·diag(σ)·rightᵀ, or R = … when qr ≠ null
        if (!jacobi) {
            f = GolubKahan.svd(qr == null ? B : qr.r());
        } else if (qr == null) {
            f = OneSidedJacobi.svd(B);                        // B·J = N·diag(σ): left N, right J
        } else {
            Factors t = OneSidedJacobi.svd(qr.r().transpose());   // Rᵀ = N·diag(σ)·Jᵀ, so R = J·diag(σ)·Nᵀ
            f = new Factors(t.right(), t.sigma(), t.left());
        }
        double[][] left = f.left();                           // B's left vectors (before Q when qr ≠ null)
        double[][] right = f.right();                         // B's right vectors
        if (qr != null && !tall) {
            mapThroughQ(qr, left, p);                         // V = Q·[U_R; 0] is needed now
        }

        double[][] U = tall ? left : right;
        double[][] V = tall ? right : left;
        for (int j = 0; j < q; j++) {
            if (Ordering.makeLargestEntryPositive(V[j])) {
                U[j] = Vectors.scale(-1.0, U[j]);             // exact, so it commutes with applying Q
            }
        }
        return new Svd(A.rows(), A.cols(), U, f.sigma(), V, tall ? qr : null);
    }

    /** Replaces each column u (of length q) by Q·[u; 0] (of length p), in blocks by matrix products. */
    private static void mapThroughQ(HouseholderQr qr, double[][] columns, int p) {
        for (int j = 0; j < columns.length; j++) {
            columns[j] = Arrays.copyOf(columns[j], p);
        }
        qr.applyQInPlace(columns);
    }

    /**
     * Returns U, m×k with orthonormal columns (a new copy each call). For a tall A (m > n) U = Q·U_R is
     * formed on the first call, not by {@link #of}: it costs about 4mn² flops, as much as the rest of the
     * decomposition, and a caller that needs only σ and V (PCA) should not pay for it.
     */
    public Matrix u() {
        return fromColumns(leftVectors(), m);
    }

    /** U, formed from U_R on the first call when A is tall; the same bits on every call. */
    private synchronized double[][] leftVectors() {
        if (qr != null && U.length > 0 && U[0].length != m) {
            double[][] formed = U.clone();
            mapThroughQ(qr, formed, m);
            U = formed;
        }
        return U;
    }

    /** Returns the singular values σ₀ ≥ … ≥ σₖ₋₁ ≥ 0, k = min(m, n) (a new array each call). */
    public double[] singularValues() {
        return sigma.clone();
    }

    /** Returns V, n×k with orthonormal columns (a new copy each call). */
    public Matrix v() {
        return fromColumns(V, n);
    }

    /**
     * Returns the numerical rank, #{j : σⱼ > tol}.
     *
     * @param tol threshold, finite and ≥ 0
     * @throws IllegalArgumentException if tol is negative, NaN or infinite
     */
    public int rank(double tol) {
        if (!(tol >= 0.0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException("Svd.rank: tol must be finite and ≥ 0, got " + tol);
        }
        int r = 0;
        while (r < sigma.length && sigma[r] > tol) {
            r++;
        }
        return r;
    }

    /**
     * Returns the numerical rank with NumPy's default threshold,
     * <pre>{@code tol = σ₀ · max(m, n) · ε,   ε = 2⁻⁵² }</pre>
     * (0 for a zero matrix).
     */
    public int rank() {
        double largest = sigma.length == 0 ? 0.0 : sigma[0];
        return rank(largest * Math.max(m, n) * 0x1p-52);
    }

    /**
     * Returns the 2-norm condition number κ₂(A) = σ₀ / σₖ₋₁, or +∞ when σₖ₋₁ = 0 (a rank-deficient or
     * zero matrix). Accuracy: σₖ₋₁ carries an absolute error of about p(m,n)·u·σ₀, so values beyond
     * about 1/(p(m,n)·u) ≈ 1e14 mean only "numerically singular".
     *
     * @throws ArithmeticException if A has no rows or no columns (there is no singular value)
     */
    public double conditionNumber() {
        if (sigma.length == 0) {
            throw new ArithmeticException("Svd.conditionNumber: A is " + m + "×" + n + ", no singular values");
        }
        double smallest = sigma[sigma.length - 1];
        return smallest == 0.0 ? Double.POSITIVE_INFINITY : sigma[0] / smallest;
    }

    // ---------------------------------------------------------------- helpers

    private static Matrix fromColumns(double[][] columns, int rows) {
        Matrix M = Matrix.zeros(rows, columns.length);
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < rows; i++) {
                M.set(i, j, columns[j][i]);
            }
        }
        return M;
    }
}
