package org.mlbyhand.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted gradient-boosting regressor, returned by {@link GradientBoostingRegressor#fit}:
 * <pre>{@code
 *   predict(x) = F₀ + ν·Σ_{s=0}^{S−1} f_s(x)          (stages added in order, as scikit-learn's predict_stages)
 * }</pre>
 * with its initial prediction F₀ ({@code init_}), its S trees with their line-search leaf values
 * ({@code estimators_}), the training loss after each stage ({@code train_score_}), the predictions after
 * each stage ({@code staged_predict}) and the feature importances. Immutable.
 */
public final class GradientBoostingRegressionModel implements RegressionModel {
    private final BoostingLoss loss;
    private final BoostedEnsemble ensemble;

    GradientBoostingRegressionModel(BoostingLoss loss, BoostedEnsemble ensemble) {
        this.loss = loss;
        this.ensemble = ensemble;
    }

    /** Returns the loss the model was fitted with. */
    public BoostingLoss loss() {
        return loss;
    }

    /** Returns F₀, the initial prediction: mean(y) or median(y) (scikit-learn's {@code init_.constant_}). */
    public double initPrediction() {
        return ensemble.init[0];
    }

    /** Returns the learning rate ν. */
    public double learningRate() {
        return ensemble.learningRate;
    }

    /** Returns S, the number of stages fitted (scikit-learn's {@code n_estimators_}: fewer than asked after early stopping). */
    public int nEstimators() {
        return ensemble.stages.size();
    }

    /** Returns the S trees in stage order (scikit-learn's {@code estimators_[:, 0]}); immutable. */
    public List<BoostedTree> estimators() {
        List<BoostedTree> trees = new ArrayList<>(ensemble.stages.size());
        for (BoostedTree[] stage : ensemble.stages) {
            trees.add(stage[0]);
        }
        return List.copyOf(trees);
    }

    /** Returns the training loss after each stage, length S (scikit-learn's {@code train_score_}; a copy). */
    public double[] trainScore() {
        return ensemble.trainScore.clone();
    }

    /** Returns p, the number of features. */
    @Override
    public int numFeatures() {
        return ensemble.p;
    }

    /**
     * Returns F₀ + ν·Σ_s f_s(x) for each row.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public double[] predict(Matrix X) {
        Checks.features("GradientBoostingRegressionModel.predict", X, ensemble.p);
        return ensemble.rawPredict(X)[0];
    }

    /**
     * Returns the predictions after each stage: element s is F₀ + ν·Σ_{s' ≤ s} f_{s'}(X), scikit-learn's
     * {@code staged_predict}; the last equals {@link #predict}.
     *
     * @param X m×p, finite (not modified)
     * @return S arrays of length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public List<double[]> stagedPredict(Matrix X) {
        Checks.features("GradientBoostingRegressionModel.stagedPredict", X, ensemble.p);
        List<double[]> staged = new ArrayList<>(ensemble.stages.size());
        for (double[][] raw : ensemble.stagedRawPredict(X)) {
            staged.add(raw[0]);
        }
        return staged;
    }

    /**
     * Returns scikit-learn's {@code feature_importances_} for boosting: the trees' unnormalized mean
     * decreases in impurity (of their residuals), averaged over the trees that split, then normalized.
     *
     * @return length p, entries ≥ 0 summing to 1 (or all 0)
     */
    public double[] featureImportances() {
        return ensemble.featureImportances();
    }

    /** Returns e.g. {@code "GradientBoostingRegressionModel(loss=huber, nEstimators=100, p=4)"}. */
    @Override
    public String toString() {
        return "GradientBoostingRegressionModel(loss=" + loss + ", nEstimators=" + nEstimators() + ", p=" + ensemble.p + ")";
    }
}
