package org.mlbyhand.core.linear;

import java.util.List;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The lasso: the trainer whose {@link #fit} returns the {@link LinearModel}
 * <pre>{@code
 *   (w, b) = argmin 1/(2n)·‖y − X·w − b·1‖² + α·‖w‖₁         α ≥ 0, b not penalized
 * }</pre>
 * exactly scikit-learn's {@code Lasso(alpha)} objective: the {@link ElasticNet} with l1Ratio = 1, fitted
 * by the same coordinate descent and stopping rule (see there). The ℓ1 penalty sets coefficients to
 * exactly zero: the optimality (KKT) conditions are
 * <pre>{@code
 *   (1/n)·xⱼᵀ(yc − Xc·w) = α·sign(wⱼ)     where wⱼ ≠ 0
 *   |(1/n)·xⱼᵀ(yc − Xc·w)| ≤ α            where wⱼ = 0
 * }</pre>
 * so every wⱼ is 0 once α ≥ α_max = ‖Xcᵀyc‖∞/n. On an orthogonal design (XcᵀXc = n·I) each coefficient is
 * the soft-thresholded least-squares one, wⱼ = S(w_olsⱼ, α).
 *
 * <p><b>Smile.</b> Smile's {@code LASSO(λ)} standardizes X (centres, divides each column by its
 * population standard deviation sⱼ) and minimises ‖yc − Z·w‖² + λ‖w‖₁ by an interior-point method:
 * that is this class on Z with α = λ/(2n), coefficients then divided by sⱼ.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class Lasso implements Regressor<LinearModel> {
    private final ElasticNet settings;

    /** Creates the trainer with scikit-learn's defaults: alpha = 1, intercept, maxIter = 1000, tol = 1e-4. */
    public Lasso() {
        this(1.0);
    }

    /**
     * Creates the trainer with penalty strength alpha and the other defaults.
     *
     * @param alpha α, finite and ≥ 0
     * @throws IllegalArgumentException if alpha is negative, NaN or infinite
     */
    public Lasso(double alpha) {
        this(new ElasticNet(Inputs.alpha("Lasso", alpha)).withL1Ratio(1.0));
    }

    private Lasso(ElasticNet settings) {
        this.settings = settings;
    }

    /** Returns a trainer with penalty α (finite, ≥ 0; else IllegalArgumentException). */
    public Lasso withAlpha(double alpha) {
        return new Lasso(settings.withAlpha(Inputs.alpha("Lasso", alpha)));
    }

    /** Returns a trainer that fits an intercept b (true, the default) or fixes b = 0 (false). */
    public Lasso withFitIntercept(boolean fitIntercept) {
        return new Lasso(settings.withFitIntercept(fitIntercept));
    }

    /** Returns a trainer that runs at most maxIter ≥ 1 sweeps (else IllegalArgumentException). */
    public Lasso withMaxIter(int maxIter) {
        return new Lasso(settings.withMaxIter(maxIter));
    }

    /** Returns a trainer with stopping tolerance tol ≥ 0 (else IllegalArgumentException); see {@link ElasticNet}. */
    public Lasso withTol(double tol) {
        return new Lasso(settings.withTol(tol));
    }

    /** Returns α. */
    public double alpha() {
        return settings.alpha();
    }

    /** Returns whether an intercept is fitted. */
    public boolean fitIntercept() {
        return settings.fitIntercept();
    }

    /** Returns the largest number of sweeps. */
    public int maxIter() {
        return settings.maxIter();
    }

    /** Returns the stopping tolerance. */
    public double tol() {
        return settings.tol();
    }

    /**
     * Fits the coefficients by coordinate descent from w = 0 (see {@link ElasticNet#fit}).
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty or holds a NaN or infinity
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public LinearModel fit(Matrix X, double[] y) {
        return settings.fit(X, y);
    }

    /**
     * Fits one model per alpha, warm-started from the largest alpha down (see {@link ElasticNet#path});
     * this trainer's own alpha plays no part.
     *
     * @param X      n×p features, finite (not modified)
     * @param y      length n targets, finite (not modified)
     * @param alphas the penalties, each finite and ≥ 0, any order (not modified)
     * @return the models, in the order of alphas
     */
    public List<LinearModel> path(Matrix X, double[] y, double[] alphas) {
        return settings.path(X, y, alphas);
    }

    /** Returns α_max = ‖Xcᵀyc‖∞/n, the smallest α at which every coefficient is 0 (see {@link ElasticNet#alphaMax}). */
    public double alphaMax(Matrix X, double[] y) {
        return settings.alphaMax(X, y);
    }

    /** Returns e.g. {@code "Lasso(alpha=1.0, fitIntercept=true, maxIter=1000, tol=1.0E-4)"}. */
    @Override
    public String toString() {
        return "Lasso(alpha=" + alpha() + ", fitIntercept=" + fitIntercept() + ", maxIter=" + maxIter()
                + ", tol=" + tol() + ")";
    }
}
