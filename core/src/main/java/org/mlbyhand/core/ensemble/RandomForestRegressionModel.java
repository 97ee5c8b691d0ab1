package org.mlbyhand.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.RegressionTree;

/**
 * A fitted random forest regressor, returned by {@link RandomForestRegressor#fit}: T regression trees
 * whose predictions are averaged,
 * <pre>{@code
 *   predict(X) = (Σ_{t=0}^{T−1} ŷ_t(X)) / T          (summed in tree order, then divided by T)
 * }</pre>
 * as scikit-learn's {@code predict}; with the fitted trees ({@code estimators_}), their seeds, the
 * feature importances and, when fitted with oobScore, the out-of-bag predictions and R². Immutable.
 */
public final class RandomForestRegressionModel implements RegressionModel {
    private final List<RegressionTree> trees;
    private final long[] seeds;
    private final int p;
    private final double[] oobPrediction;   // length n, or null without oobScore
    private final double oobScore;

    RandomForestRegressionModel(List<RegressionTree> trees, long[] seeds, int p, double[] oobPrediction, double oobScore) {
        this.trees = List.copyOf(trees);
        this.seeds = seeds;
        this.p = p;
        this.oobPrediction = oobPrediction;
        this.oobScore = oobScore;
    }

    /** Returns the fitted trees, in order (scikit-learn's {@code estimators_}); the list and the trees are immutable. */
    public List<RegressionTree> estimators() {
        return trees;
    }

    /**
     * Returns each tree's seed s_t; the recipe from s_t to the tree is
     * {@link RandomForestClassificationModel#randomStates()}'s, with the DecisionTreeRegressor.
     *
     * @return a copy, length T
     */
    public long[] randomStates() {
        return seeds.clone();
    }

    /** Returns p, the number of features. */
    @Override
    public int numFeatures() {
        return p;
    }

    /**
     * Returns the trees' mean prediction for each row.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public double[] predict(Matrix X) {
        Checks.features("RandomForestRegressionModel.predict", X, p);
        double[] sum = new double[X.rows()];
        for (RegressionTree tree : trees) {
            double[] yHat = tree.predict(X);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += yHat[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= trees.size();
        }
        return sum;
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
        for (RegressionTree tree : trees) {
            perTree.add(tree.tree().nodeCount() > 1 ? tree.featureImportances() : null);
        }
        return Forest.meanImportances(perTree, p);
    }

    /**
     * Returns the out-of-bag R², scikit-learn's {@code oob_score_}: 1 − Σ(yᵢ − ŷᵢ)²/Σ(yᵢ − ȳ)² with ŷ the
     * out-of-bag predictions ({@link #oobPrediction}).
     *
     * @throws IllegalStateException if the forest was fitted without oobScore
     */
    public double oobScore() {
        requireOob("oobScore");
        return oobScore;
    }

    /**
     * Returns, for each training row, the mean prediction of the trees that did not see it,
     * scikit-learn's {@code oob_prediction_}; 0 for a row every tree saw.
     *
     * @return length n, a copy
     * @throws IllegalStateException if the forest was fitted without oobScore
     */
    public double[] oobPrediction() {
        requireOob("oobPrediction");
        return oobPrediction.clone();
    }

    private void requireOob(String what) {
        if (oobPrediction == null) {
            throw new IllegalStateException("RandomForestRegressionModel." + what
                    + ": the forest was fitted without oobScore; fit with RandomForestRegressor.withOobScore(true)");
        }
    }

    /** Returns e.g. {@code "RandomForestRegressionModel(nEstimators=100, p=10)"}. */
    @Override
    public String toString() {
        return "RandomForestRegressionModel(nEstimators=" + trees.size() + ", p=" + p + ")";
    }
}
