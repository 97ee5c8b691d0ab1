package org.mlbyhand.core.ensemble;

import java.util.OptionalInt;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.data.TrainTestSplit;
import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.MaxFeatures;
import org.mlbyhand.core.tree.RegressionCriterion;

/**
 * Gradient boosting for classification, scikit-learn 1.2's {@code GradientBoostingClassifier} with
 * {@code loss='log_loss'} (Friedman, 2001): an additive model of raw scores, K small regression trees per
 * stage, each fitted to the pseudo-residuals of the log-loss and shrunk by the learning rate ν. Its
 * {@link #fit} returns the {@link GradientBoostingClassificationModel}. For k = 2 classes one tree per
 * stage models the log-odds; for k ≥ 3, K = k trees per stage model one raw score per class:
 * <pre>{@code
 *   binary       F(x) = F₀ + ν·Σ_s f_s(x),        P(y = 1 | x) = σ(F(x)) = 1/(1 + e^(−F(x)))
 *   multiclass   F_k(x) = F₀ₖ + ν·Σ_s f_{s,k}(x),  P(y = k | x) = e^(F_k(x)) / Σ_c e^(F_c(x))     (softmax)
 *   stage s:     r = y − σ(F), or r_k = [y = k] − P(y = k | x), at the stage's start   (PseudoResiduals)
 *                f_{s,k} = a DecisionTreeRegressor(criterion, maxDepth, …) fitted to (X, r_k)
 *                each leaf j set by one Newton step: Σ r / Σ p(1 − p), × (K−1)/K for K ≥ 3     (LeafValues)
 * }</pre>
 * The rules, as scikit-learn applies them:
 * <pre>{@code
 *   F₀          log-odds log(p₁/(1 − p₁)) of the class shares (binary), log pₖ (multiclass); shares
 *               clipped to [2⁻²³, 1 − 2⁻²³] (float32's eps)
 *   trees       criterion friedman_mse, maxDepth 3 and the tree package's rules (DecisionTreeRegressor);
 *               all K trees of a stage are fitted to residuals of the raw scores before the stage
 *   subsample   < 1: each stage fits on ⌊subsample·n⌋ rows drawn without replacement, updates every row
 *   trainScore  after each stage, over its rows: the binomial deviance −(2/m)Σ[yF − log(1 + e^F)], or the
 *               multinomial negative log-likelihood (1/m)Σ[−F_y + log Σ_c e^(F_c)] (not doubled)
 *   early stop  with nIterNoChange: validationFraction of the rows held out by a seeded stratified split;
 *               stop after the first stage whose validation loss + tol beats none of the last
 *               nIterNoChange losses (that stage is kept)
 *   predict     the most probable class, the lowest among ties
 * }</pre>
 *
 * <p><b>Against scikit-learn.</b> With subsample = 1 and every feature, the stages are scikit-learn's
 * step for step: the parity tests compare probabilities, raw scores and trainScore to 1e-9 on tie-free
 * data (the trees' ties go to the lowest feature index here, to a random one there). Randomness comes
 * from Rng(randomState), not NumPy's. Labels are 0, …, k−1 with every class present, k ≥ 2 (one class
 * is rejected, as scikit-learn does). Not implemented: {@code loss='exponential'}, {@code init}
 * estimators, sample weights, {@code warm_start}, {@code max_leaf_nodes}, {@code min_weight_fraction_leaf},
 * {@code oob_improvement_}.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class GradientBoostingClassifier implements Classifier<GradientBoostingClassificationModel> {
    private static final String WHO = "GradientBoostingClassifier";

    private final BoostingParameters params;

    /**
     * Creates the trainer with scikit-learn's defaults: log-loss, learningRate 0.1, 100 stages,
     * subsample 1, friedman_mse trees of maxDepth 3, minSamplesSplit 2, minSamplesLeaf 1, all features,
     * no early stopping (validationFraction 0.1, tol 1e-4); randomState 0.
     */
    public GradientBoostingClassifier() {
        this(BoostingParameters.defaults(WHO));
    }

    private GradientBoostingClassifier(BoostingParameters params) {
        this.params = params;
    }

    /** Returns a trainer shrinking every tree by learningRate &gt; 0, finite (else IllegalArgumentException). */
    public GradientBoostingClassifier withLearningRate(double learningRate) {
        return new GradientBoostingClassifier(params.withLearningRate(learningRate));
    }

    /** Returns a trainer with nEstimators ≥ 1 stages (else IllegalArgumentException). */
    public GradientBoostingClassifier withNEstimators(int nEstimators) {
        return new GradientBoostingClassifier(params.withNEstimators(nEstimators));
    }

    /** Returns a trainer fitting each stage on a share subsample in (0, 1] of the rows (else IllegalArgumentException). */
    public GradientBoostingClassifier withSubsample(double subsample) {
        return new GradientBoostingClassifier(params.withSubsample(subsample));
    }

    /** Returns a trainer whose trees use this criterion (default FRIEDMAN_MSE; not null). */
    public GradientBoostingClassifier withCriterion(RegressionCriterion criterion) {
        return withTree(params.tree().withCriterion(Checks.notNull(WHO, "criterion", criterion)));
    }

    /** Returns a trainer whose trees have depth ≤ maxDepth ≥ 1 ({@link DecisionTreeRegressor#UNLIMITED} for none). */
    public GradientBoostingClassifier withMaxDepth(int maxDepth) {
        return withTree(params.tree().withMaxDepth(Checks.atLeast(WHO, "maxDepth", maxDepth, 1)));
    }

    /** Returns a trainer whose trees split only nodes of ≥ minSamplesSplit ≥ 2 rows. */
    public GradientBoostingClassifier withMinSamplesSplit(int minSamplesSplit) {
        return withTree(params.tree().withMinSamplesSplit(Checks.atLeast(WHO, "minSamplesSplit", minSamplesSplit, 2)));
    }

    /** Returns a trainer whose trees' leaves keep ≥ minSamplesLeaf ≥ 1 rows. */
    public GradientBoostingClassifier withMinSamplesLeaf(int minSamplesLeaf) {
        return withTree(params.tree().withMinSamplesLeaf(Checks.atLeast(WHO, "minSamplesLeaf", minSamplesLeaf, 1)));
    }

    /** Returns a trainer whose trees split only when the improvement reaches minImpurityDecrease ≥ 0. */
    public GradientBoostingClassifier withMinImpurityDecrease(double minImpurityDecrease) {
        return withTree(params.tree().withMinImpurityDecrease(Checks.nonNegative(WHO, "minImpurityDecrease", minImpurityDecrease)));
    }

    /** Returns a trainer whose trees examine maxFeatures features per node (default all; not null). */
    public GradientBoostingClassifier withMaxFeatures(MaxFeatures maxFeatures) {
        return withTree(params.tree().withMaxFeatures(Checks.notNull(WHO, "maxFeatures", maxFeatures)));
    }

    /** Returns a trainer whose trees are pruned with ccpAlpha ≥ 0 before their leaves are set (0: none). */
    public GradientBoostingClassifier withCcpAlpha(double ccpAlpha) {
        return withTree(params.tree().withCcpAlpha(Checks.nonNegative(WHO, "ccpAlpha", ccpAlpha)));
    }

    /** Returns a trainer whose subsamples, feature draws and validation split derive from randomState. */
    public GradientBoostingClassifier withRandomState(long randomState) {
        return new GradientBoostingClassifier(params.withRandomState(randomState));
    }

    /** Returns a trainer holding out validationFraction in (0, 1) of the rows when early stopping (else IllegalArgumentException). */
    public GradientBoostingClassifier withValidationFraction(double validationFraction) {
        return new GradientBoostingClassifier(params.withValidationFraction(validationFraction));
    }

    /** Returns a trainer that stops early once nIterNoChange ≥ 1 stages did not improve the validation loss by tol. */
    public GradientBoostingClassifier withNIterNoChange(int nIterNoChange) {
        return new GradientBoostingClassifier(params.withNIterNoChange(Checks.atLeast(WHO, "nIterNoChange", nIterNoChange, 1)));
    }

    /** Returns a trainer without early stopping (scikit-learn's {@code n_iter_no_change=None}, the default). */
    public GradientBoostingClassifier withoutEarlyStopping() {
        return new GradientBoostingClassifier(params.withNIterNoChange(0));
    }

    /** Returns a trainer whose early stopping needs an improvement of more than tol ≥ 0 (finite). */
    public GradientBoostingClassifier withTol(double tol) {
        return new GradientBoostingClassifier(params.withTol(tol));
    }

    private GradientBoostingClassifier withTree(DecisionTreeRegressor tree) {
        return new GradientBoostingClassifier(params.withTree(tree));
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
     * @param y length n labels 0, …, k−1, every class present, k ≥ 2 (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty or not finite, a label is negative (named), y has one class
     *                                  or a class without rows (also in the training part of the early-stopping
     *                                  split), or maxFeatures asks for more than p features
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public GradientBoostingClassificationModel fit(Matrix X, int[] y) {
        String who = WHO + ".fit";
        int k = Checks.classification(who, X, y);
        params.tree().maxFeatures().resolve(X.cols());
        LossFunction loss = k == 2 ? new BinomialDeviance() : new MultinomialDeviance(k);
        if (!params.earlyStopping()) {
            return new GradientBoostingClassificationModel(k, Boosting.fit(X, labels(y), null, null, loss, params));
        }
        Split split = TrainTestSplit.stratified(y, params.validationFraction(), params.randomState());
        int[] yTrain = split.train(y);
        if (Checks.classes(who + " (the training part of the early-stopping split)", yTrain) != k) {
            throw new IllegalArgumentException(who + ": the training part of the early-stopping split is missing class " + (k - 1)
                    + "; use another randomState or validationFraction");
        }
        return new GradientBoostingClassificationModel(k,
                Boosting.fit(split.train(X), labels(yTrain), split.test(X), labels(split.test(y)), loss, params));
    }

    /** The labels as doubles 0.0, 1.0, …, the losses' targets. */
    private static double[] labels(int[] y) {
        double[] labels = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = y[i];
        }
        return labels;
    }

    /** Returns e.g. {@code "GradientBoostingClassifier(loss=log_loss, learningRate=0.1, nEstimators=100, …)"}. */
    @Override
    public String toString() {
        return WHO + "(loss=log_loss, " + params + ")";
    }
}
