package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.tree.Tree;

/**
 * The binary log-loss for boosting, scikit-learn 1.2's {@code BinomialDeviance}: one tree per stage
 * models the log-odds F = log(p/(1 − p)) of class 1,
 * <pre>{@code
 *   F₀ = log(p₁/(1 − p₁)),  p₁ = the share of 1s in y, clipped to [ε, 1 − ε], ε = 2⁻²³ (float32's eps)
 *   r = y − σ(F)       leaf value = Σ r / Σ (y − r)(1 − y + r), one Newton step     (LeafValues)
 *   loss = −(2/m)·Σ [yᵢFᵢ − log(1 + e^(Fᵢ))]             (the deviance: twice the negative log-likelihood)
 * }</pre>
 */
final class BinomialDeviance implements LossFunction {
    /** NumPy's {@code finfo(float32).eps}, the clip of scikit-learn's prior probabilities. */
    static final double FLOAT32_EPS = 0x1.0p-23;

    @Override
    public int treesPerStage() {
        return 1;
    }

    @Override
    public double[] initialRawPrediction(double[] y) {
        int ones = 0;
        for (double v : y) {
            ones += v == 1.0 ? 1 : 0;
        }
        double p = clip((double) ones / y.length);
        return new double[] {Math.log(p / (1 - p))};
    }

    @Override
    public double[] negativeGradient(double[] y, double[][] raw, int k) {
        return PseudoResiduals.binaryLogLoss(y, raw[0]);
    }

    @Override
    public double[] leafValues(Tree tree, int[] region, double[] y, double[] residual, double[] rawK, int k) {
        return LossFunction.withLeaves(tree, LeafValues.newtonStep(y, residual, region, tree.nodeCount(), 1.0));
    }

    @Override
    public double loss(double[] y, double[][] raw, boolean[] rows) {
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (rows == null || rows[i]) {
                double F = raw[0][i];
                sum += y[i] * F - logAddExp(F);
            }
        }
        return -2.0 / LossFunction.count(rows, y.length) * sum;
    }

    /** log(1 + e^F) = log(e⁰ + e^F) as NumPy's {@code logaddexp(0, F)}: max + log1p(e^(−|F|)). */
    static double logAddExp(double F) {
        if (F == 0.0) {
            return Math.log(2.0);
        }
        return F < 0.0 ? Math.log1p(Math.exp(F)) : F + Math.log1p(Math.exp(-F));
    }

    /** p clipped to [ε, 1 − ε]. */
    static double clip(double p) {
        return Math.min(Math.max(p, FLOAT32_EPS), 1 - FLOAT32_EPS);
    }
}
