package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · n-components — how many principal components it takes to explain more than a fraction f of the
 * variance (scikit-learn's {@code PCA(n_components=0.95)}).
 *
 * <p>Each component j explains the variance λⱼ (an eigenvalue of the covariance C = XcᵀXc/(n − 1), or
 * σⱼ²/(n − 1) from the SVD of Xc); its share of the total is the explained-variance ratio:
 * <pre>{@code
 *   ratioⱼ = λⱼ / Σ_l λ_l                    (λ descending; they sum to 1)
 *   cumⱼ = ratio₀ + ratio₁ + … + ratioⱼ
 *   q = #{j : cumⱼ ≤ f} + 1                  (the fewest components whose cumulative ratio EXCEEDS f)
 * }</pre>
 * Example: X with centred orthogonal columns of variances 12, 16/3 and 4/3 (total 56/3) has ratios
 * [0.643, 0.286, 0.071] and cumulative ratios [0.643, 0.929, 1]: f = 0.6 needs q = 1 component, f = 0.9
 * needs 2, f = 0.95 needs 3.
 *
 * <p>Use core's {@link SymmetricEigen} (eigenvalues descending) or {@link Svd} (singular values
 * descending: square them). Not core's {@code Pca} or {@code PcaModel}: the ratio and the count are the
 * lesson.
 *
 * <p>Shapes: X is n×p with n ≥ 2, not modified; 0 &lt; f &lt; 1. The result is in [1, min(n, p)].
 *
 * <p>Errors: throw {@link IllegalArgumentException} if n &lt; 2, p = 0, an entry is NaN or infinite, f is
 * not strictly between 0 and 1, or X has no variance at all (every column constant: no fraction of 0
 * can be explained).
 *
 * <p>Classic traps: the variance is σ², not σ (singular values are standard deviations, times √(n − 1));
 * add the largest first; centre X; compare the RATIO with f, not the variance itself; the count of
 * cumulative ratios ≤ f is the index of the last component that is not yet enough: add 1.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=n-components}
 */
public final class ComponentsForVariance {
    private ComponentsForVariance() {
    }

    /**
     * Returns the fewest principal components whose cumulative explained-variance ratio exceeds f.
     *
     * @param X        the n×p data, n ≥ 2, finite, not all constant (not modified)
     * @param fraction f, strictly between 0 and 1
     * @return q in [1, min(n, p)]
     * @throws IllegalArgumentException if X is not fit for PCA, has zero variance, or f is not in (0, 1)
     */
    public static int nComponents(Matrix X, double fraction) {
        // TODO: check, compute the variances λ (descending), their ratios, and count the cumulative ratios ≤ f.
        throw new NotImplementedYet("ps3 n-components");
    }
}
