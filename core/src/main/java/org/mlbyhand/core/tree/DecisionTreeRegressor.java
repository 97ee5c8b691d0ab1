package org.mlbyhand.core.tree;

import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A CART regression tree, scikit-learn 1.2's {@code DecisionTreeRegressor(splitter='best')}: the trainer
 * whose {@link #fit} grows, greedily and depth first, the binary tree that at every node takes the split
 * of largest decrease in weighted variance, prunes it by cost complexity ({@code ccpAlpha}), and returns
 * the {@link RegressionTree}, which predicts each leaf's weighted mean. The rules are
 * {@link DecisionTreeClassifier}'s, with the impurity and scores of a {@link RegressionCriterion}:
 * <pre>{@code
 *   impurity        i_t = Q/N_t − (S/N_t)²,   S = Σ wᵢyᵢ,  Q = Σ wᵢyᵢ²               (weighted variance)
 *   chosen          squared_error: the largest S_L²/N_L + S_R²/N_R;
 *                   friedman_mse:  the largest (N_R·S_L − N_L·S_R)²/(N_L·N_R)     (the same split on one node)
 *   improvement     squared_error: N_t/N·(i_t − N_R/N_t·i_R − N_L/N_t·i_L);
 *                   friedman_mse:  (N_R·S_L − N_L·S_R)²/(N_L·N_R·N_t)             (not divided by N)
 *   children        i_L = Q_L/N_L − (S_L/N_L)²,  i_R = (Q − Q_L)/N_R − (S_R/N_R)²     (kept for the children)
 *   leaf value      S/N_t
 * }</pre>
 * and the same candidates, thresholds, minSamplesLeaf, leaf conditions (i_t ≤ ε = 2⁻⁵², improvement + ε
 * &lt; minImpurityDecrease), node order, feature draws and pruning. Gradient boosting grows these trees
 * with FRIEDMAN_MSE on its residuals.
 *
 * <p><b>Precision.</b> As for the classifier: computed on the doubles given, where scikit-learn rounds X
 * to float32; the running sums S, Q are rounded in row order (scikit-learn's order depends on its
 * sort), so impurities agree to rounding, and exactly when every wᵢyᵢ and wᵢyᵢ² is an integer (or a
 * dyadic fraction) small enough for the sums to be exact. Ties go to the lowest feature index (see
 * {@link DecisionTreeClassifier}).
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class DecisionTreeRegressor implements Regressor<RegressionTree> {
    /** maxDepth meaning "no limit", scikit-learn's {@code max_depth=None}. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private static final String WHO = "DecisionTreeRegressor";

    private final RegressionCriterion criterion;
    private final TreeParameters params;

    /** Creates the trainer with scikit-learn's defaults (squared_error, unlimited depth, minSamplesSplit 2, minSamplesLeaf 1, all features, no pruning) and randomState 0. */
    public DecisionTreeRegressor() {
        this(RegressionCriterion.SQUARED_ERROR, TreeParameters.defaults(WHO));
    }

    private DecisionTreeRegressor(RegressionCriterion criterion, TreeParameters params) {
        if (criterion == null) {
            throw new IllegalArgumentException(WHO + ": criterion is null; use RegressionCriterion.SQUARED_ERROR or FRIEDMAN_MSE");
        }
        this.criterion = criterion;
        this.params = params;
    }

    /** Returns a trainer with this criterion (not null, else IllegalArgumentException). */
    public DecisionTreeRegressor withCriterion(RegressionCriterion criterion) {
        return new DecisionTreeRegressor(criterion, params);
    }

    /** Returns a trainer whose leaves are at depth ≤ maxDepth ≥ 1 ({@link #UNLIMITED} for none; else IllegalArgumentException). */
    public DecisionTreeRegressor withMaxDepth(int maxDepth) {
        return new DecisionTreeRegressor(criterion, params.withMaxDepth(maxDepth));
    }

    /** Returns a trainer that splits only nodes of ≥ minSamplesSplit ≥ 2 rows (else IllegalArgumentException). */
    public DecisionTreeRegressor withMinSamplesSplit(int minSamplesSplit) {
        return new DecisionTreeRegressor(criterion, params.withMinSamplesSplit(minSamplesSplit));
    }

    /** Returns a trainer whose leaves keep ≥ minSamplesLeaf ≥ 1 rows (else IllegalArgumentException). */
    public DecisionTreeRegressor withMinSamplesLeaf(int minSamplesLeaf) {
        return new DecisionTreeRegressor(criterion, params.withMinSamplesLeaf(minSamplesLeaf));
    }

    /** Returns a trainer that splits only when improvement + ε ≥ minImpurityDecrease ≥ 0 (finite; else IllegalArgumentException). */
    public DecisionTreeRegressor withMinImpurityDecrease(double minImpurityDecrease) {
        return new DecisionTreeRegressor(criterion, params.withMinImpurityDecrease(minImpurityDecrease));
    }

    /** Returns a trainer examining maxFeatures features per node (not null, else IllegalArgumentException). */
    public DecisionTreeRegressor withMaxFeatures(MaxFeatures maxFeatures) {
        return new DecisionTreeRegressor(criterion, params.withMaxFeatures(maxFeatures));
    }

    /** Returns a trainer whose feature draws (maxFeatures &lt; p) are seeded by randomState. */
    public DecisionTreeRegressor withRandomState(long randomState) {
        return new DecisionTreeRegressor(criterion, params.withRandomState(randomState));
    }

    /** Returns a trainer that prunes with complexity parameter ccpAlpha ≥ 0 (finite; 0 = no pruning; else IllegalArgumentException). */
    public DecisionTreeRegressor withCcpAlpha(double ccpAlpha) {
        return new DecisionTreeRegressor(criterion, params.withCcpAlpha(ccpAlpha));
    }

    /** Returns the criterion. */
    public RegressionCriterion criterion() {
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
     * @param y length n targets, finite (not modified)
     * @return the fitted tree
     * @throws IllegalArgumentException if X is empty, X or y holds a NaN or infinity (named), or
     *                                  maxFeatures asks for more than p features
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public RegressionTree fit(Matrix X, double[] y) {
        return fit(X, y, null);
    }

    /**
     * Grows the tree with sample weights (rows of weight 0 are left out; minSamplesLeaf and
     * minSamplesSplit still count rows), and prunes it if ccpAlpha &gt; 0.
     *
     * @param sampleWeight length n, finite, ≥ 0, positive sum (not modified); null for all 1
     * @throws IllegalArgumentException as {@link #fit(Matrix, double[])}, or a weight is negative or not finite (named)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y or sampleWeight does not have length n
     */
    public RegressionTree fit(Matrix X, double[] y, double[] sampleWeight) {
        String who = WHO + ".fit";
        TreeInputs.values(who, X, y);
        double[] w = TreeInputs.weights(who, X, sampleWeight);
        return fitChecked(PresortedFeatures.sort(X), y, w);
    }

    /**
     * As {@link #fit(Matrix, double[], double[])}, on features sorted once for many fits (a forest's
     * trees, boosting's stages): the same tree, bit for bit, without sorting X again.
     *
     * @param X            n×p features, presorted (not modified)
     * @param y            length n targets, finite (not modified)
     * @param sampleWeight length n, finite, ≥ 0, positive sum (not modified); null for all 1
     * @throws IllegalArgumentException if y or a weight is not finite, or a weight is negative (named), or
     *                                  maxFeatures asks for more than p features
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y or sampleWeight does not have length n
     */
    public RegressionTree fit(PresortedFeatures X, double[] y, double[] sampleWeight) {
        String who = WHO + ".fit";
        TreeInputs.values(who, X, y);
        return fitChecked(X, y, TreeInputs.weights(who, X, sampleWeight));
    }

    private RegressionTree fitChecked(PresortedFeatures X, double[] y, double[] w) {
        Tree grown = grow(X, y, w);
        return new RegressionTree(params.ccpAlpha() > 0.0 ? CostComplexity.prune(grown, params.ccpAlpha()) : grown);
    }

    /**
     * Returns the minimal cost-complexity pruning path of the tree this trainer grows without pruning
     * (its own ccpAlpha plays no part): scikit-learn's {@code cost_complexity_pruning_path(X, y)}.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @throws IllegalArgumentException as {@link #fit}
     */
    public PruningPath costComplexityPruningPath(Matrix X, double[] y) {
        return costComplexityPruningPath(X, y, null);
    }

    /** As {@link #costComplexityPruningPath(Matrix, double[])}, with sample weights (null for all 1). */
    public PruningPath costComplexityPruningPath(Matrix X, double[] y, double[] sampleWeight) {
        String who = WHO + ".costComplexityPruningPath";
        TreeInputs.values(who, X, y);
        double[] w = TreeInputs.weights(who, X, sampleWeight);
        return CostComplexity.path(grow(PresortedFeatures.sort(X), y, w));
    }

    private Tree grow(PresortedFeatures X, double[] y, double[] w) {
        double total = 0.0;
        for (double wi : w) {
            total += wi;
        }
        return TreeBuilder.grow(X, w, new TargetSums(y, w, total, criterion), params);
    }

    /** Returns e.g. {@code "DecisionTreeRegressor(criterion=squared_error, maxDepth=None, …)"}. */
    @Override
    public String toString() {
        return WHO + "(criterion=" + criterion + ", " + params.describe() + ")";
    }
}
