package org.mlbyhand.core.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.PresortedFeatures;
import org.mlbyhand.core.tree.Tree;

/**
 * The gradient-boosting loop, scikit-learn 1.2's {@code BaseGradientBoosting._fit_stages} and
 * {@code _fit_stage} (Friedman, 2001), for any {@link LossFunction}:
 * <pre>{@code
 *   F ← F₀ = loss.initialRawPrediction(y)                                                   K×n
 *   for stage s = 0, 1, …, nEstimators − 1:
 *     rows ← every row, or nInBag = max(1, ⌊subsample·n⌋) rows drawn without replacement
 *     F' ← F                                                      (all K trees of a stage see F')
 *     for k = 0, …, K−1:
 *       r ← loss.negativeGradient(y, F', k)                                        pseudo-residuals
 *       tree ← DecisionTreeRegressor fitted to (X, r), weight 1 on rows, 0 elsewhere   (X presorted once)
 *       values ← loss.leafValues(tree, leaves of rows, y, r, F'_k)                  line search per leaf
 *       F_k ← F_k + ν·values[leaf(xᵢ)]                                             every row, in or out
 *     trainScore[s] ← loss(y, F) over rows
 *     early stopping: v ← loss(y_val, F_val); if v + tol < h for some h of the last nIterNoChange
 *       stage losses (initially +∞) then h[s mod nIterNoChange] ← v, else stop with s + 1 stages
 * }</pre>
 * The randomness, in order, from one Rng(randomState): each stage's subsample (a partial Fisher–Yates
 * shuffle, nInBag draws) when subsample &lt; 1, then one long per tree as its randomState (its feature
 * draws when maxFeatures &lt; p). The validation rows are split off by the caller.
 */
final class Boosting {
    private Boosting() {
    }

    /**
     * Runs the loop on (X, y), with early stopping on (XVal, yVal) when the parameters ask for it.
     *
     * @param X    n×p training rows, checked (not modified)
     * @param y    length n targets or labels as doubles (not modified)
     * @param XVal the validation rows, or null without early stopping
     * @param yVal their targets, or null
     */
    static BoostedEnsemble fit(Matrix X, double[] y, Matrix XVal, double[] yVal, LossFunction loss, BoostingParameters params) {
        int n = X.rows();
        PresortedFeatures sorted = PresortedFeatures.of(X);   // sorted once for every stage
        double[] init = loss.initialRawPrediction(y);
        BoostedEnsemble start = new BoostedEnsemble(init, List.of(), params.learningRate(), new double[0], X.cols());
        double[][] F = start.initial(n);                                  // K×n
        double[][] FVal = XVal == null ? null : start.initial(XVal.rows());
        double[] history = new double[params.nIterNoChange()];
        Arrays.fill(history, Double.POSITIVE_INFINITY);
        Rng rng = new Rng(params.randomState());
        int nInBag = Math.max(1, (int) (params.subsample() * n));
        List<BoostedTree[]> stages = new ArrayList<>();
        double[] trainScore = new double[params.nEstimators()];
        int s = 0;
        while (s < params.nEstimators()) {
            boolean[] rows = params.subsample() < 1.0 ? subsample(rng, n, nInBag) : null;
            BoostedTree[] stage = fitStage(sorted, X, y, F, rows, rng, loss, params);
            stages.add(stage);
            trainScore[s++] = loss.loss(y, F, rows);
            if (FVal != null) {
                start.addStage(stage, XVal, FVal);
                if (!improves(loss.loss(yVal, FVal, null), history, s - 1, params.tol())) {
                    break;
                }
            }
        }
        return new BoostedEnsemble(init, stages, params.learningRate(), Arrays.copyOf(trainScore, s), X.cols());
    }

    /** Fits the K trees of one stage to the residuals at F (K×n, overwritten with F + ν·trees). */
    private static BoostedTree[] fitStage(PresortedFeatures sorted, Matrix X, double[] y, double[][] F, boolean[] rows, Rng rng,
                                          LossFunction loss, BoostingParameters params) {
        double[] weight = rows == null ? null : weights(rows);
        double[][] before = copy(F);
        BoostedTree[] stage = new BoostedTree[F.length];
        for (int k = 0; k < F.length; k++) {
            double[] residual = loss.negativeGradient(y, before, k);
            DecisionTreeRegressor trainer = params.tree().withRandomState(rng.nextLong());
            Tree tree = trainer.fit(sorted, residual, weight).tree();
            int[] leaves = tree.apply(X);
            stage[k] = new BoostedTree(tree, loss.leafValues(tree, inSubsample(leaves, rows), y, residual, before[k], k));
            stage[k].addTo(F[k], leaves, params.learningRate());
        }
        return stage;
    }

    /** The leaves of the rows in the subsample, −1 for the others (scikit-learn's masked terminal regions). */
    private static int[] inSubsample(int[] leaves, boolean[] rows) {
        if (rows == null) {
            return leaves;
        }
        int[] region = leaves.clone();
        for (int i = 0; i < region.length; i++) {
            region[i] = rows[i] ? region[i] : -1;
        }
        return region;
    }

    /**
     * scikit-learn's early-stopping rule: the stage's validation loss v counts as progress if v + tol is
     * below one of the last losses kept; then it replaces the oldest slot (stage mod size).
     */
    static boolean improves(double v, double[] history, int stage, double tol) {
        for (double h : history) {
            if (v + tol < h) {
                history[stage % history.length] = v;
                return true;
            }
        }
        return false;
    }

    /** nInBag of the n rows, drawn without replacement (the first nInBag steps of a Fisher–Yates shuffle). */
    static boolean[] subsample(Rng rng, int n, int nInBag) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean[] in = new boolean[n];
        for (int d = 0; d < nInBag; d++) {
            int r = d + rng.nextInt(n - d);
            int row = order[r];
            order[r] = order[d];
            order[d] = row;
            in[row] = true;
        }
        return in;
    }

    private static double[] weights(boolean[] rows) {
        double[] w = new double[rows.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = rows[i] ? 1.0 : 0.0;
        }
        return w;
    }

    private static double[][] copy(double[][] F) {
        double[][] c = new double[F.length][];
        for (int k = 0; k < F.length; k++) {
            c[k] = F[k].clone();
        }
        return c;
    }
}
