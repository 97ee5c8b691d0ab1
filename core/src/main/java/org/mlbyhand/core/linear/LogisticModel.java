package org.mlbyhand.core.linear;

import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted binary logistic regression model,
 * <pre>{@code
 *   z = X·w + b  (decisionFunction),   P(y = 1 | x) = σ(z)  (predictProba),   ŷ = 1 if z > 0 else 0  (predict)
 * }</pre>
 * returned by {@link LogisticRegression#fit}. Immutable: accessors return copies.
 */
public final class LogisticModel {
    private final LinearModel scores; // z = X·w + b: the same affine map as a regression

    LogisticModel(double[] coef, double intercept, int nIter) {
        this.scores = new LinearModel(coef, intercept, nIter);
    }

    /** Returns a copy of the coefficients w, length p (scikit-learn's {@code coef_[0]}). */
    public double[] coef() {
        return scores.coef();
    }

    /** Returns the intercept b (scikit-learn's {@code intercept_[0]}); 0 when fitted without one. */
    public double intercept() {
        return scores.intercept();
    }

    /** Returns (w, b) as one value, {@code new LinearParameters(coef(), intercept())}. */
    public LinearParameters parameters() {
        return scores.parameters();
    }

    /** Returns the number of solver steps taken; = maxIter means the tolerance was not met. */
    public int nIter() {
        return scores.nIter();
    }

    /** Returns the number of features p. */
    public int numFeatures() {
        return scores.numFeatures();
    }

    /**
     * Returns the scores zᵢ = xᵢᵀw + b (the log-odds of class 1).
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public double[] decisionFunction(Matrix X) {
        return scores.predict(X);
    }

    /** Returns P(yᵢ = 1 | xᵢ) = σ(zᵢ), length m (X m×p, not modified; checked as in {@link #decisionFunction}). */
    public double[] predictProba(Matrix X) {
        return Activations.sigmoid(decisionFunction(X));
    }

    /** Returns the labels ŷᵢ = 1 if zᵢ &gt; 0, else 0 (scikit-learn's rule), length m. */
    public int[] predict(Matrix X) {
        double[] z = decisionFunction(X);
        int[] labels = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            labels[i] = z[i] > 0 ? 1 : 0;
        }
        return labels;
    }

    /** Returns e.g. {@code "LogisticModel(p=3, intercept=0.5, nIter=6)"}. */
    @Override
    public String toString() {
        return "LogisticModel(p=" + numFeatures() + ", intercept=" + intercept() + ", nIter=" + nIter() + ")";
    }
}
