package org.mlbyhand.core.ensemble;

import java.util.OptionalDouble;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A mini-XGBoost for regression: second-order gradient boosting of trees with XGBoost's regularised
 * objective ({@code objective=reg:squarederror, tree_method=exact}). Its {@link #fit} returns the
 * {@link XGBoostRegressionModel} ŷ(x) = b₀ + Σ_t f_t(x), the trees fitted one round at a time, each to
 * <pre>{@code
 *   f_t = argmin_f  Σᵢ ½(yᵢ − ŷᵢ − f(xᵢ))² + γ·T + ½λ‖w‖²      ŷᵢ the prediction after t − 1 rounds
 * }</pre>
 * over trees f of depth ≤ maxDepth with T leaves of weights w, then shrunk by the learning rate η.
 *
 * <p><b>Derivation.</b> Expand the loss to second order in f: l(y, ŷ + f) ≈ l + g·f + ½h·f² with
 * g = ŷ − y and h = 1 ({@link GradientPairs}). A tree is constant on each leaf, so with G, H the sums of
 * g, h over a leaf's rows the objective is Σ_leaves [G·w + ½(H + λ)w²] + γT: one parabola per leaf,
 * minimised by w* = −G/(H + λ), where it is −½G²/(H + λ). Splitting a leaf in two therefore lowers the
 * objective by ½[G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ)] − γ ({@link RegularizedObjective}), and
 * the tree is grown greedily by that gain, trying every cut of every feature ({@link XGBoostTreeBuilder}).
 * For the squared error the step is exact: w* is the leaf's mean residual, shrunk by λ.
 *
 * <p><b>The name.</b> This is XGBoost's algorithm and XGBoost's parameters (named as its scikit-learn
 * wrapper names them, in lowerCamelCase), reproduced closely enough to compare tree by tree, so it
 * carries XGBoost's name, as scikit-learn's {@code XGBRegressor} wrapper does; "mini" because it keeps
 * only the exact method, two objectives and no sampling.
 *
 * <p><b>Where it differs from XGBoost 3.x.</b>
 * <ul>
 *   <li>{@code gamma}: ours is the γ of the objective above; XGBoost's {@code gamma} is 2γ (it compares
 *       its gain without the ½ against {@code gamma}; see {@link RegularizedObjective}).</li>
 *   <li>Precision: XGBoost stores features, targets, gradients and predictions in float32; this is
 *       all double. On float32-valued inputs predictions agree to about float32 precision.</li>
 *   <li>NaN (XGBoost's "missing") is rejected; no sampling (subsample, colsample_*), no alpha (ℓ1),
 *       no max_delta_step, max_leaves or monotone constraints. Nothing here is random.</li>
 * </ul>
 * The base score b₀ is, by default, the mean of y, as XGBoost ≥ 2.0 estimates it for this objective
 * (it used to be 0.5); {@link #withBaseScore} fixes it.
 *
 * <p>Instances are immutable: {@code withX} methods return a new estimator.
 */
public final class XGBoostRegressor implements Regressor<XGBoostRegressionModel> {
    private static final String WHO = "XGBoostRegressor";

    private final Hyperparameters params;
    private final OptionalDouble baseScore;   // empty: the mean of y

    /** Creates the estimator with XGBoost's defaults: 100 rounds, eta 0.3, maxDepth 6, minChildWeight 1, lambda 1, gamma 0. */
    public XGBoostRegressor() {
        this(Hyperparameters.defaults(WHO), OptionalDouble.empty());
    }

    private XGBoostRegressor(Hyperparameters params, OptionalDouble baseScore) {
        this.params = params;
        this.baseScore = baseScore;
    }

    /** Returns an estimator with nEstimators ≥ 1 boosting rounds (else IllegalArgumentException). */
    public XGBoostRegressor withNEstimators(int nEstimators) {
        return new XGBoostRegressor(params.withNEstimators(nEstimators), baseScore);
    }

    /** Returns an estimator with learning rate η &gt; 0, finite (XGBoost's eta, learning_rate; else IllegalArgumentException). */
    public XGBoostRegressor withEta(double eta) {
        return new XGBoostRegressor(params.withEta(eta), baseScore);
    }

    /** Returns an estimator whose trees have depth ≤ maxDepth, maxDepth ≥ 1 (else IllegalArgumentException). */
    public XGBoostRegressor withMaxDepth(int maxDepth) {
        return new XGBoostRegressor(params.withMaxDepth(maxDepth), baseScore);
    }

    /** Returns an estimator whose split children need a hessian sum H ≥ minChildWeight ≥ 0 (else IllegalArgumentException). */
    public XGBoostRegressor withMinChildWeight(double minChildWeight) {
        return new XGBoostRegressor(params.withMinChildWeight(minChildWeight), baseScore);
    }

    /** Returns an estimator with leaf-weight penalty λ ≥ 0 (XGBoost's lambda, reg_lambda; else IllegalArgumentException). */
    public XGBoostRegressor withLambda(double lambda) {
        return new XGBoostRegressor(params.withLambda(lambda), baseScore);
    }

    /** Returns an estimator with leaf cost γ ≥ 0: XGBoost's gamma (min_split_loss) is 2γ (else IllegalArgumentException). */
    public XGBoostRegressor withGamma(double gamma) {
        return new XGBoostRegressor(params.withGamma(gamma), baseScore);
    }

    /** Returns an estimator that starts every prediction from the given finite b₀ instead of the mean of y. */
    public XGBoostRegressor withBaseScore(double baseScore) {
        Arguments.requireFinite(WHO, "baseScore", baseScore);
        return new XGBoostRegressor(params, OptionalDouble.of(baseScore));
    }

    /** Returns an estimator that starts from the mean of y (the default). */
    public XGBoostRegressor withBaseScoreFromData() {
        return new XGBoostRegressor(params, OptionalDouble.empty());
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

    /** Returns the fixed base score b₀, or empty when it is the mean of y. */
    public OptionalDouble baseScore() {
        return baseScore;
    }

    /**
     * Fits nEstimators trees by boosting from b₀.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the fitted model, with exactly nEstimators trees (a tree may be a single leaf)
     * @throws IllegalArgumentException if X is empty or X or y holds a NaN or infinity (named)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public XGBoostRegressionModel fit(Matrix X, double[] y) {
        String op = WHO + ".fit";
        Arguments.requireNonEmpty(op, "X", X);
        Arguments.requireFinite(op, "X", X);
        Arguments.requireLength(op, "X", X, "y", y.length);
        Arguments.requireFinite(op, "y", y);
        double b0 = baseScore.orElseGet(() -> mean(y));
        XGBoostEnsemble.Loss loss = new XGBoostEnsemble.Loss(
                margin -> GradientPairs.squaredErrorGradient(y, margin),
                margin -> GradientPairs.squaredErrorHessian(y, margin));
        return new XGBoostRegressionModel(XGBoostEnsemble.fit(X, loss, params, b0));
    }

    private static double mean(double[] y) {
        double sum = 0.0;
        for (double v : y) {
            sum += v;
        }
        return sum / y.length;
    }

    /** Returns e.g. {@code "XGBoostRegressor(nEstimators=100, eta=0.3, …, gamma=0.0, baseScore=mean(y))"}. */
    @Override
    public String toString() {
        return WHO + "(" + params + ", baseScore=" + (baseScore.isPresent() ? baseScore.getAsDouble() : "mean(y)") + ")";
    }
}
