package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · pca-svd — principal components by the singular value decomposition of the centred data, the way
 * scikit-learn computes them; they are the same axes as the covariance's eigenvectors.
 *
 * <pre>{@code
 *   Xc = X − 1·x̄ᵀ = U·diag(σ)·Vᵀ          (thin SVD: U n×r, V p×r, r = min(n, p), σ₀ ≥ σ₁ ≥ … ≥ 0)
 *   components = [v₀ v₁ … v_{q−1}]         (the first q columns of V, p×q)
 * }</pre>
 * Why they agree with the previous exercise: XcᵀXc = V·diag(σ)·UᵀU·diag(σ)·Vᵀ = V·diag(σ²)·Vᵀ, so the right
 * singular vectors of Xc are the eigenvectors of C = XcᵀXc/(n − 1), with λⱼ = σⱼ²/(n − 1). The SVD never
 * forms C, whose condition number is the square of Xc's: it is the more accurate way. Example:
 * X = [[1, 2], [3, 6], [5, 4]] has Xc = [[−2, −2], [0, 2], [2, 0]], σ = [√12, √4], and for q = 1 the
 * component v₀ = [1, 1]/√2, as with the eigendecomposition.
 *
 * <p>Each column is defined up to its sign: the grader accepts either sign for each, and says so.
 *
 * <p>Use core's {@link Svd}: {@code Svd.of(Xc)} gives {@code singularValues()} in DECREASING order,
 * {@code u()} (n×r) and {@code v()} (p×r), the singular vectors in their COLUMNS. The lesson is the PCA
 * around it. Not core's {@code Pca} or {@code PcaModel}, and not {@code SymmetricEigen} (the previous
 * exercise's way).
 *
 * <p>Shapes: X is n×p with n ≥ 2; 1 ≤ q ≤ min(n, p). The result is a new p×q matrix with orthonormal
 * columns. X is not modified.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if n &lt; 2, p = 0, an entry is NaN or infinite, or q
 * is not in [1, min(n, p)].
 *
 * <p>Classic traps: centre first; the components are the RIGHT singular vectors, columns of V (p long),
 * not of U (n long, the directions of the scores); columns, not rows; the first q, which are the largest
 * singular values; the unit vectors, not scaled by σ.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=pca-svd}
 */
public final class PcaBySvd {
    private PcaBySvd() {
    }

    /**
     * Returns the first q principal components of X, as columns.
     *
     * @param X the n×p data, n ≥ 2, finite (not modified)
     * @param q the number of components, 1 ≤ q ≤ min(n, p)
     * @return a new p×q matrix whose column j is the right singular vector of the j-th largest singular value of Xc
     * @throws IllegalArgumentException if X is not fit for PCA or q is out of range
     */
    public static Matrix components(Matrix X, int q) {
        // TODO: check, centre X, Svd.of(Xc), keep the first q columns of V.
        throw new NotImplementedYet("ps3 pca-svd");
    }
}
