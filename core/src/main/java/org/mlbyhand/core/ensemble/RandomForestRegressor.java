package org.mlbyhand.core.ensemble;

import java.util.List;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.RegressionMetrics;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.MaxFeatures;
import org.mlbyhand.core.tree.PresortedFeatures;
import org.mlbyhand.core.tree.RegressionCriterion;
import org.mlbyhand.core.tree.RegressionTree;

/**
 * A random forest regressor, scikit-learn 1.2's {@code RandomForestRegressor}: T regression trees, each
 * grown on its own bootstrap sample, whose predictions are averaged. Its {@link #fit} returns the
 * {@link RandomForestRegressionModel}. Tree t is
 * <pre>{@code
 *   counts_t  = how often each row is drawn in n draws with replacement           (Bootstrap.sampleCounts)
 *   tree_t    = DecisionTreeRegressor(criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
 *               minImpurityDecrease, maxFeatures, ccpAlpha) fitted on (X, y) with sample weights counts_t
 *   predict   ŷ(x) = (1/T)·Σ_t ŷ_t(x)                                          (trees summed in order)
 * }</pre>
 * scikit-learn 1.2's default maxFeatures for regression is 1.0, every feature at every node: the trees
 * then differ only by their bootstrap samples (bagging); a fraction below 1 (0.33 is the classic
 * choice) decorrelates them further. Trees are grown to pure leaves unless a hyper-parameter stops them.
 *
 * <p><b>Out of bag.</b> With oobScore, each training row's mean prediction over the trees that did not
 * see it is kept ({@code oobPrediction}; 0 for a row every tree saw, as scikit-learn does) with its R²
 * against y ({@code oobScore}).
 *
 * <p>Seeds, threads (bit-identical for any number) and the differences from scikit-learn are
 * {@link RandomForestClassifier}'s; the criterion is SQUARED_ERROR or FRIEDMAN_MSE (scikit-learn's
 * {@code absolute_error} and {@code poisson} are not implemented).
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class RandomForestRegressor implements Regressor<RandomForestRegressionModel> {
    private static final String WHO = "RandomForestRegressor";

    private final ForestParameters forest;
    private final DecisionTreeRegressor tree;   // the hyper-parameters of every tree; randomState set per tree

    /**
     * Creates the trainer with scikit-learn's defaults: 100 trees, squared error, maxFeatures 1.0 (all),
     * unlimited depth, minSamplesSplit 2, minSamplesLeaf 1, bootstrap, no oobScore, no pruning;
     * randomState 0 and every processor.
     */
    public RandomForestRegressor() {
        this(ForestParameters.defaults(WHO), new DecisionTreeRegressor().withMaxFeatures(MaxFeatures.fraction(1.0)));
    }

    private RandomForestRegressor(ForestParameters forest, DecisionTreeRegressor tree) {
        this.forest = forest;
        this.tree = tree;
    }

    /** Returns a trainer with nEstimators ≥ 1 trees (else IllegalArgumentException). */
    public RandomForestRegressor withNEstimators(int nEstimators) {
        return new RandomForestRegressor(forest.withNEstimators(nEstimators), tree);
    }

    /** Returns a trainer whose trees use this criterion (not null, else IllegalArgumentException). */
    public RandomForestRegressor withCriterion(RegressionCriterion criterion) {
        return new RandomForestRegressor(forest, tree.withCriterion(Checks.notNull(WHO, "criterion", criterion)));
    }

    /** Returns a trainer whose trees have depth ≤ maxDepth ≥ 1 ({@link DecisionTreeRegressor#UNLIMITED} for none). */
    public RandomForestRegressor withMaxDepth(int maxDepth) {
        return new RandomForestRegressor(forest, tree.withMaxDepth(Checks.atLeast(WHO, "maxDepth", maxDepth, 1)));
    }

    /** Returns a trainer whose trees split only nodes of ≥ minSamplesSplit ≥ 2 rows. */
    public RandomForestRegressor withMinSamplesSplit(int minSamplesSplit) {
        return new RandomForestRegressor(forest, tree.withMinSamplesSplit(Checks.atLeast(WHO, "minSamplesSplit", minSamplesSplit, 2)));
    }

    /** Returns a trainer whose trees' leaves keep ≥ minSamplesLeaf ≥ 1 distinct rows. */
    public RandomForestRegressor withMinSamplesLeaf(int minSamplesLeaf) {
        return new RandomForestRegressor(forest, tree.withMinSamplesLeaf(Checks.atLeast(WHO, "minSamplesLeaf", minSamplesLeaf, 1)));
    }

    /** Returns a trainer whose trees split only when the improvement reaches minImpurityDecrease ≥ 0. */
    public RandomForestRegressor withMinImpurityDecrease(double minImpurityDecrease) {
        return new RandomForestRegressor(forest, tree.withMinImpurityDecrease(
                Checks.nonNegative(WHO, "minImpurityDecrease", minImpurityDecrease)));
    }

    /** Returns a trainer whose trees examine maxFeatures features per node (default 1.0, all; not null). */
    public RandomForestRegressor withMaxFeatures(MaxFeatures maxFeatures) {
        return new RandomForestRegressor(forest, tree.withMaxFeatures(Checks.notNull(WHO, "maxFeatures", maxFeatures)));
    }

    /** Returns a trainer whose trees are pruned with complexity parameter ccpAlpha ≥ 0 (0: none). */
    public RandomForestRegressor withCcpAlpha(double ccpAlpha) {
        return new RandomForestRegressor(forest, tree.withCcpAlpha(Checks.nonNegative(WHO, "ccpAlpha", ccpAlpha)));
    }

    /** Returns a trainer that fits each tree on a bootstrap sample (true) or on every row (false; then no oobScore). */
    public RandomForestRegressor withBootstrap(boolean bootstrap) {
        return new RandomForestRegressor(forest.withBootstrap(bootstrap), tree);
    }

    /** Returns a trainer that computes (true) the out-of-bag score and predictions; needs bootstrap. */
    public RandomForestRegressor withOobScore(boolean oobScore) {
        return new RandomForestRegressor(forest.withOobScore(oobScore), tree);
    }

    /** Returns a trainer that fits trees on nJobs ≥ 1 threads, or −1 for every processor (the result is the same). */
    public RandomForestRegressor withNJobs(int nJobs) {
        return new RandomForestRegressor(forest.withNJobs(nJobs), tree);
    }

    /** Returns a trainer whose bootstrap samples and feature draws all derive from randomState. */
    public RandomForestRegressor withRandomState(long randomState) {
        return new RandomForestRegressor(forest.withRandomState(randomState), tree);
    }

    /** Returns the number of trees. */
    public int nEstimators() {
        return forest.nEstimators();
    }

    /** Returns the trees' criterion. */
    public RegressionCriterion criterion() {
        return tree.criterion();
    }

    /** Returns the trees' depth limit ({@link DecisionTreeRegressor#UNLIMITED} for none). */
    public int maxDepth() {
        return tree.maxDepth();
    }

    /** Returns the fewest rows a node needs to be split. */
    public int minSamplesSplit() {
        return tree.minSamplesSplit();
    }

    /** Returns the fewest rows a leaf keeps. */
    public int minSamplesLeaf() {
        return tree.minSamplesLeaf();
    }

    /** Returns the smallest improvement a split needs. */
    public double minImpurityDecrease() {
        return tree.minImpurityDecrease();
    }

    /** Returns how many features each node examines. */
    public MaxFeatures maxFeatures() {
        return tree.maxFeatures();
    }

    /** Returns the trees' cost-complexity pruning parameter. */
    public double ccpAlpha() {
        return tree.ccpAlpha();
    }

    /** Returns whether each tree gets a bootstrap sample. */
    public boolean bootstrap() {
        return forest.bootstrap();
    }

    /** Returns whether fit computes the out-of-bag score. */
    public boolean oobScore() {
        return forest.oobScore();
    }

    /** Returns the number of threads (−1: every processor). */
    public int nJobs() {
        return forest.nJobs();
    }

    /** Returns the forest's seed. */
    public long randomState() {
        return forest.randomState();
    }

    /**
     * Grows the forest on (X, y).
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the fitted forest
     * @throws IllegalArgumentException if X is empty, X or y holds a NaN or infinity (named), or maxFeatures
     *                                  asks for more than p features
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public RandomForestRegressionModel fit(Matrix X, double[] y) {
        String who = WHO + ".fit";
        Checks.regression(who, X, y);
        tree.maxFeatures().resolve(X.cols());
        PresortedFeatures sorted = PresortedFeatures.of(X);   // sorted once for every tree
        long[] seeds = Forest.treeSeeds(forest.randomState(), forest.nEstimators());
        List<Forest.GrownTree<RegressionTree>> grown = Forest.grow(X.rows(), forest, seeds,
                (randomState, sampleWeight) -> tree.withRandomState(randomState).fit(sorted, y, sampleWeight),
                (t, rows) -> Matrix.column(t.predict(X.selectRows(rows))));
        List<RegressionTree> trees = grown.stream().map(Forest.GrownTree::tree).toList();
        double[] oobPrediction = forest.oobScore() ? Forest.outOfBagMean(grown, X.rows(), 1).column(0) : null;
        double oobScore = oobPrediction == null ? Double.NaN : RegressionMetrics.r2Score(y, oobPrediction);
        return new RandomForestRegressionModel(trees, seeds, X.cols(), oobPrediction, oobScore);
    }

    /** Returns e.g. {@code "RandomForestRegressor(nEstimators=100, criterion=squared_error, maxDepth=None, …)"}. */
    @Override
    public String toString() {
        return WHO + "(nEstimators=" + forest.nEstimators() + ", criterion=" + criterion() + ", maxDepth="
                + (maxDepth() == DecisionTreeRegressor.UNLIMITED ? "None" : Integer.toString(maxDepth()))
                + ", minSamplesSplit=" + minSamplesSplit() + ", minSamplesLeaf=" + minSamplesLeaf()
                + ", minImpurityDecrease=" + minImpurityDecrease() + ", maxFeatures=" + maxFeatures() + ", ccpAlpha=" + ccpAlpha()
                + ", bootstrap=" + bootstrap() + ", oobScore=" + oobScore() + ", nJobs=" + nJobs() + ", randomState=" + randomState() + ")";
    }
}
