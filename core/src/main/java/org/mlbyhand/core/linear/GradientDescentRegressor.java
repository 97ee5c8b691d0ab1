package org.mlbyhand.core.linear;

import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;

/**
 * Least squares by batch gradient descent: the trainer whose {@link #fit} returns the
 * {@link LinearModel} minimising the mean squared error
 * <pre>{@code
 *   mse(w, b) = (1/n)·‖y − X·w − b·1‖²
 *   ∇_w = (2/n)·Xᵀ(ŷ − y),   ∂_b = (2/n)·Σᵢ(ŷᵢ − yᵢ)          ({@link Losses#mseGradient})
 *   w ← w − η·∇_w,   b ← b − η·∂_b                           from w = 0, b = 0
 * }</pre>
 * the same minimiser as {@link LinearRegression}, reached iteratively. The objective is a quadratic with
 * Hessian (2/n)·X̃ᵀX̃ (X̃ = [X, 1]); every step decreases it when η &lt; 2/λ_max, and the default
 * η = 1/L with L = 2‖X̃‖_F²/n ≥ λ_max is always safe. The error then shrinks by a factor
 * (1 − λ_min/L) per step, so ill-conditioned or unstandardized X converges slowly: standardize first.
 * Stops when the gradient's largest entry is ≤ tol, or after maxIter steps.
 *
 * <p>scikit-learn has no batch gradient-descent regressor; its {@code SGDRegressor} is the stochastic
 * cousin ({@link SgdRegressor}).
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class GradientDescentRegressor implements Regressor<LinearModel> {
    private static final String WHO = "GradientDescentRegressor";

    private final double learningRate;   // 0 means 1/L
    private final int maxIter;
    private final double tol;
    private final boolean fitIntercept;

    /** Creates the trainer with learningRate = 1/L, maxIter = 1000, tol = 1e-6 and an intercept. */
    public GradientDescentRegressor() {
        this(0.0, 1000, 1e-6, true);
    }

    private GradientDescentRegressor(double learningRate, int maxIter, double tol, boolean fitIntercept) {
        this.learningRate = learningRate;
        this.maxIter = Inputs.atLeastOne(WHO, "maxIter", maxIter);
        this.tol = Inputs.tol(WHO, tol);
        this.fitIntercept = fitIntercept;
    }

    /**
     * Returns a trainer with step size η = learningRate instead of 1/L.
     *
     * @throws IllegalArgumentException if learningRate is not finite and &gt; 0
     */
    public GradientDescentRegressor withLearningRate(double learningRate) {
        return new GradientDescentRegressor(Inputs.positive(WHO, "learningRate", learningRate), maxIter, tol, fitIntercept);
    }

    /** Returns a trainer that takes at most maxIter ≥ 1 steps (else IllegalArgumentException). */
    public GradientDescentRegressor withMaxIter(int maxIter) {
        return new GradientDescentRegressor(learningRate, maxIter, tol, fitIntercept);
    }

    /** Returns a trainer that stops when the gradient's largest entry is ≤ tol, tol ≥ 0 (else IllegalArgumentException). */
    public GradientDescentRegressor withTol(double tol) {
        return new GradientDescentRegressor(learningRate, maxIter, tol, fitIntercept);
    }

    /** Returns a trainer that fits an intercept b (true, the default) or fixes b = 0 (false). */
    public GradientDescentRegressor withFitIntercept(boolean fitIntercept) {
        return new GradientDescentRegressor(learningRate, maxIter, tol, fitIntercept);
    }

    /** Returns the learning rate, or 0 when it is 1/L, computed from the data at fit. */
    public double learningRate() {
        return learningRate;
    }

    /** Returns the largest number of steps. */
    public int maxIter() {
        return maxIter;
    }

    /** Returns the gradient tolerance. */
    public double tol() {
        return tol;
    }

    /** Returns whether an intercept is fitted. */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /**
     * Runs gradient descent from w = 0, b = 0.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the model after nIter() steps (= maxIter if tol was not met)
     * @throws IllegalArgumentException if X is empty or holds a NaN or infinity
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     * @throws ArithmeticException if the iterates overflow (learningRate too large)
     */
    @Override
    public LinearModel fit(Matrix X, double[] y) {
        Inputs.regression(WHO + ".fit", X, y);
        double eta = learningRate > 0.0 ? learningRate : 1.0 / curvatureBound(X, fitIntercept);
        double[] w = new double[X.cols()];
        double b = 0.0;
        for (int step = 0; step < maxIter; step++) {
            LinearGradient g = Losses.mseGradient(X, y, w, b);
            if (largest(g, fitIntercept) <= tol) {
                return new LinearModel(w, b, step);
            }
            Vectors.axpyInPlace(-eta, g.dw(), w);
            if (fitIntercept) {
                b -= eta * g.db();
            }
            Minimizer.requireNotDiverged(WHO + ".fit", w, b, step + 1, eta);
        }
        return new LinearModel(w, b, maxIter);
    }

    /** L = 2‖X̃‖_F²/n ≥ λ_max((2/n)·X̃ᵀX̃), X̃ = [X, 1] with an intercept. */
    static double curvatureBound(Matrix X, boolean fitIntercept) {
        double f = X.frobeniusNorm();
        return 2.0 * (f * f + (fitIntercept ? X.rows() : 0)) / X.rows();
    }

    private static double largest(LinearGradient g, boolean fitIntercept) {
        return Math.max(Minimizer.maxAbs(g.dw()), fitIntercept ? Math.abs(g.db()) : 0.0);
    }

    /** Returns e.g. {@code "GradientDescentRegressor(learningRate=1/L, maxIter=1000, tol=1.0E-6, fitIntercept=true)"}. */
    @Override
    public String toString() {
        return WHO + "(learningRate=" + (learningRate > 0 ? String.valueOf(learningRate) : "1/L") + ", maxIter=" + maxIter
                + ", tol=" + tol + ", fitIntercept=" + fitIntercept + ")";
    }
}
