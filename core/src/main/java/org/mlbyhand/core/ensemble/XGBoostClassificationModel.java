package org.mlbyhand.core.ensemble;

import java.util.List;
import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted mini-XGBoost binary classifier, returned by {@link XGBoostClassifier#fit}:
 * <pre>{@code
 *   z(x)          = b₀ + Σ_{t=1..M} f_t(x)     the margin (log-odds of class 1)  (decisionFunction)
 *   P(y = 1 | x)  = σ(z(x))                                                      (predictPositiveProba)
 *   [P(y = 0 | x), P(y = 1 | x)] = [σ(−z), σ(z)]                                 (predictProba, m×2)
 *   ŷ             = 1 if z > 0 else 0                                            (predict)
 * }</pre>
 * with b₀ = logit(baseScore) = log(p₀/(1 − p₀)). The margin is XGBoost's {@code predict(…, outputMargin
 * = true)} and σ(z) its {@code predict} of a {@code binary:logistic} booster, in double instead of
 * float32. Immutable: the trees are immutable and {@link #trees} is an unmodifiable list.
 */
public final class XGBoostClassificationModel implements ClassificationModel {
    private final XGBoostEnsemble ensemble;
    private final double baseScore;

    XGBoostClassificationModel(XGBoostEnsemble ensemble, double baseScore) {
        this.ensemble = ensemble;
        this.baseScore = baseScore;
    }

    /** Returns the base score p₀, a probability (the fraction of 1s in the training labels by default). */
    public double baseScore() {
        return baseScore;
    }

    /** Returns the base margin b₀ = logit(p₀) every margin starts from. */
    public double baseMargin() {
        return ensemble.baseMargin();
    }

    /** Returns the trees f_1 … f_M in the order they were fitted (unmodifiable); their values are log-odds. */
    public List<XGBoostTree> trees() {
        return ensemble.trees();
    }

    /** Returns the number of features p. */
    @Override
    public int numFeatures() {
        return ensemble.p();
    }

    /** Returns 2: the classes are 0 and 1. */
    @Override
    public int numClasses() {
        return 2;
    }

    /**
     * Returns the margins zᵢ = b₀ + Σ_t f_t(xᵢ), the log-odds of class 1.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public double[] decisionFunction(Matrix X) {
        return ensemble.margins("XGBoostClassificationModel.predict", X);
    }

    /** Returns P(yᵢ = 1 | xᵢ) = σ(zᵢ), length m (X m×p, not modified; checked as in {@link #decisionFunction}). */
    public double[] predictPositiveProba(Matrix X) {
        return Activations.sigmoid(decisionFunction(X));
    }

    /**
     * Returns the class probabilities, row i = [σ(−zᵢ), σ(zᵢ)]; each row sums to 1 within 2 ulps.
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

    /** Returns the labels ŷᵢ = 1 if zᵢ &gt; 0 (P(y = 1) &gt; ½), else 0, length m. */
    @Override
    public int[] predict(Matrix X) {
        double[] z = decisionFunction(X);
        int[] labels = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            labels[i] = z[i] > 0 ? 1 : 0;
        }
        return labels;
    }

    /** Returns e.g. {@code "XGBoostClassificationModel(p=30, trees=100, baseScore=0.37)"}. */
    @Override
    public String toString() {
        return "XGBoostClassificationModel(p=" + numFeatures() + ", trees=" + trees().size() + ", baseScore=" + baseScore + ")";
    }
}
