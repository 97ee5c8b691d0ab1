package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.ShapeMismatchException;

class GradientPairsTest {
    private static final double STEP = 1e-5;

    @Test
    void squaredErrorGradientIsTheResidualAndTheHessianIsOne() {
        double[] y = {1.0, -2.0, 3.5};
        double[] yHat = {0.5, -2.0, 4.0};
        assertArrayEquals(new double[] {-0.5, 0.0, 0.5}, GradientPairs.squaredErrorGradient(y, yHat), 0.0);
        assertArrayEquals(new double[] {1.0, 1.0, 1.0}, GradientPairs.squaredErrorHessian(y, yHat), 0.0);
    }

    @Test
    void logisticPairsAtZeroMarginAreHalfMinusYAndAQuarter() {
        int[] y = {0, 1};
        double[] margin = {0.0, 0.0};
        assertArrayEquals(new double[] {0.5, -0.5}, GradientPairs.logisticGradient(y, margin), 0.0);
        assertArrayEquals(new double[] {0.25, 0.25}, GradientPairs.logisticHessian(y, margin), 0.0);
    }

    @Test
    void thePairsAreTheLossesDerivativesByCentralDifferences() {
        double[] margins = {-3.0, -0.4, 0.0, 0.7, 2.5};
        for (double m : margins) {
            for (int label : new int[] {0, 1}) {
                DoubleUnaryOperator logLoss = z -> Activations.softplus(z) - label * z;   // log(1 + e^z) − y·z
                assertDerivatives("log-loss, y = " + label + ", margin " + m, logLoss, m,
                        GradientPairs.logisticGradient(new int[] {label}, new double[] {m})[0],
                        GradientPairs.logisticHessian(new int[] {label}, new double[] {m})[0]);
            }
            double target = 0.3;
            DoubleUnaryOperator squared = z -> 0.5 * (z - target) * (z - target);
            assertDerivatives("½(ŷ − y)², margin " + m, squared, m,
                    GradientPairs.squaredErrorGradient(new double[] {target}, new double[] {m})[0],
                    GradientPairs.squaredErrorHessian(new double[] {target}, new double[] {m})[0]);
        }
    }

    @Test
    void theLogisticHessianKeepsItsDigitsWhereTheProbabilityRoundsToOne() {
        // σ(40) rounds to 1 in double, so σ(1 − σ) computed naively is 0; σ(40)·σ(−40) = e^(−40)/(1 + e^(−40))².
        double h = GradientPairs.logisticHessian(new int[] {1}, new double[] {40.0})[0];
        assertEquals(Math.exp(-40), h, 1e-15 * Math.exp(-40));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThrows(ShapeMismatchException.class, () -> GradientPairs.squaredErrorGradient(new double[2], new double[3]));
        assertMessage(() -> GradientPairs.squaredErrorGradient(new double[2], new double[3]),
                "squaredErrorGradient: y has length 2, yHat has length 3");
        assertMessage(() -> GradientPairs.squaredErrorHessian(new double[] {1, Double.NaN}, new double[2]),
                "squaredErrorHessian: y[1] is NaN");
        assertMessage(() -> GradientPairs.logisticGradient(new int[] {0, 2}, new double[2]),
                "logisticGradient: y[1] = 2 is not a binary label; labels are 0 and 1");
        assertMessage(() -> GradientPairs.logisticHessian(new int[] {0, 1}, new double[] {0, Double.NEGATIVE_INFINITY}),
                "logisticHessian: margin[1] is -Infinity");
    }

    private static void assertDerivatives(String what, DoubleUnaryOperator loss, double at, double g, double h) {
        double up = loss.applyAsDouble(at + STEP);
        double down = loss.applyAsDouble(at - STEP);
        double slope = (up - down) / (2 * STEP);
        double curvature = (up - 2 * loss.applyAsDouble(at) + down) / (STEP * STEP);
        assertEquals(slope, g, Tolerances.FINITE_DIFFERENCE, what + ": g");
        assertEquals(curvature, h, Tolerances.SECOND_DIFFERENCE, what + ": h");
    }
}
