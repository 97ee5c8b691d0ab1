package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.tree.Tree;

/**
 * The squared error for boosting, scikit-learn 1.2's {@code LeastSquaresError}:
 * <pre>{@code
 *   F₀ = mean(y)      r = y − F      leaf value = the tree's own mean of r (no line search needed)
 *   loss = (1/m)·Σ (yᵢ − Fᵢ)²
 * }</pre>
 */
final class SquaredErrorLoss implements LossFunction {
    @Override
    public int treesPerStage() {
        return 1;
    }

    @Override
    public double[] initialRawPrediction(double[] y) {
        double sum = 0.0;
        for (double v : y) {
            sum += v;
        }
        return new double[] {sum / y.length};
    }

    @Override
    public double[] negativeGradient(double[] y, double[][] raw, int k) {
        return PseudoResiduals.squaredError(y, raw[0]);
    }

    @Override
    public double[] leafValues(Tree tree, int[] region, double[] y, double[] residual, double[] rawK, int k) {
        return LossFunction.treeValues(tree);
    }

    @Override
    public double loss(double[] y, double[][] raw, boolean[] rows) {
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (rows == null || rows[i]) {
                double diff = y[i] - raw[0][i];
                sum += diff * diff;
            }
        }
        return 1.0 / LossFunction.count(rows, y.length) * sum;
    }
}
