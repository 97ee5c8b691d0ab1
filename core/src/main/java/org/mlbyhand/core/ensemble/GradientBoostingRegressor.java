package org.mlbyhand.core.ensemble;

import java.util.OptionalInt;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.data.TrainTestSplit;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.MaxFeatures;
import org.mlbyhand.core.tree.RegressionCriterion;

/**
 * Gradient boosting for regression, scikit-learn 1.2's {@code GradientBoostingRegressor} (Friedman,
 * 2001): an additive model of S small regression trees, each fitted to the pseudo-residuals of the
 * model before it and shrunk by the learning rate ν. Its {@link #fit} returns the
 * {@link GradientBoostingRegressionModel}
 * <pre>{@code
 *   F(x) = F₀ + ν·Σ_{s=0}^{S−1} f_s(x)
 *   stage s:  rᵢ = −∂L(yᵢ, F)/∂F at F = F_{s}(xᵢ)                          (PseudoResiduals)
 *             f_s = a DecisionTreeRegressor(criterion, maxDepth, …) fitted to (X, r)
 *             each leaf j of f_s set to γⱼ = argmin_γ Σ_{i∈leaf j} L(yᵢ, F_s(xᵢ) + γ)     (LeafValues)
 *             F_{s+1} = F_s + ν·f_s
 * }</pre>
 * for the loss L of {@link BoostingLoss} (squared error by default; absolute error; Huber with α = 0.9).
 * The rules, as scikit-learn applies them:
 * <pre>{@code
 *   F₀          mean(y) for the squared error, NumPy's median(y) for the absolute error and Huber
 *   trees       criterion friedman_mse, maxDepth 3 and the tree package's rules (DecisionTreeRegressor)
 *   leaves      squared error: the tree's mean residual; absolute error: the lower median of y − F;
 *               Huber: median + mean of the residuals clipped at γ around it, γ = the α-quantile
 *               (lower, scikit-learn's _weighted_percentile) of |y − F| over every row, per stage
 *   subsample   < 1: each stage fits its trees and leaves on ⌊subsample·n⌋ rows drawn without
 *               replacement (stochastic gradient boosting) and updates F on every row
 *   trainScore  the loss after each stage, over the stage's rows: (1/m)Σ(y − F)², (1/m)Σ|y − F|, or
 *               Huber's with the stage's γ
 *   early stop  with nIterNoChange: validationFraction of the rows held out (a seeded random split);
 *               stop after the first stage whose validation loss + tol beats none of the last
 *               nIterNoChange losses (that stage is kept)
 * }</pre>
 * Why a small learning rate: each tree is a greedy, coarse step; shrinking it (ν = 0.1) and taking
 * more stages gives a smoother path and better generalisation (Friedman's regularisation by shrinkage).
 *
 * <p><b>Against scikit-learn.</b> With subsample = 1 and every feature, the stages are scikit-learn's
 * step for step: the parity tests compare predictions and trainScore to 1e-9 on tie-free data (the
 * trees' ties go to the lowest feature index here, to a random one there). Randomness (subsamples, the
 * validation split, feature draws) comes from Rng(randomState), not NumPy's: equal in distribution,
 * not draw for draw; the validation split holds out round(validationFraction·n) rows (scikit-learn
 * rounds up). Not implemented: {@code loss='quantile'}, {@code init} estimators, sample weights,
 * {@code warm_start}, {@code max_leaf_nodes}, {@code min_weight_fraction_leaf}, {@code oob_improvement_}.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class GradientBoostingRegressor implements Regressor<GradientBoostingRegressionModel> {
    private static final String WHO = "GradientBoostingRegressor";

    private final BoostingLoss loss;
    private final double alpha;
    private final BoostingParameters params;

    /**
     * Creates the trainer with scikit-learn's defaults: squared error, learningRate 0.1, 100 stages,
     * subsample 1, friedman_mse trees of maxDepth 3, minSamplesSplit 2, minSamplesLeaf 1, all features,
     * alpha 0.9, no early stopping (validationFraction 0.1, tol 1e-4); randomState 0.
     */
    public GradientBoostingRegressor() {
        this(BoostingLoss.SQUARED_ERROR, 0.9, BoostingParameters.defaults(WHO));
    }

    private GradientBoostingRegressor(BoostingLoss loss, double alpha, BoostingParameters params) {
        this.loss = Checks.notNull(WHO, "loss", loss);
        this.alpha = Checks.openFraction(WHO, "alpha", alpha);
        this.params = params;
    }

    /** Returns a trainer minimising this loss (not null, else IllegalArgumentException). */
    public GradientBoostingRegressor withLoss(BoostingLoss loss) {
        return new GradientBoostingRegressor(loss, alpha, params);
    }

    /** Returns a trainer whose Huber threshold γ is the α-quantile of |y − F|, α in (0, 1) (used by HUBER only). */
    public GradientBoostingRegressor withAlpha(double alpha) {
        return new GradientBoostingRegressor(loss, alpha, params);
    }

    /** Returns a trainer shrinking every tree by learningRate &gt; 0, finite (else IllegalArgumentException). */
    public GradientBoostingRegressor withLearningRate(double learningRate) {
        return new GradientBoostingRegressor(loss, alpha, params.withLearningRate(learningRate));
    }

    /** Returns a trainer with nEstimators ≥ 1 stages (else IllegalArgumentException). */
    public GradientBoostingRegressor withNEstimators(int nEstimators) {
        return new GradientBoostingRegressor(loss, alpha, params.withNEstimators(nEstimators));
    }

    /** Returns a trainer fitting each stage on a share subsample in (0, 1] of the rows (else IllegalArgumentException). */
    public GradientBoostingRegressor withSubsample(double subsample) {
        return new GradientBoostingRegressor(loss, alpha, params.withSubsample(subsample));
    }

    /** Returns a trainer whose trees use this criterion (default FRIEDMAN_MSE; not null). */
    public GradientBoostingRegressor withCriterion(RegressionCriterion criterion) {
        return withTree(params.tree().withCriterion(Checks.notNull(WHO, "criterion", criterion)));
    }

    /** Returns a trainer whose trees have depth ≤ maxDepth ≥ 1 ({@link DecisionTreeRegressor#UNLIMITED} for none). */
    public GradientBoostingRegressor withMaxDepth(int maxDepth) {
        return withTree(params.tree().withMaxDepth(Checks.atLeast(WHO, "maxDepth", maxDepth, 1)));
    }

    /** Returns a trainer whose trees split only nodes of ≥ minSamplesSplit ≥ 2 rows. */
    public GradientBoostingRegressor withMinSamplesSplit(int minSamplesSplit) {
        return withTree(params.tree().withMinSamplesSplit(Checks.atLeast(WHO, "minSamplesSplit", minSamplesSplit, 2)));
    }

    /** Returns a trainer whose trees' leaves keep ≥ minSamplesLeaf ≥ 1 rows. */
    public GradientBoostingRegressor withMinSamplesLeaf(int minSamplesLeaf) {
        return withTree(params.tree().withMinSamplesLeaf(Checks.atLeast(WHO, "minSamplesLeaf", minSamplesLeaf, 1)));
    }

    /** Returns a trainer whose trees split only when the improvement reaches minImpurityDecrease ≥ 0. */
    public GradientBoostingRegressor withMinImpurityDecrease(double minImpurityDecrease) {
        return withTree(params.tree().withMinImpurityDecrease(Checks.nonNegative(WHO, "minImpurityDecrease", minImpurityDecrease)));
    }

    /** Returns a trainer whose trees examine maxFeatures features per node (default all; not null). */
    public GradientBoostingRegressor withMaxFeatures(MaxFeatures maxFeatures) {
        return withTree(params.tree().withMaxFeatures(Checks.notNull(WHO, "maxFeatures", maxFeatures)));
    }

    /** Returns a trainer whose trees are pruned with ccpAlpha ≥ 0 before their leaves are set (0: none). */
    public GradientBoostingRegressor withCcpAlpha(double ccpAlpha) {
        return withTree(params.tree().withCcpAlpha(Checks.nonNegative(WHO, "ccpAlpha", ccpAlpha)));
    }

    /** Returns a trainer whose subsamples, feature draws and validation split derive from randomState. */
    public GradientBoostingRegressor withRandomState(long randomState) {
        return new GradientBoostingRegressor(loss, alpha, params.withRandomState(randomState));
    }

    /** Returns a trainer holding out validationFraction in (0, 1) of the rows when early stopping (else IllegalArgumentException). */
    public GradientBoostingRegressor withValidationFraction(double validationFraction) {
        return new GradientBoostingRegressor(loss, alpha, params.withValidationFraction(validationFraction));
    }

    /** Returns a trainer that stops early once nIterNoChange ≥ 1 stages did not improve the validation loss by tol. */
    public GradientBoostingRegressor withNIterNoChange(int nIterNoChange) {
        return new GradientBoostingRegressor(loss, alpha, params.withNIterNoChange(Checks.atLeast(WHO, "nIterNoChange", nIterNoChange, 1)));
    }

    /** Returns a trainer without early stopping (scikit-learn's {@code n_iter_no_change=None}, the default). */
    public GradientBoostingRegressor withoutEarlyStopping() {
        return new GradientBoostingRegressor(loss, alpha, params.withNIterNoChange(0));
    }

    /** Returns a trainer whose early stopping needs an improvement of more than tol ≥ 0 (finite). */
    public GradientBoostingRegressor withTol(double tol) {
        return new GradientBoostingRegressor(loss, alpha, params.withTol(tol));
    }

    private GradientBoostingRegressor withTree(DecisionTreeRegressor tree) {
        return new GradientBoostingRegressor(loss, alpha, params.withTree(tree));
    }

    /** Returns the loss. */
    public BoostingLoss loss() {
        return loss;
    }

    /** Returns Huber's α. */
    public double alpha() {
        return alpha;
    }

    /** Returns the learning rate ν. */
    public double learningRate() {
        return params.learningRate();
    }

    /** Returns the number of stages (before early stopping). */
    public int nEstimators() {
        return params.nEstimators();
    }

    /** Returns the share of rows each stage fits on. */
    public double subsample() {
        return params.subsample();
    }

    /** Returns the trees' criterion. */
    public RegressionCriterion criterion() {
        return params.tree().criterion();
    }

    /** Returns the trees' depth limit. */
    public int maxDepth() {
        return params.tree().maxDepth();
    }

    /** Returns the fewest rows a node needs to be split. */
    public int minSamplesSplit() {
        return params.tree().minSamplesSplit();
    }

    /** Returns the fewest rows a leaf keeps. */
    public int minSamplesLeaf() {
        return params.tree().minSamplesLeaf();
    }

    /** Returns the smallest improvement a split needs. */
    public double minImpurityDecrease() {
        return params.tree().minImpurityDecrease();
    }

    /** Returns how many features each node examines. */
    public MaxFeatures maxFeatures() {
        return params.tree().maxFeatures();
    }

    /** Returns the trees' cost-complexity pruning parameter. */
    public double ccpAlpha() {
        return params.tree().ccpAlpha();
    }

    /** Returns the seed. */
    public long randomState() {
        return params.randomState();
    }

    /** Returns the share of rows held out when early stopping. */
    public double validationFraction() {
        return params.validationFraction();
    }

    /** Returns nIterNoChange, or empty without early stopping (scikit-learn's None). */
    public OptionalInt nIterNoChange() {
        return params.earlyStopping() ? OptionalInt.of(params.nIterNoChange()) : OptionalInt.empty();
    }

    /** Returns the improvement early stopping needs. */
    public double tol() {
        return params.tol();
    }

    /**
     * Boosts nEstimators stages (fewer if early stopping stops it) on (X, y).
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty, X or y holds a NaN or infinity (named), maxFeatures asks
     *                                  for more than p features, or early stopping has fewer than 2 rows to split
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public GradientBoostingRegressionModel fit(Matrix X, double[] y) {
        Checks.regression(WHO + ".fit", X, y);
        params.tree().maxFeatures().resolve(X.cols());
        LossFunction lossFunction = loss.create(alpha);
        if (!params.earlyStopping()) {
            return new GradientBoostingRegressionModel(loss, Boosting.fit(X, y, null, null, lossFunction, params));
        }
        Split split = TrainTestSplit.random(X.rows(), params.validationFraction(), params.randomState());
        return new GradientBoostingRegressionModel(loss,
                Boosting.fit(split.train(X), split.train(y), split.test(X), split.test(y), lossFunction, params));
    }

    /** Returns e.g. {@code "GradientBoostingRegressor(loss=squared_error, learningRate=0.1, nEstimators=100, …, alpha=0.9)"}. */
    @Override
    public String toString() {
        return WHO + "(loss=" + loss + ", " + params + ", alpha=" + alpha + ")";
    }
}
