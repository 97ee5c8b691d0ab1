package org.mlbyhand.core.ensemble;

import java.util.List;
import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.ClassificationMetrics;
import org.mlbyhand.core.tree.ClassificationCriterion;
import org.mlbyhand.core.tree.ClassificationTree;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.MaxFeatures;
import org.mlbyhand.core.tree.PresortedFeatures;

/**
 * A random forest classifier, scikit-learn 1.2's {@code RandomForestClassifier} (Breiman, 2001): T
 * decision trees, each grown on its own bootstrap sample of the rows and choosing each split among
 * its own random subset of the features, whose class probabilities are averaged. Its {@link #fit}
 * returns the {@link RandomForestClassificationModel}. Tree t is
 * <pre>{@code
 *   counts_t  = how often each row is drawn in n draws with replacement           (Bootstrap.sampleCounts)
 *   tree_t    = DecisionTreeClassifier(criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
 *               minImpurityDecrease, maxFeatures, ccpAlpha) fitted on (X, y) with sample weights counts_t
 *   predict   P̄(x) = (1/T)·Σ_t P_t(x),   ŷ = argmax_c P̄(x)_c, the lowest class among ties    (ForestVote)
 * }</pre>
 * Every node of every tree draws maxFeatures features (default √p, scikit-learn's {@code 'sqrt'}) and
 * splits on the best of them; trees are grown until their leaves are pure (maxDepth None) unless a
 * hyper-parameter stops them. Bootstrap sampling and feature sampling make the trees differ; averaging
 * T nearly independent low-bias trees lowers the variance.
 *
 * <p><b>Out of bag.</b> A row left out of tree t's sample (about e⁻¹ ≈ 37% of the rows per tree) can
 * score it. With oobScore, the model keeps each row's mean probability over the trees that left it out
 * ({@code oobDecisionFunction}, a row no tree left out gets 0 everywhere) and the accuracy of its argmax
 * ({@code oobScore}): an estimate of the test accuracy with no held-out set.
 *
 * <p><b>Seeds and threads.</b> Tree t's randomness comes from its own seed s_t, the t-th long of
 * Rng(randomState) (recipe in {@link RandomForestClassificationModel#randomStates()}), and the trees are
 * fitted in parallel on nJobs threads and combined in tree order: the same randomState gives a
 * bit-identical forest for any number of threads.
 *
 * <p><b>Against scikit-learn.</b> Each tree is core's {@link DecisionTreeClassifier}, scikit-learn's tree
 * rule for rule (see there). The random numbers are not scikit-learn's (its bootstrap draws come from
 * NumPy's generator), so a forest equals scikit-learn's in distribution, not tree for tree: the
 * parity tests compare test and out-of-bag accuracies. Differences: nJobs defaults to every processor
 * (scikit-learn: one); randomState is always a seed (scikit-learn's default is unseeded); labels must
 * be 0, …, k−1 with every class present and k ≥ 2 (scikit-learn accepts one class); not implemented:
 * {@code max_samples}, {@code class_weight}, {@code max_leaf_nodes}, {@code min_weight_fraction_leaf},
 * {@code warm_start}, sample weights, multi-output y.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class RandomForestClassifier implements Classifier<RandomForestClassificationModel> {
    private static final String WHO = "RandomForestClassifier";

    private final ForestParameters forest;
    private final DecisionTreeClassifier tree;   // the hyper-parameters of every tree; randomState set per tree

    /**
     * Creates the trainer with scikit-learn's defaults: 100 trees, gini, maxFeatures √p, unlimited depth,
     * minSamplesSplit 2, minSamplesLeaf 1, bootstrap, no oobScore, no pruning; randomState 0 and every
     * processor.
     */
    public RandomForestClassifier() {
        this(ForestParameters.defaults(WHO), new DecisionTreeClassifier().withMaxFeatures(MaxFeatures.sqrt()));
    }

    private RandomForestClassifier(ForestParameters forest, DecisionTreeClassifier tree) {
        this.forest = forest;
        this.tree = tree;
    }

    /** Returns a trainer with nEstimators ≥ 1 trees (else IllegalArgumentException). */
    public RandomForestClassifier withNEstimators(int nEstimators) {
        return new RandomForestClassifier(forest.withNEstimators(nEstimators), tree);
    }

    /** Returns a trainer whose trees use this impurity (not null, else IllegalArgumentException). */
    public RandomForestClassifier withCriterion(ClassificationCriterion criterion) {
        return new RandomForestClassifier(forest, tree.withCriterion(Checks.notNull(WHO, "criterion", criterion)));
    }

    /** Returns a trainer whose trees have depth ≤ maxDepth ≥ 1 ({@link DecisionTreeClassifier#UNLIMITED} for none). */
    public RandomForestClassifier withMaxDepth(int maxDepth) {
        return new RandomForestClassifier(forest, tree.withMaxDepth(Checks.atLeast(WHO, "maxDepth", maxDepth, 1)));
    }

    /** Returns a trainer whose trees split only nodes of ≥ minSamplesSplit ≥ 2 rows. */
    public RandomForestClassifier withMinSamplesSplit(int minSamplesSplit) {
        return new RandomForestClassifier(forest, tree.withMinSamplesSplit(Checks.atLeast(WHO, "minSamplesSplit", minSamplesSplit, 2)));
    }

    /** Returns a trainer whose trees' leaves keep ≥ minSamplesLeaf ≥ 1 distinct rows. */
    public RandomForestClassifier withMinSamplesLeaf(int minSamplesLeaf) {
        return new RandomForestClassifier(forest, tree.withMinSamplesLeaf(Checks.atLeast(WHO, "minSamplesLeaf", minSamplesLeaf, 1)));
    }

    /** Returns a trainer whose trees split only when the improvement reaches minImpurityDecrease ≥ 0. */
    public RandomForestClassifier withMinImpurityDecrease(double minImpurityDecrease) {
        return new RandomForestClassifier(forest, tree.withMinImpurityDecrease(
                Checks.nonNegative(WHO, "minImpurityDecrease", minImpurityDecrease)));
    }

    /** Returns a trainer whose trees examine maxFeatures features per node (default √p; not null). */
    public RandomForestClassifier withMaxFeatures(MaxFeatures maxFeatures) {
        return new RandomForestClassifier(forest, tree.withMaxFeatures(Checks.notNull(WHO, "maxFeatures", maxFeatures)));
    }

    /** Returns a trainer whose trees are pruned with complexity parameter ccpAlpha ≥ 0 (0: none). */
    public RandomForestClassifier withCcpAlpha(double ccpAlpha) {
        return new RandomForestClassifier(forest, tree.withCcpAlpha(Checks.nonNegative(WHO, "ccpAlpha", ccpAlpha)));
    }

    /** Returns a trainer that fits each tree on a bootstrap sample (true) or on every row (false; then no oobScore). */
    public RandomForestClassifier withBootstrap(boolean bootstrap) {
        return new RandomForestClassifier(forest.withBootstrap(bootstrap), tree);
    }

    /** Returns a trainer that computes (true) the out-of-bag score and decision function; needs bootstrap. */
    public RandomForestClassifier withOobScore(boolean oobScore) {
        return new RandomForestClassifier(forest.withOobScore(oobScore), tree);
    }

    /** Returns a trainer that fits trees on nJobs ≥ 1 threads, or −1 for every processor (the result is the same). */
    public RandomForestClassifier withNJobs(int nJobs) {
        return new RandomForestClassifier(forest.withNJobs(nJobs), tree);
    }

    /** Returns a trainer whose bootstrap samples and feature draws all derive from randomState. */
    public RandomForestClassifier withRandomState(long randomState) {
        return new RandomForestClassifier(forest.withRandomState(randomState), tree);
    }

    /** Returns the number of trees. */
    public int nEstimators() {
        return forest.nEstimators();
    }

    /** Returns the trees' impurity. */
    public ClassificationCriterion criterion() {
        return tree.criterion();
    }

    /** Returns the trees' depth limit ({@link DecisionTreeClassifier#UNLIMITED} for none). */
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
     * @param y length n labels 0, …, k−1, every class present, k ≥ 2 (not modified)
     * @return the fitted forest
     * @throws IllegalArgumentException if X is empty or not finite, a label is negative (named), y has one
     *                                  class or a class without rows, or maxFeatures asks for more than p features
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public RandomForestClassificationModel fit(Matrix X, int[] y) {
        String who = WHO + ".fit";
        int k = Checks.classification(who, X, y);
        tree.maxFeatures().resolve(X.cols());
        PresortedFeatures sorted = PresortedFeatures.of(X);   // sorted once for every tree
        long[] seeds = Forest.treeSeeds(forest.randomState(), forest.nEstimators());
        List<Forest.GrownTree<ClassificationTree>> grown = Forest.grow(X.rows(), forest, seeds,
                (randomState, sampleWeight) -> tree.withRandomState(randomState).fit(sorted, y, sampleWeight),
                (t, rows) -> t.predictProba(X.selectRows(rows)));
        List<ClassificationTree> trees = grown.stream().map(Forest.GrownTree::tree).toList();
        Matrix oobDecision = forest.oobScore() ? Forest.outOfBagMean(grown, X.rows(), k) : null;   // n×k
        double oobScore = oobDecision == null ? Double.NaN : ClassificationMetrics.accuracyScore(y, ForestVote.argmax(oobDecision));
        return new RandomForestClassificationModel(trees, seeds, k, X.cols(), oobDecision, oobScore);
    }

    /** Returns e.g. {@code "RandomForestClassifier(nEstimators=100, criterion=gini, maxDepth=None, …, randomState=0)"}. */
    @Override
    public String toString() {
        return WHO + "(nEstimators=" + forest.nEstimators() + ", criterion=" + criterion() + ", maxDepth="
                + (maxDepth() == DecisionTreeClassifier.UNLIMITED ? "None" : Integer.toString(maxDepth()))
                + ", minSamplesSplit=" + minSamplesSplit() + ", minSamplesLeaf=" + minSamplesLeaf()
                + ", minImpurityDecrease=" + minImpurityDecrease() + ", maxFeatures=" + maxFeatures() + ", ccpAlpha=" + ccpAlpha()
                + ", bootstrap=" + bootstrap() + ", oobScore=" + oobScore() + ", nJobs=" + nJobs() + ", randomState=" + randomState() + ")";
    }
}
