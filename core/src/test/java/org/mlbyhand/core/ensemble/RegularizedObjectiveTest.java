package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.random.Rng;

class RegularizedObjectiveTest {
    @Test
    void leafWeightIsMinusGOverHPlusLambda() {
        assertEquals(-2.0, RegularizedObjective.leafWeight(6.0, 2.0, 1.0), 0.0);
        assertEquals(0.5, RegularizedObjective.leafWeight(-3.0, 6.0, 0.0), 0.0);
        assertEquals(0.0, RegularizedObjective.leafWeight(0.0, 4.0, 1.0), 0.0);
    }

    @Test
    void leafWeightMinimisesTheLeafsParabola() {
        // Given random sums, when the leaf's objective G·w + ½(H + λ)w² is evaluated near w*, then w* is its minimum.
        Rng rng = new Rng(11L);
        for (int trial = 0; trial < 100; trial++) {
            double G = 10 * rng.nextGaussian();
            double H = 5 * rng.nextDouble();
            double lambda = rng.nextDouble();
            double w = RegularizedObjective.leafWeight(G, H, lambda);
            double atMinimum = G * w + 0.5 * (H + lambda) * w * w;
            for (double step : new double[] {-1e-3, 1e-3}) {
                double v = w + step;
                assertTrue(G * v + 0.5 * (H + lambda) * v * v > atMinimum, "w* = " + w + " is not the minimum at G = " + G);
            }
            assertEquals(-0.5 * G * G / (H + lambda), atMinimum, Tolerances.ROUNDING * Math.max(1, Math.abs(atMinimum)),
                    "the minimum value is −½G²/(H + λ)");
        }
    }

    @Test
    void splitGainIsHalfTheScoreImprovementMinusGamma() {
        // G_L = −4, H_L = 3; G_R = 2, H_R = 1; λ = 1: ½[16/4 + 4/2 − 4/5] − γ = 2.6 − γ
        assertEquals(2.6, RegularizedObjective.splitGain(-4, 3, 2, 1, 1.0, 0.0), Tolerances.ROUNDING);
        assertEquals(2.1, RegularizedObjective.splitGain(-4, 3, 2, 1, 1.0, 0.5), Tolerances.ROUNDING);
    }

    @Test
    void splitGainIsTheObjectiveDecreaseOfReplacingOneLeafByTwo() {
        // The objective of a leaf at its best weight is −½G²/(H + λ) + γ; two leaves cost γ each.
        Rng rng = new Rng(12L);
        for (int trial = 0; trial < 100; trial++) {
            double GL = rng.nextGaussian();
            double GR = rng.nextGaussian();
            double HL = rng.nextDouble();
            double HR = rng.nextDouble();
            double lambda = rng.nextDouble();
            double gamma = rng.nextDouble();
            double before = leafObjective(GL + GR, HL + HR, lambda) + gamma;
            double after = leafObjective(GL, HL, lambda) + leafObjective(GR, HR, lambda) + 2 * gamma;
            assertEquals(before - after, RegularizedObjective.splitGain(GL, HL, GR, HR, lambda, gamma), 1e-12,
                    "trial " + trial);
        }
    }

    @Test
    void withoutLambdaASplitNeverHurtsButWithLambdaItCan() {
        assertTrue(RegularizedObjective.splitGain(1, 1, 1, 1, 0.0, 0.0) >= 0.0, "λ = 0: gain 0 for equal children");
        // Two identical children: each is shrunk by λ on its own, so the parent's single leaf is better.
        assertTrue(RegularizedObjective.splitGain(1, 0, 1, 0, 1.0, 0.0) < 0.0, "λ = 1 with no curvature");
    }

    @Test
    void badArgumentsAreNamed() {
        assertMessage(() -> RegularizedObjective.leafWeight(1, 0, 0), "leafWeight: H + lambda = 0.0 is not positive");
        assertMessage(() -> RegularizedObjective.leafWeight(Double.NaN, 1, 1), "leafWeight: G = NaN");
        assertMessage(() -> RegularizedObjective.leafWeight(1, 1, -1), "leafWeight: lambda must be finite and ≥ 0, got -1.0");
        assertMessage(() -> RegularizedObjective.splitGain(1, 1, 1, 1, 1, -0.5), "splitGain: gamma must be finite and ≥ 0, got -0.5");
        assertMessage(() -> RegularizedObjective.splitGain(1, 1, 1, Double.POSITIVE_INFINITY, 1, 0), "splitGain: G = 1.0, H = Infinity");
    }

    private static double leafObjective(double G, double H, double lambda) {
        double w = -G / (H + lambda);
        return G * w + 0.5 * (H + lambda) * w * w;
    }

    static void assertMessage(org.junit.jupiter.api.function.Executable call, String start) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.startsWith(start), "\"" + message + "\" does not start with \"" + start + "\"");
    }
}
