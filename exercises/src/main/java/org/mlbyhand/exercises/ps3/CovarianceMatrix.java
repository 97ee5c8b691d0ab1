package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · covariance — the covariance matrix of the columns of X, the matrix whose eigenvectors are the
 * principal components.
 *
 * <pre>{@code
 *   x̄ = (1/n)·Σᵢ xᵢ                      (the column means, length p)
 *   Xc = X − 1·x̄ᵀ                         (every column centred)
 *   C = XcᵀXc / (n − 1),    C_ab = (1/(n − 1))·Σᵢ (X_ia − x̄_a)(X_ib − x̄_b)
 * }</pre>
 * The sample covariance, with n − 1 (Bessel's correction), as scikit-learn's PCA and NumPy's
 * {@code np.cov} define it: C_aa is the variance of column a, C_ab how columns a and b vary together.
 * Example: X = [[1, 2], [3, 6], [5, 4]] has x̄ = [3, 4], Xc = [[−2, −2], [0, 2], [2, 0]], XcᵀXc =
 * [[8, 4], [4, 8]] and C = [[4, 2], [2, 4]].
 *
 * <p>Centre first, then multiply (two passes over X). The one-pass formula
 * (Σᵢ xᵢxᵢᵀ − n·x̄x̄ᵀ)/(n − 1) is algebraically the same but subtracts two huge, nearly equal numbers when
 * the data sit far from the origin: for a column 10⁸ + [1, 2, 3] its terms are 3·10¹⁶ large and the
 * variance, 1, is lost in their rounding (double precision keeps about 16 digits).
 *
 * <p>Shapes: X is n×p with n ≥ 2, p ≥ 1; C is a new p×p symmetric matrix. X is not modified.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if X has fewer than 2 rows or no column, or an entry
 * is NaN or infinite.
 *
 * <p>You need: {@code X.columnMeans()}, {@code X.rows()}, {@code X.cols()}, {@code get}, {@code set},
 * {@code Matrix.zeros(p, p)}. Not core's {@code Pca}, {@code PcaModel}, {@code EmSteps} or
 * {@code GaussianMixture}, which compute covariances on the way.
 *
 * <p>Classic traps: n − 1, not n; centre every column on its own mean (not each row on its mean, and not
 * on the mean of all entries), and do centre; XcᵀXc is p×p, XcXcᵀ is n×n; the one-pass formula above.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=covariance}
 */
public final class CovarianceMatrix {
    private CovarianceMatrix() {
    }

    /**
     * Returns the sample covariance C = XcᵀXc/(n − 1) of the columns of X.
     *
     * @param X the n×p data, n ≥ 2, p ≥ 1, finite (not modified)
     * @return a new p×p symmetric matrix
     * @throws IllegalArgumentException if n &lt; 2, p = 0, or an entry is NaN or infinite
     */
    public static Matrix covariance(Matrix X) {
        // TODO: check, centre each column on its mean, then C_ab = Σᵢ Xc_ia·Xc_ib / (n − 1).
        throw new NotImplementedYet("ps3 covariance");
    }
}
