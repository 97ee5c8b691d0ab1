package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.tree.Tree;

/**
 * The multiclass log-loss for boosting, scikit-learn 1.2's {@code MultinomialDeviance}: K ≥ 3 trees per
 * stage, tree k modelling the raw score F_k of class k, with p = softmax(F),
 * <pre>{@code
 *   F₀ₖ = log pₖ,  pₖ = the share of class k in y, clipped to [ε, 1 − ε], ε = 2⁻²³
 *   rₖ = [y = k] − pₖ(F)      leaf value = (K−1)/K · Σ rₖ / Σ (yₖ − rₖ)(1 − yₖ + rₖ)       (LeafValues)
 *   loss = (1/m)·Σᵢ [−F_{i,yᵢ} + log Σ_k e^(F_{ik})]       (the negative log-likelihood, not doubled)
 * }</pre>
 * All K trees of a stage are fitted to residuals of the raw predictions before the stage.
 */
final class MultinomialDeviance implements LossFunction {
    private final int K;

    MultinomialDeviance(int K) {
        this.K = K;
    }

    @Override
    public int treesPerStage() {
        return K;
    }

    @Override
    public double[] initialRawPrediction(double[] y) {
        double[] counts = new double[K];
        for (double v : y) {
            counts[(int) v]++;
        }
        double[] init = new double[K];
        for (int k = 0; k < K; k++) {
            init[k] = Math.log(BinomialDeviance.clip(counts[k] / y.length));
        }
        return init;
    }

    @Override
    public double[] negativeGradient(double[] y, double[][] raw, int k) {
        return PseudoResiduals.multinomialLogLoss(indicator(y, k), raw, k);
    }

    @Override
    public double[] leafValues(Tree tree, int[] region, double[] y, double[] residual, double[] rawK, int k) {
        return LossFunction.withLeaves(tree, LeafValues.newtonStep(indicator(y, k), residual, region, tree.nodeCount(),
                (K - 1) / (double) K));
    }

    @Override
    public double loss(double[] y, double[][] raw, boolean[] rows) {
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (rows == null || rows[i]) {
                sum += -raw[(int) y[i]][i] + PseudoResiduals.logSumExp(raw, i);
            }
        }
        return sum / LossFunction.count(rows, y.length);
    }

    /** [yᵢ = k] as 0.0 or 1.0. */
    private static double[] indicator(double[] y, int k) {
        double[] target = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            target[i] = y[i] == k ? 1.0 : 0.0;
        }
        return target;
    }
}
