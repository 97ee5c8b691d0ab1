package org.mlbyhand.core.linear;

import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.functions.Affine;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted linear regression model,
 * <pre>{@code
 *   ŷ = X·w + b        X n×p,  w = coef() length p,  b = intercept()
 * }</pre>
 * returned by every regression trainer in this package ({@link LinearRegression}, {@link Ridge},
 * {@link Lasso}, {@link ElasticNet}, {@link GradientDescentRegressor}, {@link SgdRegressor}).
 * Immutable: accessors return copies, and there is no "unfitted" state. A {@link RegressionModel}.
 */
public final class LinearModel implements RegressionModel {
    private final double[] coef;
    private final double intercept;
    private final int nIter;

    LinearModel(double[] coef, double intercept, int nIter) {
        this.coef = coef.clone();
        this.intercept = intercept;
        this.nIter = nIter;
    }

    /** Returns a copy of the coefficients w, length p (scikit-learn's {@code coef_}). */
    public double[] coef() {
        return coef.clone();
    }

    /** Returns the intercept b (scikit-learn's {@code intercept_}); 0 when fitted without one. */
    public double intercept() {
        return intercept;
    }

    /** Returns (w, b) as one value, {@code new LinearParameters(coef(), intercept())}. */
    public LinearParameters parameters() {
        return new LinearParameters(coef(), intercept);
    }

    /**
     * Returns the number of iterations the fit ran (sweeps, epochs or gradient steps; scikit-learn's
     * {@code n_iter_}), 0 for a closed-form fit. An iterative fit that returns {@code nIter() == maxIter}
     * stopped at its cap rather than at its tolerance.
     */
    public int nIter() {
        return nIter;
    }

    /** Returns the number of features p. */
    @Override
    public int numFeatures() {
        return coef.length;
    }

    /**
     * Returns the predictions ŷᵢ = xᵢᵀw + b.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public double[] predict(Matrix X) {
        Inputs.features("LinearModel.predict", X, coef.length);
        return Affine.scores(X, coef, intercept);
    }

    /** Returns e.g. {@code "LinearModel(p=3, intercept=1.5, nIter=0)"}. */
    @Override
    public String toString() {
        return "LinearModel(p=" + coef.length + ", intercept=" + intercept + ", nIter=" + nIter + ")";
    }
}
