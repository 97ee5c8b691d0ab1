package org.mlbyhand.core.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

class ActivationsTest {
    @Test
    void sigmoidIsFiniteAndExactInBothTails() {
        assertEquals(0.5, Activations.sigmoid(0.0));
        assertEquals(1.0, Activations.sigmoid(1000.0));
        assertEquals(0.0, Activations.sigmoid(-1000.0));
        assertEquals(1.0, Activations.sigmoid(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Activations.sigmoid(Double.NEGATIVE_INFINITY));
        assertEquals(Math.exp(-700), Activations.sigmoid(-700), Math.ulp(Math.exp(-700)) * 4, "σ(z) ≈ e^z far left, not 0");
        assertTrue(Double.isNaN(Activations.sigmoid(Double.NaN)));
    }

    @Test
    void sigmoidOfMinusZIsOneMinusSigmoidOfZ() {
        Rng rng = new Rng(1L);
        for (int t = 0; t < 500; t++) {
            double z = 20 * rng.nextGaussian();
            assertEquals(1.0, Activations.sigmoid(z) + Activations.sigmoid(-z), 5e-16, "z = " + z);   // two roundings
        }
    }

    @Test
    void softplusIsMinusLogSigmoidOfMinusZWithoutOverflow() {
        assertEquals(Math.log(2), Activations.softplus(0.0), 1e-16);
        assertEquals(1000.0, Activations.softplus(1000.0));
        assertEquals(Math.exp(-1000.0), Activations.softplus(-1000.0));
        for (double z : new double[] {-30, -3, -0.5, 0.5, 3, 30}) {
            assertEquals(-Math.log(Activations.sigmoid(-z)), Activations.softplus(z), 1e-14 * Math.max(1, Math.abs(z)), "z = " + z);
        }
    }

    @Test
    void logLossOfAConfidentlyRightRowKeepsItsDigits() {
        double tiny = Math.log1p(Math.exp(-40));   // −log σ(40) ≈ 4.2e-18; softplus(40) − 40 rounds it to 0
        assertEquals(tiny, Activations.logLoss(1, 40), Math.ulp(tiny));
        assertEquals(tiny, Activations.logLoss(0, -40), Math.ulp(tiny));
        assertEquals(40 + tiny, Activations.logLoss(1, -40), Math.ulp(40.0));
        Rng rng = new Rng(3L);
        for (int t = 0; t < 500; t++) {
            double z = 5 * rng.nextGaussian();
            int y = rng.nextInt(2);
            assertEquals(Activations.softplus(z) - y * z, Activations.logLoss(y, z), 4e-16 * Math.max(1, Math.abs(z)),
                    "y = " + y + ", z = " + z);
        }
    }

    @Test
    void crossEntropyOfAConfidentlyRightRowKeepsItsDigitsAndIsTheLogLossForTwoClasses() {
        double tiny = Math.log1p(Math.exp(-40));
        assertEquals(tiny, Activations.crossEntropy(new double[] {40, 0}, 0), Math.ulp(tiny));
        assertEquals(1000 + Math.log(2), Activations.crossEntropy(new double[] {-1000, 0, 0}, 0), 1e-12);
        Rng rng = new Rng(4L);
        for (int t = 0; t < 500; t++) {
            double[] z = {5 * rng.nextGaussian(), 5 * rng.nextGaussian(), 5 * rng.nextGaussian()};
            int y = rng.nextInt(3);
            assertEquals(Activations.logSumExp(z) - z[y], Activations.crossEntropy(z, y), 2e-15 * (1 + Math.abs(z[y])),
                    "y = " + y);
            double d = z[0] - z[1];   // two classes: softmax is σ of the score difference
            assertEquals(Activations.logLoss(1, d), Activations.crossEntropy(new double[] {d, 0}, 0),
                    4e-16 * Math.max(1, Math.abs(d)));
        }
        assertThrows(IllegalArgumentException.class, () -> Activations.crossEntropy(new double[0], 0));
        assertThrows(IllegalArgumentException.class, () -> Activations.crossEntropy(new double[] {1, Double.NaN}, 0));
    }

    @Test
    void logSumExpOfHugeEqualScoresIsTheScorePlusLogK() {
        assertEquals(1000 + Math.log(2), Activations.logSumExp(new double[] {1000, 1000}), 1e-12);
        assertEquals(-1000 + Math.log(3), Activations.logSumExp(new double[] {-1000, -1000, -1000}), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, Activations.logSumExp(new double[] {Double.NEGATIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> Activations.logSumExp(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Activations.logSumExp(new double[] {1, Double.NaN}));
    }

    @Test
    void softmaxSumsToOneAndIgnoresAShiftOfAllScores() {
        Rng rng = new Rng(2L);
        for (int t = 0; t < 200; t++) {
            double[] z = {5 * rng.nextGaussian(), 5 * rng.nextGaussian(), 5 * rng.nextGaussian()};
            double shift = 500 * rng.nextGaussian();
            double[] p = Activations.softmax(z);
            double[] q = Activations.softmax(new double[] {z[0] + shift, z[1] + shift, z[2] + shift});
            assertEquals(1.0, p[0] + p[1] + p[2], 4e-16);
            assertArrayEquals(p, q, 1e-12);
        }
        assertArrayEquals(new double[] {0.5, 0.5}, Activations.softmax(new double[] {1e300, 1e300}));
    }

    @Test
    void softmaxOfAMatrixWorksRowByRow() {
        Matrix P = Activations.softmax(Matrix.of(new double[][] {{0, 0}, {Math.log(3), 0}}));
        assertEquals(Matrix.of(new double[][] {{0.5, 0.5}, {0.75, 0.25}}).toString(), P.toString());
        assertThrows(IllegalArgumentException.class, () -> Activations.softmax(new double[] {1, Double.POSITIVE_INFINITY}));
    }
}
