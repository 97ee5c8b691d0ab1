package org.mlbyhand.core.ensemble;

import java.util.OptionalDouble;
import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A mini-XGBoost binary classifier: second-order gradient boosting of trees on the log-loss of the
 * margin, with XGBoost's regularised objective ({@code objective=binary:logistic, tree_method=exact}).
 * Its {@link #fit} returns the {@link XGBoostClassificationModel} P(y = 1 | x) = σ(z(x)),
 * z(x) = b₀ + Σ_t f_t(x), the trees fitted one round at a time, each to
 * <pre>{@code
 *   f_t = argmin_f  Σᵢ [log(1 + e^(zᵢ + f(xᵢ))) − yᵢ·(zᵢ + f(xᵢ))] + γ·T + ½λ‖w‖²     yᵢ ∈ {0, 1}
 * }</pre>
 * over trees f of depth ≤ maxDepth with T leaves of weights w, then shrunk by the learning rate η; zᵢ
 * is the margin after t − 1 rounds.
 *
 * <p><b>Derivation.</b> Expand the log-loss to second order in f: l(y, z + f) ≈ l + g·f + ½h·f² with
 * g = σ(z) − y and h = σ(z)(1 − σ(z)) ({@link GradientPairs}). With G, H the sums over a leaf's rows the
 * objective is Σ_leaves [G·w + ½(H + λ)w²] + γT, minimised leaf by leaf at w* = −G/(H + λ) (one Newton
 * step on the leaf's log-loss), where it is −½G²/(H + λ); splitting a leaf lowers it by
 * ½[G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ)] − γ ({@link RegularizedObjective}), and trees are grown
 * greedily by that gain over every cut of every feature ({@link XGBoostTreeBuilder}). Unlike the squared
 * error, the step is not exact: the next round's gradients correct it.
 *
 * <p><b>The name and the differences from XGBoost 3.x</b> are the regressor's ({@link XGBoostRegressor}):
 * our γ is half XGBoost's {@code gamma}, everything is double instead of float32, NaN is rejected, and
 * there is no sampling. Also, XGBoost floors the hessian at 1e-16 and accepts labels in [0, 1]; labels
 * here are exactly 0 or 1, both present. The base score p₀ is a probability: by default the fraction
 * of 1s in y, as XGBoost ≥ 2.0 estimates it (it used to be 0.5), and the margin starts from
 * b₀ = logit(p₀).
 *
 * <p>Instances are immutable: {@code withX} methods return a new estimator.
 */
public final class XGBoostClassifier implements Classifier<XGBoostClassificationModel> {
    private static final String WHO = "XGBoostClassifier";

    private final Hyperparameters params;
    private final OptionalDouble baseScore;   // empty: the fraction of 1s in y

    /** Creates the estimator with XGBoost's defaults: 100 rounds, eta 0.3, maxDepth 6, minChildWeight 1, lambda 1, gamma 0. */
    public XGBoostClassifier() {
        this(Hyperparameters.defaults(WHO), OptionalDouble.empty());
    }

    private XGBoostClassifier(Hyperparameters params, OptionalDouble baseScore) {
        this.params = params;
        this.baseScore = baseScore;
    }

    /** Returns an estimator with nEstimators ≥ 1 boosting rounds (else IllegalArgumentException). */
    public XGBoostClassifier withNEstimators(int nEstimators) {
        return new XGBoostClassifier(params.withNEstimators(nEstimators), baseScore);
    }

    /** Returns an estimator with learning rate η &gt; 0, finite (XGBoost's eta, learning_rate; else IllegalArgumentException). */
    public XGBoostClassifier withEta(double eta) {
        return new XGBoostClassifier(params.withEta(eta), baseScore);
    }

    /** Returns an estimator whose trees have depth ≤ maxDepth, maxDepth ≥ 1 (else IllegalArgumentException). */
    public XGBoostClassifier withMaxDepth(int maxDepth) {
        return new XGBoostClassifier(params.withMaxDepth(maxDepth), baseScore);
    }

    /** Returns an estimator whose split children need a hessian sum H ≥ minChildWeight ≥ 0 (else IllegalArgumentException). */
    public XGBoostClassifier withMinChildWeight(double minChildWeight) {
        return new XGBoostClassifier(params.withMinChildWeight(minChildWeight), baseScore);
    }

    /** Returns an estimator with leaf-weight penalty λ ≥ 0 (XGBoost's lambda, reg_lambda; else IllegalArgumentException). */
    public XGBoostClassifier withLambda(double lambda) {
        return new XGBoostClassifier(params.withLambda(lambda), baseScore);
    }

    /** Returns an estimator with leaf cost γ ≥ 0: XGBoost's gamma (min_split_loss) is 2γ (else IllegalArgumentException). */
    public XGBoostClassifier withGamma(double gamma) {
        return new XGBoostClassifier(params.withGamma(gamma), baseScore);
    }

    /**
     * Returns an estimator whose margins start from logit(p₀) instead of the fraction of 1s in y.
     *
     * @param baseScore p₀, a probability strictly between 0 and 1
     * @throws IllegalArgumentException if p₀ is not in (0, 1)
     */
    public XGBoostClassifier withBaseScore(double baseScore) {
        if (!(baseScore > 0.0 && baseScore < 1.0)) {
            throw new IllegalArgumentException(WHO + ": baseScore must be a probability in (0, 1), got " + baseScore);
        }
        return new XGBoostClassifier(params, OptionalDouble.of(baseScore));
    }

    /** Returns an estimator that starts from the fraction of 1s in y (the default). */
    public XGBoostClassifier withBaseScoreFromData() {
        return new XGBoostClassifier(params, OptionalDouble.empty());
    }

    /** Returns the number of boosting rounds. */
    public int nEstimators() {
        return params.nEstimators();
    }

    /** Returns the learning rate η. */
    public double eta() {
        return params.eta();
    }

    /** Returns the largest tree depth. */
    public int maxDepth() {
        return params.maxDepth();
    }

    /** Returns the smallest hessian sum of a split's child. */
    public double minChildWeight() {
        return params.minChildWeight();
    }

    /** Returns λ. */
    public double lambda() {
        return params.lambda();
    }

    /** Returns γ (half XGBoost's gamma). */
    public double gamma() {
        return params.gamma();
    }

    /** Returns the fixed base score p₀, or empty when it is the fraction of 1s in y. */
    public OptionalDouble baseScore() {
        return baseScore;
    }

    /**
     * Fits nEstimators trees by boosting from b₀ = logit(p₀).
     *
     * @param X n×p features, finite (not modified)
     * @param y length n labels, each 0 or 1, both present (not modified)
     * @return the fitted model, with exactly nEstimators trees
     * @throws IllegalArgumentException if X is empty or not finite, a label is not 0 or 1, or y has only
     *                                  one class (each named)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public XGBoostClassificationModel fit(Matrix X, int[] y) {
        String op = WHO + ".fit";
        Arguments.requireNonEmpty(op, "X", X);
        Arguments.requireFinite(op, "X", X);
        Arguments.requireLength(op, "X", X, "y", y.length);
        Arguments.requireLabels(op, "y", y);
        int ones = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 1) {
                throw new IllegalArgumentException(op + ": y[" + i + "] = " + y[i]
                        + " is not a binary label; binary:logistic needs labels 0 and 1");
            }
            ones += y[i];
        }
        if (ones == 0 || ones == y.length) {
            throw new IllegalArgumentException(op + ": y has only class " + (ones == 0 ? 0 : 1)
                    + "; a binary classifier needs both classes 0 and 1");
        }
        double p0 = baseScore.orElse((double) ones / y.length);
        double b0 = Math.log(p0) - Math.log1p(-p0);   // logit(p₀)
        XGBoostEnsemble.Loss loss = new XGBoostEnsemble.Loss(
                margin -> GradientPairs.logisticGradient(y, margin),
                margin -> GradientPairs.logisticHessian(y, margin));
        return new XGBoostClassificationModel(XGBoostEnsemble.fit(X, loss, params, b0), p0);
    }

    /** Returns e.g. {@code "XGBoostClassifier(nEstimators=100, eta=0.3, …, gamma=0.0, baseScore=mean(y))"}. */
    @Override
    public String toString() {
        return WHO + "(" + params + ", baseScore=" + (baseScore.isPresent() ? baseScore.getAsDouble() : "mean(y)") + ")";
    }
}
