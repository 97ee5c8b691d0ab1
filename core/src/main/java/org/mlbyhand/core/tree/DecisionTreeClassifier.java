package org.mlbyhand.core.tree;

import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A CART classification tree, scikit-learn 1.2's {@code DecisionTreeClassifier(splitter='best')}: the
 * trainer whose {@link #fit} grows, greedily and depth first, the binary tree that at every node takes
 * the split of largest impurity decrease, then prunes it by cost complexity ({@code ccpAlpha}), and
 * returns the {@link ClassificationTree}. The rules, each as scikit-learn applies it:
 * <pre>{@code
 *   impurity        gini 1 − Σ_c N_c²/N_t²  or  entropy −Σ_c (N_c/N_t)·log₂(N_c/N_t)    (ClassificationCriterion)
 *   candidates      between sorted values x₍ₚ₋₁₎ < x₍ₚ₎ with x₍ₚ₎ > x₍ₚ₋₁₎ + 1e-7; constant feature: max − min ≤ 1e-7
 *   allowed         both children keep ≥ minSamplesLeaf rows
 *   chosen          the largest proxy −N_R·i_R − N_L·i_L, a candidate replacing the best only if strictly better
 *   threshold       x₍ₚ₋₁₎/2 + x₍ₚ₎/2, or x₍ₚ₋₁₎ if that rounds to x₍ₚ₎                  (x ≤ threshold goes left)
 *   improvement     N_t/N·(i_t − N_R/N_t·i_R − N_L/N_t·i_L)                       (N: all training weight)
 *   leaf            depth = maxDepth, n_t < max(minSamplesSplit, 2·minSamplesLeaf), i_t ≤ ε, no allowed split,
 *                   or improvement + ε < minImpurityDecrease;     ε = 2⁻⁵² ≈ 2.2e-16
 *   node order      depth first, left child first (scikit-learn's node ids); every node stores its counts
 *   pruning         α_eff(t) = (R(t) − R(T_t))/(|leaves(T_t)| − 1), R(t) = N_t/N·i_t: prune the smallest
 *                   while α_eff ≤ ccpAlpha (only if ccpAlpha > 0; see costComplexityPruningPath)
 * }</pre>
 * (Splitter, TreeBuilder and CostComplexity spell each rule out.) N_c, N_t are weighted counts: the
 * number of rows without sample weights. Class labels are 0 … k−1 with k = max(y) + 1; a label with no
 * rows has probability 0 (scikit-learn would renumber the labels present).
 *
 * <p><b>Randomness and ties.</b> With maxFeatures = all, every node examines features in index order,
 * so ties (equal proxies) go to the lowest feature index, then to the lowest threshold: the tree is a
 * deterministic function of (X, y). scikit-learn permutes the features at every node even then, so on
 * a tie its choice depends on {@code random_state}; on data without ties the two trees are identical
 * (the parity tests check this on data where 20 random states give one tree). With maxFeatures = m &lt; p,
 * each node draws features without replacement (Fisher–Yates) from an {@link org.mlbyhand.core.random.Rng}
 * seeded by randomState, until m non-constant features were examined, as scikit-learn does with its own
 * generator; the same seed gives the same tree, but not scikit-learn's.
 *
 * <p><b>Precision.</b> scikit-learn first rounds X to float32 (fit and predict); this class computes on the
 * doubles given. On float32-representable X (for example X rounded to float32 first) thresholds,
 * impurities, values and predictions agree with scikit-learn's to rounding of the sums (exactly, with
 * integer weights and counts; the one float32 effect kept out is the 1e-7 grouping of values in [1, 2),
 * see {@link Splitter}). Not implemented: {@code splitter='random'}, {@code max_leaf_nodes},
 * {@code min_weight_fraction_leaf}, {@code class_weight}, multi-output y, missing values.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class DecisionTreeClassifier implements Classifier<ClassificationTree> {
    /** maxDepth meaning "no limit", scikit-learn's {@code max_depth=None} (which it also stores as 2³¹ − 1). */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private static final String WHO = "DecisionTreeClassifier";

    private final ClassificationCriterion criterion;
    private final TreeParameters params;

    /** Creates the trainer with scikit-learn's defaults (gini, unlimited depth, minSamplesSplit 2, minSamplesLeaf 1, all features, no pruning) and randomState 0. */
    public DecisionTreeClassifier() {
        this(ClassificationCriterion.GINI, TreeParameters.defaults(WHO));
    }

    private DecisionTreeClassifier(ClassificationCriterion criterion, TreeParameters params) {
        if (criterion == null) {
            throw new IllegalArgumentException(WHO + ": criterion is null; use ClassificationCriterion.GINI or ENTROPY");
        }
        this.criterion = criterion;
        this.params = params;
    }

    /** Returns a trainer with this impurity (not null, else IllegalArgumentException). */
    public DecisionTreeClassifier withCriterion(ClassificationCriterion criterion) {
        return new DecisionTreeClassifier(criterion, params);
    }

    /** Returns a trainer whose leaves are at depth ≤ maxDepth ≥ 1 ({@link #UNLIMITED} for none; else IllegalArgumentException). */
    public DecisionTreeClassifier withMaxDepth(int maxDepth) {
        return new DecisionTreeClassifier(criterion, params.withMaxDepth(maxDepth));
    }

    /** Returns a trainer that splits only nodes of ≥ minSamplesSplit ≥ 2 rows (else IllegalArgumentException). */
    public DecisionTreeClassifier withMinSamplesSplit(int minSamplesSplit) {
        return new DecisionTreeClassifier(criterion, params.withMinSamplesSplit(minSamplesSplit));
    }

    /** Returns a trainer whose leaves keep ≥ minSamplesLeaf ≥ 1 rows (else IllegalArgumentException). */
    public DecisionTreeClassifier withMinSamplesLeaf(int minSamplesLeaf) {
        return new DecisionTreeClassifier(criterion, params.withMinSamplesLeaf(minSamplesLeaf));
    }

    /** Returns a trainer that splits only when improvement + ε ≥ minImpurityDecrease ≥ 0 (finite; else IllegalArgumentException). */
    public DecisionTreeClassifier withMinImpurityDecrease(double minImpurityDecrease) {
        return new DecisionTreeClassifier(criterion, params.withMinImpurityDecrease(minImpurityDecrease));
    }

    /** Returns a trainer examining maxFeatures features per node (not null, else IllegalArgumentException). */
    public DecisionTreeClassifier withMaxFeatures(MaxFeatures maxFeatures) {
        return new DecisionTreeClassifier(criterion, params.withMaxFeatures(maxFeatures));
    }

    /** Returns a trainer whose feature draws (maxFeatures &lt; p) are seeded by randomState. */
    public DecisionTreeClassifier withRandomState(long randomState) {
        return new DecisionTreeClassifier(criterion, params.withRandomState(randomState));
    }

    /** Returns a trainer that prunes with complexity parameter ccpAlpha ≥ 0 (finite; 0 = no pruning; else IllegalArgumentException). */
    public DecisionTreeClassifier withCcpAlpha(double ccpAlpha) {
        return new DecisionTreeClassifier(criterion, params.withCcpAlpha(ccpAlpha));
    }

    /** Returns the impurity criterion. */
    public ClassificationCriterion criterion() {
        return criterion;
    }

    /** Returns the depth limit ({@link #UNLIMITED} for none). */
    public int maxDepth() {
        return params.maxDepth();
    }

    /** Returns the fewest rows a node needs to be split. */
    public int minSamplesSplit() {
        return params.minSamplesSplit();
    }

    /** Returns the fewest rows a leaf keeps. */
    public int minSamplesLeaf() {
        return params.minSamplesLeaf();
    }

    /** Returns the smallest improvement a split needs. */
    public double minImpurityDecrease() {
        return params.minImpurityDecrease();
    }

    /** Returns how many features each node examines. */
    public MaxFeatures maxFeatures() {
        return params.maxFeatures();
    }

    /** Returns the seed of the feature draws. */
    public long randomState() {
        return params.randomState();
    }

    /** Returns the cost-complexity pruning parameter. */
    public double ccpAlpha() {
        return params.ccpAlpha();
    }

    /**
     * Grows the tree on (X, y), every row of weight 1, and prunes it if ccpAlpha &gt; 0.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n labels ≥ 0 (not modified); k = max(y) + 1
     * @return the fitted tree
     * @throws IllegalArgumentException if X is empty or not finite, a label is negative (named), or
     *                                  maxFeatures asks for more than p features
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public ClassificationTree fit(Matrix X, int[] y) {
        return fit(X, y, null);
    }

    /**
     * Grows the tree with sample weights (N_c, N_t are sums of weights; rows of weight 0 are left out;
     * minSamplesLeaf and minSamplesSplit still count rows), and prunes it if ccpAlpha &gt; 0.
     *
     * @param sampleWeight length n, finite, ≥ 0, positive sum (not modified); null for all 1
     * @throws IllegalArgumentException as {@link #fit(Matrix, int[])}, or a weight is negative or not finite (named)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y or sampleWeight does not have length n
     */
    public ClassificationTree fit(Matrix X, int[] y, double[] sampleWeight) {
        String who = WHO + ".fit";
        int k = TreeInputs.labels(who, X, y);
        double[] w = TreeInputs.weights(who, X, sampleWeight);
        return fitChecked(PresortedFeatures.sort(X), y, k, w);
    }

    /**
     * As {@link #fit(Matrix, int[], double[])}, on features sorted once for many fits (a forest's trees):
     * the same tree, bit for bit, without sorting X again.
     *
     * @param X            n×p features, presorted (not modified)
     * @param y            length n labels ≥ 0 (not modified); k = max(y) + 1
     * @param sampleWeight length n, finite, ≥ 0, positive sum (not modified); null for all 1
     * @throws IllegalArgumentException if a label or a weight is negative, or a weight is not finite (named), or
     *                                  maxFeatures asks for more than p features
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y or sampleWeight does not have length n
     */
    public ClassificationTree fit(PresortedFeatures X, int[] y, double[] sampleWeight) {
        String who = WHO + ".fit";
        int k = TreeInputs.labels(who, X, y);
        return fitChecked(X, y, k, TreeInputs.weights(who, X, sampleWeight));
    }

    private ClassificationTree fitChecked(PresortedFeatures X, int[] y, int k, double[] w) {
        Tree grown = grow(X, y, k, w);
        return new ClassificationTree(params.ccpAlpha() > 0.0 ? CostComplexity.prune(grown, params.ccpAlpha()) : grown, k);
    }

    /**
     * Returns the minimal cost-complexity pruning path of the tree this trainer grows without pruning
     * (its own ccpAlpha plays no part): scikit-learn's {@code cost_complexity_pruning_path(X, y)}.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n labels ≥ 0 (not modified)
     * @throws IllegalArgumentException as {@link #fit}
     */
    public PruningPath costComplexityPruningPath(Matrix X, int[] y) {
        return costComplexityPruningPath(X, y, null);
    }

    /** As {@link #costComplexityPruningPath(Matrix, int[])}, with sample weights (null for all 1). */
    public PruningPath costComplexityPruningPath(Matrix X, int[] y, double[] sampleWeight) {
        String who = WHO + ".costComplexityPruningPath";
        int k = TreeInputs.labels(who, X, y);
        double[] w = TreeInputs.weights(who, X, sampleWeight);
        return CostComplexity.path(grow(PresortedFeatures.sort(X), y, k, w));
    }

    private Tree grow(PresortedFeatures X, int[] y, int k, double[] w) {
        double total = 0.0;
        for (double wi : w) {
            total += wi;
        }
        return TreeBuilder.grow(X, w, new ClassCounts(y, k, w, total, criterion), params);
    }

    /** Returns e.g. {@code "DecisionTreeClassifier(criterion=gini, maxDepth=None, minSamplesSplit=2, …)"}. */
    @Override
    public String toString() {
        return WHO + "(criterion=" + criterion + ", " + params.describe() + ")";
    }
}
