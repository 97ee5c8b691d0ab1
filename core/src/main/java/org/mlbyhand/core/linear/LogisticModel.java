package org.mlbyhand.core.linear;

import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted binary logistic regression model,
 * <pre>{@code
 *   z = X·w + b                       (decisionFunction, length m)
 *   P(y = 1 | x) = σ(z)               (predictPositiveProba, length m)
 *   [P(y = 0 | x), P(y = 1 | x)]      (predictProba, m×2: [σ(−z), σ(z)])
 *   ŷ = 1 if z > 0 else 0             (predict)
 * }</pre>
 * returned by {@link LogisticRegression#fit}. A {@link ClassificationModel} with k = 2. Column 0 of
 * {@link #predictProba} is σ(−z), not 1 − σ(z): the same value, but without cancellation, so a tiny
 * P(y = 0) keeps its digits. Immutable: accessors return copies.
 */
public final class LogisticModel implements ClassificationModel {
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
    @Override
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

    /** Returns 2: the classes are 0 and 1. */
    @Override
    public int numClasses() {
        return 2;
    }

    /**
     * Returns P(yᵢ = 1 | xᵢ) = σ(zᵢ), length m (X m×p, not modified; checked as in {@link #decisionFunction}):
     * column 1 of {@link #predictProba}, scikit-learn's {@code predict_proba(X)[:, 1]}.
     */
    public double[] predictPositiveProba(Matrix X) {
        return Activations.sigmoid(decisionFunction(X));
    }

    /**
     * Returns the class probabilities, row i = [σ(−zᵢ), σ(zᵢ)] (scikit-learn's {@code predict_proba}).
     * Each row sums to 1 within 2 ulps.
     *
     * @param X m×p, finite (not modified)
     * @return m×2
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public Matrix predictProba(Matrix X) {
        double[] z = decisionFunction(X);
        Matrix P = Matrix.zeros(z.length, 2);   // m×2
        for (int i = 0; i < z.length; i++) {
            P.set(i, 0, Activations.sigmoid(-z[i]));
            P.set(i, 1, Activations.sigmoid(z[i]));
        }
        return P;
    }

    /** Returns the labels ŷᵢ = 1 if zᵢ &gt; 0, else 0 (scikit-learn's rule), length m. */
    @Override
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
