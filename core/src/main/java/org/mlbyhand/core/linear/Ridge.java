package org.mlbyhand.core.linear;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.decompose.LeastSquares;
import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Ridge regression: the trainer whose {@link #fit} returns the {@link LinearModel}
 * <pre>{@code
 *   (w, b) = argmin ‖y − X·w − b·1‖² + α‖w‖²          α ≥ 0, the intercept b not penalized
 * }</pre>
 * exactly scikit-learn's {@code Ridge(alpha)} (no 1/n in front of the squared error). After centring
 * (b = ȳ − x̄ᵀw, see {@code Centered}) the solution is the closed form
 * <pre>{@code
 *   (XcᵀXc + α·I)·w = Xcᵀyc
 *   ⇔  w = argmin ‖ [Xc; √α·I]·w − [yc; 0] ‖²       (stack p rows √α·I under Xc)
 * }</pre>
 * and {@link #fit} solves the stacked least-squares problem by Householder QR, so the matrix XcᵀXc is
 * never formed and α = 0 reduces exactly to {@link LinearRegression}'s QR solution. For α &gt; 0 the
 * stacked matrix has full column rank whatever X is, so any n ≥ 1 works, including n &lt; p.
 *
 * <p>{@link #path} fits a grid of α from one SVD, Xc = U·diag(σ)·Vᵀ:
 * <pre>{@code
 *   w(α) = V · diag( σⱼ / (σⱼ² + α) ) · Uᵀ·yc       (the "shrinkage" of each direction vⱼ)
 * }</pre>
 *
 * <p><b>Smile.</b> Smile's {@code RidgeRegression} with parameter λ first standardizes X (centres, and
 * divides each column by its population standard deviation sⱼ), then minimises
 * ‖y − b − X·w‖² + λ·Σⱼ(sⱼwⱼ)²: that is this class with alpha = λ on the standardized X, coefficients
 * then divided by sⱼ.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class Ridge implements Regressor<LinearModel> {
    private static final String WHO = "Ridge.fit";

    private final double alpha;
    private final boolean fitIntercept;

    /** Creates the trainer with scikit-learn's defaults: alpha = 1, fitIntercept = true. */
    public Ridge() {
        this(1.0);
    }

    /**
     * Creates the trainer with penalty strength alpha and an intercept.
     *
     * @param alpha α, finite and ≥ 0
     * @throws IllegalArgumentException if alpha is negative, NaN or infinite
     */
    public Ridge(double alpha) {
        this(Inputs.alpha("Ridge", alpha), true);
    }

    private Ridge(double alpha, boolean fitIntercept) {
        this.alpha = alpha;
        this.fitIntercept = fitIntercept;
    }

    /** Returns a trainer with penalty α (finite, ≥ 0; else IllegalArgumentException). */
    public Ridge withAlpha(double alpha) {
        return new Ridge(Inputs.alpha("Ridge", alpha), fitIntercept);
    }

    /** Returns a trainer that fits an intercept b (true, the default) or fixes b = 0 (false). */
    public Ridge withFitIntercept(boolean fitIntercept) {
        return new Ridge(alpha, fitIntercept);
    }

    /** Returns α. */
    public double alpha() {
        return alpha;
    }

    /** Returns whether an intercept is fitted. */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /**
     * Fits the ridge coefficients by QR of the stacked matrix [Xc; √α·I].
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the fitted model; its nIter() is 0
     * @throws IllegalArgumentException if X is empty or holds a NaN or infinity
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     * @throws SingularMatrixException only when α = 0 and the centred columns are linearly dependent
     */
    @Override
    public LinearModel fit(Matrix X, double[] y) {
        Inputs.regression(WHO, X, y);
        Centered c = Centered.of(X, y, fitIntercept);
        double[] w = LeastSquares.solve(stacked(c.X(), alpha), stacked(c.y(), X.cols()));
        return new LinearModel(w, c.intercept(w), 0);
    }

    /**
     * Fits one model per alpha from a single SVD of the centred X (see the class comment); this
     * trainer's own alpha plays no part.
     *
     * @param X      n×p features, finite (not modified)
     * @param y      length n targets, finite (not modified)
     * @param alphas the penalties, each finite and ≥ 0, any order (not modified)
     * @return the models, in the order of alphas
     * @throws IllegalArgumentException if alphas is empty or holds a negative, NaN or infinite value,
     *         or as {@link #fit}
     * @throws SingularMatrixException if an alpha is 0 and the centred X has a zero singular value
     *         (σⱼ ≤ max(n, p)·u·σ₀)
     */
    public List<LinearModel> path(Matrix X, double[] y, double[] alphas) {
        Inputs.regression("Ridge.path", X, y);
        double[] grid = Inputs.alphas("Ridge.path", alphas);
        Centered c = Centered.of(X, y, fitIntercept);
        Svd svd = Svd.of(c.X());
        double[] sigma = svd.singularValues();
        Matrix V = svd.v();                                 // p×k
        double[] uty = svd.u().transpose().multiply(c.y()); // k: Uᵀ·yc
        List<LinearModel> models = new ArrayList<>(grid.length);
        for (double a : grid) {
            double[] w = V.multiply(shrink(sigma, uty, a, Math.max(X.rows(), X.cols())));
            models.add(new LinearModel(w, c.intercept(w), 0));
        }
        return List.copyOf(models);
    }

    /** dⱼ = σⱼ/(σⱼ² + α)·(Uᵀyc)ⱼ, the coordinates of w(α) in the basis V. */
    private static double[] shrink(double[] sigma, double[] uty, double alpha, int size) {
        double[] d = new double[sigma.length];
        double zero = size * 0x1p-53 * (sigma.length == 0 ? 0.0 : sigma[0]);
        for (int j = 0; j < sigma.length; j++) {
            if (alpha == 0.0 && sigma[j] <= zero) {
                throw new SingularMatrixException("Ridge.path: alpha = 0 and the centred X is rank deficient"
                        + " (use alpha > 0); singular value Σ", j, sigma[j]);
            }
            d[j] = sigma[j] / (sigma[j] * sigma[j] + alpha) * uty[j];
        }
        return d;
    }

    /** Returns [A; √α·I], (n+p)×p. */
    private static Matrix stacked(Matrix A, double alpha) {
        int n = A.rows();
        int p = A.cols();
        Matrix S = Matrix.zeros(n + p, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                S.set(i, j, A.get(i, j));
            }
        }
        double root = Math.sqrt(alpha);
        for (int j = 0; j < p; j++) {
            S.set(n + j, j, root);
        }
        return S;
    }

    /** Returns [y; 0], length n + p. */
    private static double[] stacked(double[] y, int p) {
        double[] b = new double[y.length + p];
        System.arraycopy(y, 0, b, 0, y.length);
        return b;
    }

    /** Returns e.g. {@code "Ridge(alpha=1.0, fitIntercept=true)"}. */
    @Override
    public String toString() {
        return "Ridge(alpha=" + alpha + ", fitIntercept=" + fitIntercept + ")";
    }
}
