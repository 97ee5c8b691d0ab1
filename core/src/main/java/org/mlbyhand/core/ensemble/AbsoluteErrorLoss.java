package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.tree.Tree;

/**
 * The absolute error for boosting, scikit-learn 1.2's {@code LeastAbsoluteError}:
 * <pre>{@code
 *   F₀ = median(y) (NumPy's, the midpoint for an even count)     r = sign(y − F) (−1 at 0)
 *   leaf value = the lower median of y − F over the leaf's rows  (exact line search)
 *   loss = (1/m)·Σ |yᵢ − Fᵢ|
 * }</pre>
 */
final class AbsoluteErrorLoss implements LossFunction {
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
        return PseudoResiduals.absoluteError(y, raw[0]);
    }

    @Override
    public double[] leafValues(Tree tree, int[] region, double[] y, double[] residual, double[] rawK, int k) {
        return LossFunction.withLeaves(tree, LeafValues.absoluteError(y, rawK, region, tree.nodeCount()));
    }

    @Override
    public double loss(double[] y, double[][] raw, boolean[] rows) {
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (rows == null || rows[i]) {
                sum += Math.abs(y[i] - raw[0][i]);
            }
        }
        return 1.0 / LossFunction.count(rows, y.length) * sum;
    }
}
