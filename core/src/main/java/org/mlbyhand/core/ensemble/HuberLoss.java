package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.tree.Tree;

/**
 * The Huber loss for boosting, scikit-learn 1.2's {@code HuberLossFunction} (Friedman's M-regression):
 * quadratic for residuals up to γ, linear beyond, with γ re-estimated every stage,
 * <pre>{@code
 *   F₀ = median(y)                          γ = lower(|y − F|, 100·α), over every training row    (Percentiles)
 *   r = y − F where |y − F| ≤ γ, else γ·sign(y − F)
 *   leaf value = m + mean(sign(d − m)·min(|d − m|, γ)),  d = y − F, m = the lower median of d     (one step)
 *   loss = (1/m)·[Σ_{|d| ≤ γ} ½dᵢ² + Σ_{|d| > γ} γ·(|dᵢ| − γ/2)]       with the γ of the last residuals
 * }</pre>
 * α = 0.9 by default: the 10% largest residuals are treated as outliers. Mutable: one instance per fit.
 */
final class HuberLoss implements LossFunction {
    private final double alpha;
    private double gamma = Double.NaN;

    HuberLoss(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public int treesPerStage() {
        return 1;
    }

    @Override
    public double[] initialRawPrediction(double[] y) {
        return new double[] {Percentiles.median(y)};
    }

    @Override
    public double[] negativeGradient(double[] y, double[][] raw, int k) {
        double[] absDiff = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            absDiff[i] = Math.abs(y[i] - raw[0][i]);
        }
        gamma = Percentiles.lower(absDiff, alpha * 100);
        return PseudoResiduals.huber(y, raw[0], gamma);
    }

    @Override
    public double[] leafValues(Tree tree, int[] region, double[] y, double[] residual, double[] rawK, int k) {
        return LossFunction.withLeaves(tree, LeafValues.huber(y, rawK, region, tree.nodeCount(), gamma));
    }

    @Override
    public double loss(double[] y, double[][] raw, boolean[] rows) {
        double squared = 0.0;
        double linear = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (rows == null || rows[i]) {
                double diff = y[i] - raw[0][i];
                if (Math.abs(diff) <= gamma) {
                    squared += 0.5 * diff * diff;
                } else {
                    linear += gamma * (Math.abs(diff) - gamma / 2);
                }
            }
        }
        return (squared + linear) / LossFunction.count(rows, y.length);
    }
}
