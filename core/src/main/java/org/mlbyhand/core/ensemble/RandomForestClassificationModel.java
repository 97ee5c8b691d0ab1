package org.mlbyhand.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.ClassificationTree;

/**
 * A fitted random forest classifier, returned by {@link RandomForestClassifier#fit}: T classification
 * trees whose probabilities are averaged,
 * <pre>{@code
 *   predictProba(X) = (1/T)·Σ_t P_t(X)        (m×k; the trees summed in order)
 *   predict(X)      = the row-wise argmax, the lowest class among ties        (ForestVote)
 * }</pre>
 * as scikit-learn's {@code predict_proba} and {@code predict}; with the fitted trees
 * ({@code estimators_}), their seeds, the feature importances and, when fitted with oobScore, the
 * out-of-bag decision function and score. Immutable.
 */
public final class RandomForestClassificationModel implements ClassificationModel {
    private final List<ClassificationTree> trees;
    private final long[] seeds;
    private final int k;
    private final int p;
    private final Matrix oobDecisionFunction;   // n×k, or null without oobScore
    private final double oobScore;

    RandomForestClassificationModel(List<ClassificationTree> trees, long[] seeds, int k, int p, Matrix oobDecisionFunction,
                                    double oobScore) {
        this.trees = List.copyOf(trees);
        this.seeds = seeds;
        this.k = k;
        this.p = p;
        this.oobDecisionFunction = oobDecisionFunction;
        this.oobScore = oobScore;
    }

    /** Returns the fitted trees, in order (scikit-learn's {@code estimators_}); the list and the trees are immutable. */
    public List<ClassificationTree> estimators() {
        return trees;
    }

    /**
     * Returns each tree's seed s_t, from which all its randomness follows:
     * <pre>{@code
     *   s_t      = the (t+1)-th nextLong() of new Rng(randomState)
     *   rng_t    = new Rng(s_t)
     *   counts_t = Bootstrap.sampleCounts(rng_t, n)                   (only with bootstrap)
     *   tree_t   = the trainer's DecisionTreeClassifier .withRandomState(rng_t.nextLong())
     *              .fit(X, y, counts_t as weights)                    (null weights without bootstrap)
     * }</pre>
     *
     * @return a copy, length T
     */
    public long[] randomStates() {
        return seeds.clone();
    }

    /** Returns k, the number of classes. */
    @Override
    public int numClasses() {
        return k;
    }

    /** Returns p, the number of features. */
    @Override
    public int numFeatures() {
        return p;
    }

    /**
     * Returns the trees' mean class probabilities ({@link ForestVote#meanProbabilities}).
     *
     * @param X m×p, finite (not modified)
     * @return m×k, rows summing to 1 up to rounding
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public Matrix predictProba(Matrix X) {
        Checks.features("RandomForestClassificationModel.predictProba", X, p);
        List<Matrix> probabilities = new ArrayList<>(trees.size());
        for (ClassificationTree tree : trees) {
            probabilities.add(tree.predictProba(X));   // m×k
        }
        return ForestVote.meanProbabilities(probabilities);
    }

    /**
     * Returns the most probable class of each row under {@link #predictProba}, the lowest among ties.
     *
     * @param X m×p, finite (not modified)
     * @return length m, labels in [0, k)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public int[] predict(Matrix X) {
        return ForestVote.argmax(predictProba(X));
    }

    /**
     * Returns the mean decrease in impurity per feature, scikit-learn's {@code feature_importances_}:
     * the mean of the trees' normalized importances over the trees with at least one split, divided by
     * its sum (all zeros if no tree splits).
     *
     * @return length p, entries ≥ 0 summing to 1 (or all 0)
     */
    public double[] featureImportances() {
        List<double[]> perTree = new ArrayList<>(trees.size());
        for (ClassificationTree tree : trees) {
            perTree.add(tree.tree().nodeCount() > 1 ? tree.featureImportances() : null);
        }
        return Forest.meanImportances(perTree, p);
    }

    /**
     * Returns the out-of-bag accuracy, scikit-learn's {@code oob_score_}: the share of training rows
     * whose out-of-bag decision function ({@link #oobDecisionFunction}) has its argmax at the true label.
     *
     * @throws IllegalStateException if the forest was fitted without oobScore
     */
    public double oobScore() {
        requireOob("oobScore");
        return oobScore;
    }

    /**
     * Returns, for each training row, the mean class probabilities of the trees that did not see it,
     * scikit-learn's {@code oob_decision_function_}; a row that every tree saw gets all zeros.
     *
     * @return n×k, a copy
     * @throws IllegalStateException if the forest was fitted without oobScore
     */
    public Matrix oobDecisionFunction() {
        requireOob("oobDecisionFunction");
        return oobDecisionFunction.copy();
    }

    private void requireOob(String what) {
        if (oobDecisionFunction == null) {
            throw new IllegalStateException("RandomForestClassificationModel." + what
                    + ": the forest was fitted without oobScore; fit with RandomForestClassifier.withOobScore(true)");
        }
    }

    /** Returns e.g. {@code "RandomForestClassificationModel(nEstimators=100, k=3, p=13)"}. */
    @Override
    public String toString() {
        return "RandomForestClassificationModel(nEstimators=" + trees.size() + ", k=" + k + ", p=" + p + ")";
    }
}
