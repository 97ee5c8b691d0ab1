package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

class PseudoResidualsTest {
    private static final double H = 1e-6;

    @Test
    void eachResidualIsTheNegativeGradientOfItsLoss() {
        double[] y = {2.0, -1.0, 0.5};
        double[] F = {0.5, 0.3, 0.5 + 1e-3};
        double[] r = PseudoResiduals.squaredError(y, F);
        double[] huber = PseudoResiduals.huber(y, F, 1.0);
        for (int i = 0; i < y.length; i++) {
            double yi = y[i];
            assertEquals(-derivative(f -> 0.5 * (yi - f) * (yi - f), F[i]), r[i], ScikitLearnTolerances.FINITE_DIFFERENCE, "squared, row " + i);
            assertEquals(-derivative(f -> Math.abs(yi - f) <= 1.0 ? 0.5 * (yi - f) * (yi - f) : Math.abs(yi - f) - 0.5, F[i]),
                    huber[i], ScikitLearnTolerances.FINITE_DIFFERENCE, "Huber (γ = 1), row " + i);
        }
        int[] labels = {1, 0, 1};
        double[] logLoss = PseudoResiduals.logLoss(labels, F);
        for (int i = 0; i < y.length; i++) {
            int yi = labels[i];
            DoubleUnaryOperator loss = f -> -yi * Math.log(sigmoid(f)) - (1 - yi) * Math.log(1 - sigmoid(f));
            assertEquals(-derivative(loss, F[i]), logLoss[i], ScikitLearnTolerances.FINITE_DIFFERENCE, "log-loss, row " + i);
        }
    }

    @Test
    void theMulticlassResidualIsTheIndicatorMinusTheSoftmax() {
        Matrix F = Matrix.of(new double[][] {{0.2, -1.0, 0.7}, {1000.0, 0.0, -1000.0}});
        int[] y = {2, 0};
        for (int k = 0; k < 3; k++) {
            int kk = k;
            double[] r = PseudoResiduals.logLoss(y, F, k);
            double[] row = F.row(0);
            DoubleUnaryOperator loss = f -> {
                double[] g = row.clone();
                g[kk] = f;
                double s = Math.exp(g[0]) + Math.exp(g[1]) + Math.exp(g[2]);
                return -Math.log(Math.exp(g[2]) / s);
            };
            assertEquals(-derivative(loss, row[k]), r[0], ScikitLearnTolerances.FINITE_DIFFERENCE, "class " + k);
            assertEquals(0.0, r[1], 0.0, "no overflow at raw scores ±1000, class " + k);
        }
    }

    @Test
    void theAbsoluteErrorResidualIsTheSignAndMinusOneAtZero() {
        assertArrayEquals(new double[] {1, -1, -1}, PseudoResiduals.absoluteError(new double[] {3, 1, 2}, new double[] {2, 2, 2}), 0.0);
    }

    @Test
    void badInputIsNamed() {
        assertThrows(ShapeMismatchException.class, () -> PseudoResiduals.squaredError(new double[2], new double[3]));
        assertMessage(() -> PseudoResiduals.squaredError(new double[] {1, Double.NaN}, new double[2]),
                "PseudoResiduals.squaredError: y[1] is NaN");
        assertMessage(() -> PseudoResiduals.logLoss(new int[] {0, 2}, new double[2]), "PseudoResiduals.logLoss: y[1] = 2 is not a class in [0, 2)");
        assertMessage(() -> PseudoResiduals.logLoss(new int[] {0}, Matrix.zeros(1, 3), 3), "PseudoResiduals.logLoss: k = 3 is not a class in [0, 3)");
        assertMessage(() -> PseudoResiduals.huber(new double[1], new double[1], -1.0), "PseudoResiduals.huber: gamma must be finite and ≥ 0");
    }

    private static double derivative(DoubleUnaryOperator f, double x) {
        return (f.applyAsDouble(x + H) - f.applyAsDouble(x - H)) / (2 * H);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
