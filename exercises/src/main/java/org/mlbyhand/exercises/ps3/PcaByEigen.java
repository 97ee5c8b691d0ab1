package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · pca-eigh — principal components by the eigendecomposition of the covariance matrix: the q
 * directions along which the rows of X vary most.
 *
 * <pre>{@code
 *   Xc = X − 1·x̄ᵀ,   C = XcᵀXc / (n − 1)                     (p×p, the previous exercise)
 *   C = V·diag(λ)·Vᵀ,   λ₀ ≥ λ₁ ≥ … ≥ λ_{p−1} ≥ 0,   column j of V = the unit eigenvector vⱼ
 *   components = [v₀ v₁ … v_{q−1}]                            (p×q, one component per COLUMN)
 * }</pre>
 * vⱼ is the direction of the j-th largest variance: the variance of the projections Xc·vⱼ is λⱼ, and no
 * unit vector orthogonal to v₀ … v_{j−1} does better. Example: X = [[1, 2], [3, 6], [5, 4]] has
 * C = [[4, 2], [2, 4]] with λ = [6, 2]; for q = 1 the component is v₀ = [1, 1]/√2 ≈ [0.7071, 0.7071].
 *
 * <p>An eigenvector is defined only up to its sign (−v is one too): the grader accepts either sign for
 * each column, and says so. Scaling C (by 1/n instead of 1/(n − 1), or not at all) scales λ but not V,
 * so it does not change the components.
 *
 * <p>Use core's {@link SymmetricEigen}: {@code SymmetricEigen.of(C)} gives {@code eigenvalues()} in
 * DECREASING order (NumPy's {@code eigh} gives them increasing) and {@code eigenvectors()}, the p×p V
 * whose COLUMNS are the eigenvectors. The lesson is the PCA around it: centring, the covariance, which
 * eigenvectors to keep. Not core's {@code Pca} or {@code PcaModel}, and not {@code Svd} (the next
 * exercise's way).
 *
 * <p>Shapes: X is n×p with n ≥ 2; 1 ≤ q ≤ min(n, p). The result is a new p×q matrix with orthonormal
 * columns. X is not modified.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if n &lt; 2, p = 0, an entry is NaN or infinite, or q
 * is not in [1, min(n, p)].
 *
 * <p>Classic traps: centre X first (the mean is not a direction of variance); the eigenvectors are the
 * columns of V, not its rows; keep the q LARGEST eigenvalues' vectors, which with SymmetricEigen are the
 * first q columns, largest first; return the unit vectors themselves, not scaled by √λ (loadings); the
 * covariance of the columns is p×p, XcᵀXc, not the n×n XcXcᵀ; return q columns, not all p.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=pca-eigh}
 */
public final class PcaByEigen {
    private PcaByEigen() {
    }

    /**
     * Returns the first q principal components of X, as columns.
     *
     * @param X the n×p data, n ≥ 2, finite (not modified)
     * @param q the number of components, 1 ≤ q ≤ min(n, p)
     * @return a new p×q matrix whose column j is the unit eigenvector of the j-th largest eigenvalue of C
     * @throws IllegalArgumentException if X is not fit for PCA or q is out of range
     */
    public static Matrix components(Matrix X, int q) {
        // TODO: check, form C = XcᵀXc/(n − 1), decompose it with SymmetricEigen.of, keep the first q columns.
        throw new NotImplementedYet("ps3 pca-eigh");
    }
}
