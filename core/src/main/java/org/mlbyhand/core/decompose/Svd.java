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
 * <p><b>Algorithm.</b> Work on B = A when m ≥ n, on B = Aᵀ otherwise (then U and V swap roles); B is
 * p×q with p ≥ q. When p > q, first factor B = Q·R ({@link HouseholderQr}, its reflectors applied in
 * blocks by matrix products) so that the iteration works on the q×q triangle, and on Rᵀ rather than R:
 * rotating columns of length p in every sweep would cost p/q times more, and Jacobi on Rᵀ needs about
 * half the sweeps of Jacobi on R (the QR has already gathered most of B's weight into R's leading rows;
 * Drmač and Veselić 2008, LAPACK's {@code dgejsv}). Then one-sided Jacobi ({@link OneSidedJacobi}):
 * plane rotations J make the columns of C·J orthogonal (C = B, or Rᵀ), their norms are σ, and
 * <pre>{@code
 *   square:  C = B,   B·J = N·diag(σ)        ⇒  U = N,       V = J
 *   tall:    C = Rᵀ,  Rᵀ·J = N·diag(σ)       ⇒  R = J·diag(σ)·Nᵀ,  B = (Q·J)·diag(σ)·Nᵀ:  U = Q·[J; 0],  V = N
 * }</pre>
 * Cost: 2pq² flops for the QR, about 6q³ per sweep, 5–10 sweeps; 4pq² more to form U = Q·[J; 0],
 * which for a tall A is done on the first call of {@link #u} rather than here, since a caller that
 * needs only σ and V (PCA) need not pay for it. The matrix Jacobi works on is first scaled by a power
 * of two (exactly) so that no square overflows. One-sided Jacobi is the accurate choice for the small
 * q×q problem (see Accuracy); a Golub–Kahan bidiagonalization with implicit-shift QR would need fewer
 * flops there, and is not (yet) implemented.
 *
 * <p><b>Conventions.</b> Singular values descending; equal ones keep the order Jacobi left them in.
 * Each pair (uⱼ, vⱼ) is signed so that vⱼ's entry of largest magnitude is positive (the first on a
 * tie), the same rule {@link SymmetricEigen} applies to its eigenvectors, so PCA by Svd of the centred
 * data and by SymmetricEigen of its Gram matrix give the same axes. Where σⱼ = 0 (a zero or rank
 * deficient A; also where σⱼ &lt; 2⁻⁹⁰⁰·max|A|) the column of N for it is completed deterministically to
 * an orthonormal set by Gram–Schmidt on e₀, e₁, ….
 * Results are bit-identical run to run.
 *
 * <p><b>Accuracy.</b> Backward stable: the result is exact for A + ΔA with ‖ΔA‖ ≲ p(m,n)·u·‖A‖, so
 * |σ̂ⱼ − σⱼ| ≲ p(m,n)·u·σ₀ (Weyl); ‖ÛᵀÛ − I‖ and ‖V̂ᵀV̂ − I‖ ≲ p(m,n)·u, p a modest polynomial. (Jacobi is
 * often more accurate still, giving small σⱼ small relative errors when A's columns are well scaled:
 * Demmel and Veselić 1992; only the normwise bound is promised here.)
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

    private Svd(int m, int n, double[][] U, double[] sigma, double[][] V, HouseholderQr qr) {
        this.m = m;
        this.n = n;
        this.U = U;
        this.sigma = sigma;
        this.V = V;
        this.qr = qr;
    }

    /**
     * Computes the thin SVD A = U·diag(σ)·Vᵀ.
     *
     * @param A m×n matrix, any shape including a zero matrix (not modified)
     * @return the decomposition, singular values descending
     * @throws IllegalArgumentException if A holds a NaN or infinity (named with its position)
     * @throws ArithmeticException if Jacobi fails to converge (never observed; see {@link OneSidedJacobi})
     */
    public static Svd of(Matrix A) {
        Arguments.requireFinite("Svd.of", "A", A);
        boolean tall = A.rows() >= A.cols();
        Matrix B = tall ? A : A.transpose();                  // p×q with p ≥ q
        int p = B.rows();
        int q = B.cols();
        // Precondition: B = Q·R makes the SVD of B that of the q×q R; Jacobi then works on Rᵀ.
        HouseholderQr qr = p > q ? HouseholderQr.of(B) : null;
        Matrix C = qr == null ? B : qr.r().transpose();       // c×q, c = p or q: B, or Rᵀ
        int c = C.rows();
        double scale = Checks.powerOfTwoScale(C.maxAbs());
        double[][] W = new double[q][];                       // q columns of length c
        double[][] J = new double[q][];                       // q columns of length q: the rotations
        for (int j = 0; j < q; j++) {
            W[j] = Vectors.scale(scale, C.column(j));
            J[j] = new double[q];
            J[j][j] = 1.0;
        }
        OneSidedJacobi.orthogonalize(W, J);                   // C·J = W = N·diag(σ), N orthonormal

        double[] norms = new double[q];
        for (int j = 0; j < q; j++) {
            norms[j] = Vectors.norm(W[j]);
        }
        int[] order = Ordering.descending(norms);
        double[] sigma = new double[q];
        double[][] normalized = new double[q][];              // N: columns of length c
        double[][] rotations = new double[q][];               // J: columns of length q
        for (int j = 0; j < q; j++) {
            int o = order[j];
            sigma[j] = norms[o] / scale;                      // exact: scale is a power of two
            normalized[j] = norms[o] >= OneSidedJacobi.NEGLIGIBLE_NORM ? Vectors.scale(1.0 / norms[o], W[o]) : null;
            rotations[j] = J[o];
        }
        completeOrthonormal(normalized, c);
        // B = N·diag(σ)·Jᵀ without a QR; with it, Rᵀ = N·diag(σ)·Jᵀ, so B = Q·R = (Q·J)·diag(σ)·Nᵀ.
        double[][] left = qr == null ? normalized : rotations;     // B's left vectors (before Q when qr ≠ null)
        double[][] right = qr == null ? rotations : normalized;    // B's right vectors
        if (qr != null && !tall) {
            mapThroughQ(qr, left, p);                         // V = Q·[J; 0] is needed now
        }

        double[][] U = tall ? left : right;
        double[][] V = tall ? right : left;
        for (int j = 0; j < q; j++) {
            if (Ordering.makeLargestEntryPositive(V[j])) {
                U[j] = Vectors.scale(-1.0, U[j]);             // exact, so it commutes with applying Q
            }
        }
        return new Svd(A.rows(), A.cols(), U, sigma, V, tall ? qr : null);
    }

    /** Replaces each column u (of length q) by Q·[u; 0] (of length p). */
    private static void mapThroughQ(HouseholderQr qr, double[][] columns, int p) {
        for (int j = 0; j < columns.length; j++) {
            columns[j] = qr.applyQ(Arrays.copyOf(columns[j], p));
        }
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

    /**
     * Fills each null column with a unit vector orthogonal to all the others, by Gram–Schmidt (twice,
     * for orthogonality to working precision) on e₀, e₁, … in turn (columns are modified).
     * Some eᵢ always qualifies: the squared residuals of all p of them sum to p − (columns so far) ≥ 1.
     */
    private static void completeOrthonormal(double[][] columns, int p) {
        for (int j = 0; j < columns.length; j++) {
            if (columns[j] != null) {
                continue;
            }
            for (int i = 0; i < p && columns[j] == null; i++) {
                double[] w = new double[p];
                w[i] = 1.0;
                for (int pass = 0; pass < 2; pass++) {
                    for (double[] c : columns) {
                        if (c != null) {
                            Vectors.axpyInPlace(-Vectors.dot(c, w), c, w);
                        }
                    }
                }
                double norm = Vectors.norm(w);
                if (norm * norm >= 0.5 / p) {
                    columns[j] = Vectors.scale(1.0 / norm, w);
                }
            }
        }
    }

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
