package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The eigendecomposition of a real symmetric matrix,
 * <pre>{@code
 *   S = V·diag(λ)·Vᵀ,   VᵀV = I,   λ₀ ≥ λ₁ ≥ … ≥ λₙ₋₁   (S·vⱼ = λⱼ·vⱼ, vⱼ = column j of V)
 * }</pre>
 * Eigenvalues come in <b>descending</b> order, as PCA reads them (largest variance first).
 *
 * <p><b>Algorithm.</b> Householder tridiagonalization Qᵀ·S·Q = T ({@link Tridiagonalization}), then
 * the implicit QL algorithm T = W·diag(λ)·Wᵀ ({@link ImplicitQl}), so V = Q·W. Cost: about 9n³ flops
 * (a 500×500 matrix is about 10⁹). Before reducing, S is scaled by a power of two (exactly) so that
 * no square overflows or underflows.
 *
 * <p><b>Conventions.</b> Each eigenvector has unit norm and is signed so that its entry of largest
 * magnitude is positive (the first such entry on a tie); for a repeated eigenvalue the eigenvectors
 * are an orthonormal basis of the eigenspace, which one being deterministic but arbitrary. Equal
 * eigenvalues keep the order in which QL found them. Results are bit-identical run to run.
 *
 * <p><b>Input.</b> S must be square, finite and symmetric to within |Sᵢⱼ − Sⱼᵢ| ≤ 1e-10·max|S|;
 * the decomposition is of the symmetric part (S + Sᵀ)/2.
 *
 * <p><b>Accuracy.</b> Backward stable: the result is exact for S + ΔS with ‖ΔS‖₂ ≲ p(n)·u·‖S‖₂, where
 * p(n) is a modest polynomial, so (Weyl) every |λ̂ⱼ − λⱼ| ≲ p(n)·u·‖S‖₂ = p(n)·u·maxⱼ|λⱼ|; ‖V̂ᵀV̂ − I‖
 * ≲ p(n)·u; an eigenvector's angular error is about p(n)·u·‖S‖₂ / (gap to the nearest other eigenvalue).
 * Eigenvalues small relative to ‖S‖ are accurate only absolutely, not relatively.
 *
 * <p>Instances are immutable; accessors return copies.
 */
public final class SymmetricEigen {
    private final double[] lambda;   // (n) descending
    private final double[][] VT;     // n×n, row j = eigenvector j

    private SymmetricEigen(double[] lambda, double[][] VT) {
        this.lambda = lambda;
        this.VT = VT;
    }

    /**
     * Computes the eigendecomposition S = V·diag(λ)·Vᵀ.
     *
     * @param S n×n symmetric matrix (not modified)
     * @return the decomposition, eigenvalues descending
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if S is not square ({@code S is 3×4, not square})
     * @throws IllegalArgumentException if S holds a NaN or infinity (named with its position), or is not
     *         symmetric (the first offending pair is named)
     * @throws ArithmeticException if QL fails to converge (never observed; see {@link ImplicitQl})
     */
    public static SymmetricEigen of(Matrix S) {
        Checks.requireSquare("SymmetricEigen.of", "S", S);
        Arguments.requireFinite("SymmetricEigen.of", "S", S);
        Checks.requireSymmetric("SymmetricEigen.of", "S", S);
        int n = S.rows();
        double scale = Checks.powerOfTwoScale(S.maxAbs());
        double[][] A = new double[n][n];                     // scale·(S + Sᵀ)/2, exactly symmetric
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                A[i][j] = 0.5 * (scale * S.get(i, j)) + 0.5 * (scale * S.get(j, i));
            }
        }
        double[] d = new double[n];
        double[] e = new double[n];
        double[][] ZT = new double[n][n];
        Tridiagonalization.reduce(A, d, e, ZT);
        ImplicitQl.diagonalize(d, e, ZT);

        int[] order = Ordering.descending(d);
        double[] lambda = new double[n];
        double[][] VT = new double[n][];
        for (int j = 0; j < n; j++) {
            lambda[j] = d[order[j]] / scale;                  // exact: scale is a power of two
            VT[j] = ZT[order[j]];
            Ordering.makeLargestEntryPositive(VT[j]);
        }
        return new SymmetricEigen(lambda, VT);
    }

    /** Returns n, the order of S. */
    public int size() {
        return lambda.length;
    }

    /** Returns the eigenvalues λ₀ ≥ λ₁ ≥ … ≥ λₙ₋₁ (a new array each call). */
    public double[] eigenvalues() {
        return lambda.clone();
    }

    /** Returns V, n×n orthogonal, whose column j is the unit eigenvector for λⱼ (a new copy each call). */
    public Matrix eigenvectors() {
        return Matrix.of(VT).transpose();
    }

    /**
     * Returns the unit eigenvector vⱼ for λⱼ (a new array each call).
     *
     * @param j index from 0, in the descending order of the eigenvalues
     * @throws IndexOutOfBoundsException if j is not in [0, n)
     */
    public double[] eigenvector(int j) {
        if (j < 0 || j >= VT.length) {
            throw new IndexOutOfBoundsException("eigenvector " + j + " of a " + VT.length + "×" + VT.length
                    + " matrix");
        }
        return VT[j].clone();
    }
}
