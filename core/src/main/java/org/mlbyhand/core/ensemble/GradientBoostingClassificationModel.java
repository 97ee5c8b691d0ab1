package org.mlbyhand.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted gradient-boosting classifier, returned by {@link GradientBoostingClassifier#fit}: raw scores
 * F (K columns: K = 1 for two classes, K = k otherwise) turned into probabilities,
 * <pre>{@code
 *   decisionFunction(x) = F(x) = F₀ + ν·Σ_{s=0}^{S−1} f_s(x)        (stages added in order)
 *   predictProba(x)     = [1 − σ(F), σ(F)]                         two classes, σ(F) = 1/(1 + e^(−F))
 *                         [e^(F_c − log Σ_c' e^(F_c'))]_c            k ≥ 3 classes (softmax)
 *   predict(x)          = the most probable class, the lowest among ties
 * }</pre>
 * as scikit-learn's {@code decision_function}, {@code predict_proba} and {@code predict}; with the
 * initial raw scores ({@code init_}), the S×K trees ({@code estimators_}), the training loss after each
 * stage ({@code train_score_}), the staged versions of all three, and the feature importances. Immutable.
 */
public final class GradientBoostingClassificationModel implements ClassificationModel {
    private final int k;
    private final BoostedEnsemble ensemble;

    GradientBoostingClassificationModel(int k, BoostedEnsemble ensemble) {
        this.k = k;
        this.ensemble = ensemble;
    }

    /** Returns k, the number of classes. */
    @Override
    public int numClasses() {
        return k;
    }

    /** Returns p, the number of features. */
    @Override
    public int numFeatures() {
        return ensemble.p;
    }

    /** Returns F₀ (a copy, length K): the log-odds of class 1 (K = 1), or the log class shares (K = k). */
    public double[] initRawPrediction() {
        return ensemble.init.clone();
    }

    /** Returns the learning rate ν. */
    public double learningRate() {
        return ensemble.learningRate;
    }

    /** Returns S, the number of stages fitted (scikit-learn's {@code n_estimators_}). */
    public int nEstimators() {
        return ensemble.stages.size();
    }

    /** Returns the trees, S lists of K (scikit-learn's {@code estimators_}, S×K); immutable. */
    public List<List<BoostedTree>> estimators() {
        List<List<BoostedTree>> trees = new ArrayList<>(ensemble.stages.size());
        for (BoostedTree[] stage : ensemble.stages) {
            trees.add(List.of(stage));
        }
        return List.copyOf(trees);
    }

    /** Returns the training loss after each stage, length S (scikit-learn's {@code train_score_}; a copy). */
    public double[] trainScore() {
        return ensemble.trainScore.clone();
    }

    /**
     * Returns the raw scores F(x).
     *
     * @param X m×p, finite (not modified)
     * @return m×K (K = 1 for two classes)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public Matrix decisionFunction(Matrix X) {
        Checks.features("GradientBoostingClassificationModel.decisionFunction", X, ensemble.p);
        return scores(ensemble.rawPredict(X));
    }

    /**
     * Returns the class probabilities of each row (formula in the class comment).
     *
     * @param X m×p, finite (not modified)
     * @return m×k, rows summing to 1 up to rounding
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public Matrix predictProba(Matrix X) {
        Checks.features("GradientBoostingClassificationModel.predictProba", X, ensemble.p);
        return probabilities(ensemble.rawPredict(X));
    }

    /**
     * Returns the most probable class of each row, the lowest among ties.
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

    /** Returns {@link #decisionFunction} after each stage, S matrices m×K (scikit-learn's {@code staged_decision_function}). */
    public List<Matrix> stagedDecisionFunction(Matrix X) {
        Checks.features("GradientBoostingClassificationModel.stagedDecisionFunction", X, ensemble.p);
        return ensemble.stagedRawPredict(X).stream().map(GradientBoostingClassificationModel::scores).toList();
    }

    /** Returns {@link #predictProba} after each stage, S matrices m×k (scikit-learn's {@code staged_predict_proba}). */
    public List<Matrix> stagedPredictProba(Matrix X) {
        Checks.features("GradientBoostingClassificationModel.stagedPredictProba", X, ensemble.p);
        return ensemble.stagedRawPredict(X).stream().map(this::probabilities).toList();
    }

    /** Returns {@link #predict} after each stage, S label arrays of length m (scikit-learn's {@code staged_predict}). */
    public List<int[]> stagedPredict(Matrix X) {
        return stagedPredictProba(X).stream().map(ForestVote::argmax).toList();
    }

    /**
     * Returns scikit-learn's {@code feature_importances_} for boosting: the trees' unnormalized mean
     * decreases in impurity (of their residuals), averaged over all S×K trees that split, then normalized.
     *
     * @return length p, entries ≥ 0 summing to 1 (or all 0)
     */
    public double[] featureImportances() {
        return ensemble.featureImportances();
    }

    /** raw (K×m) as an m×K matrix. */
    private static Matrix scores(double[][] raw) {
        int m = raw[0].length;
        Matrix F = Matrix.zeros(m, raw.length);   // m×K
        for (int c = 0; c < raw.length; c++) {
            for (int i = 0; i < m; i++) {
                F.set(i, c, raw[c][i]);
            }
        }
        return F;
    }

    /** raw (K×m) → m×k probabilities: [1 − σ, σ] for K = 1, the softmax of each row otherwise. */
    private Matrix probabilities(double[][] raw) {
        int m = raw[0].length;
        Matrix P = Matrix.zeros(m, k);   // m×k
        for (int i = 0; i < m; i++) {
            if (raw.length == 1) {
                double p1 = PseudoResiduals.sigmoid(raw[0][i]);
                P.set(i, 0, 1.0 - p1);
                P.set(i, 1, p1);
            } else {
                for (int c = 0; c < k; c++) {
                    P.set(i, c, PseudoResiduals.softmax(raw, i, c));
                }
            }
        }
        return P;
    }

    /** Returns e.g. {@code "GradientBoostingClassificationModel(k=3, nEstimators=100, p=4)"}. */
    @Override
    public String toString() {
        return "GradientBoostingClassificationModel(k=" + k + ", nEstimators=" + nEstimators() + ", p=" + ensemble.p + ")";
    }
}
