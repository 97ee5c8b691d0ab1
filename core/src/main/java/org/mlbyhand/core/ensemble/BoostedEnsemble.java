package org.mlbyhand.core.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.Tree;

/**
 * What a gradient-boosting fit leaves behind, shared by the regressor's and the classifier's models:
 * <pre>{@code
 *   F(x) = F₀ + ν·Σ_{s < S} f_s(x)          per tree column k: F_k(x) = F₀ₖ + ν·Σ_s f_{s,k}(x)
 * }</pre>
 * with F₀ the initial raw prediction (length K), ν the learning rate and S stages of K
 * {@link BoostedTree}s, added stage by stage in order as scikit-learn's {@code predict_stages} does;
 * and the training score of every stage. Immutable.
 */
final class BoostedEnsemble {
    final double[] init;
    final List<BoostedTree[]> stages;
    final double learningRate;
    final double[] trainScore;
    final int p;

    BoostedEnsemble(double[] init, List<BoostedTree[]> stages, double learningRate, double[] trainScore, int p) {
        this.init = init;
        this.stages = List.copyOf(stages);
        this.learningRate = learningRate;
        this.trainScore = trainScore;
        this.p = p;
    }

    /** K, the number of trees per stage. */
    int treesPerStage() {
        return init.length;
    }

    /** The raw predictions F (K×m) after every stage, on X (checked by the caller). */
    double[][] rawPredict(Matrix X) {
        double[][] raw = initial(X.rows());
        for (BoostedTree[] stage : stages) {
            addStage(stage, X, raw);
        }
        return raw;
    }

    /** The raw predictions after each stage: element s is F after stages 0 … s (K×m each). */
    List<double[][]> stagedRawPredict(Matrix X) {
        double[][] raw = initial(X.rows());
        List<double[][]> staged = new ArrayList<>(stages.size());
        for (BoostedTree[] stage : stages) {
            addStage(stage, X, raw);
            double[][] snapshot = new double[raw.length][];
            for (int k = 0; k < raw.length; k++) {
                snapshot[k] = raw[k].clone();
            }
            staged.add(snapshot);
        }
        return staged;
    }

    /** F₀ repeated for m rows, K×m. */
    double[][] initial(int m) {
        double[][] raw = new double[init.length][m];
        for (int k = 0; k < init.length; k++) {
            Arrays.fill(raw[k], init[k]);
        }
        return raw;
    }

    /** raw[k] += ν·f_{s,k}(X) for every tree k of the stage. */
    void addStage(BoostedTree[] stage, Matrix X, double[][] raw) {
        for (int k = 0; k < stage.length; k++) {
            stage[k].addTo(raw[k], stage[k].tree().apply(X), learningRate);
        }
    }

    /**
     * scikit-learn's {@code feature_importances_} for boosting: each tree's unnormalized mean decrease
     * in impurity Σ_{t split on j} (N_t·i_t − N_L·i_L − N_R·i_R)/N_root, averaged over the trees with a
     * split, then divided by its sum (all zeros if no tree splits).
     */
    double[] featureImportances() {
        double[] mean = new double[p];
        int count = 0;
        for (BoostedTree[] stage : stages) {
            for (BoostedTree b : stage) {
                Tree t = b.tree();
                if (t.nodeCount() > 1) {
                    count++;
                    double[] unnormalized = unnormalizedImportances(t);
                    for (int j = 0; j < p; j++) {
                        mean[j] += unnormalized[j];
                    }
                }
            }
        }
        if (count == 0) {
            return mean;
        }
        double total = 0.0;
        for (int j = 0; j < p; j++) {
            mean[j] /= count;
            total += mean[j];
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= total;
        }
        return mean;
    }

    private double[] unnormalizedImportances(Tree t) {
        int[] left = t.childrenLeft();
        int[] right = t.childrenRight();
        int[] feature = t.feature();
        double[] impurity = t.impurity();
        double[] N = t.weightedNNodeSamples();
        double[] importances = new double[p];
        for (int node = 0; node < left.length; node++) {
            if (left[node] != Tree.TREE_LEAF) {
                int l = left[node];
                int r = right[node];
                importances[feature[node]] += N[node] * impurity[node] - N[l] * impurity[l] - N[r] * impurity[r];
            }
        }
        for (int j = 0; j < p; j++) {
            importances[j] /= N[0];
        }
        return importances;
    }
}
