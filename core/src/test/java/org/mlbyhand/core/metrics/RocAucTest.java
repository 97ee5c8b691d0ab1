package org.mlbyhand.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.random.Rng;

class RocAucTest {
    @Test
    void aucIsTheProbabilityThatAPositiveOutscoresANegativeWithTiesCountingHalf() {
        Rng rng = new Rng(3L);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + rng.nextInt(30);
            int[] y = new int[n];
            double[] s = new double[n];
            y[0] = 0;
            y[1] = 1;
            for (int i = 0; i < n; i++) {
                if (i > 1) {
                    y[i] = rng.nextInt(2);
                }
                s[i] = rng.nextInt(5);          // few distinct values: many ties
            }
            assertEquals(mannWhitney(y, s), RocAuc.rocAucScore(y, s), 1e-15, "trial " + trial);
        }
    }

    @Test
    void perfectReversedAndConstantScoresGiveOneZeroAndOneHalf() {
        int[] y = {0, 0, 1, 1};
        assertEquals(1.0, RocAuc.rocAucScore(y, new double[] {0.1, 0.2, 0.8, 0.9}));
        assertEquals(0.0, RocAuc.rocAucScore(y, new double[] {0.9, 0.8, 0.2, 0.1}));
        assertEquals(0.5, RocAuc.rocAucScore(y, new double[] {0.3, 0.3, 0.3, 0.3}));
    }

    @Test
    void onlyTheOrderOfTheScoresMatters() {
        int[] y = {0, 1, 0, 1, 1, 0};
        double[] s = {0.1, 0.4, 0.35, 0.8, 0.35, 0.2};
        double[] monotone = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            monotone[i] = Math.exp(10 * s[i]) - 3;
        }
        assertEquals(RocAuc.rocAucScore(y, s), RocAuc.rocAucScore(y, monotone));
    }

    @Test
    void aSingleClassHasNoAucAndSaysSo() {
        assertEquals("rocAucScore: yTrue has only class 1; ROC AUC needs both positive (1) and negative (0) rows",
                assertThrows(IllegalArgumentException.class, () -> RocAuc.rocAucScore(new int[] {1, 1}, new double[] {0.2, 0.3})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RocAuc.rocAucScore(new int[] {0, 1}, new double[] {Double.NaN, 0.3}));
        assertThrows(IllegalArgumentException.class, () -> RocAuc.rocAucScore(new int[] {0, 2}, new double[] {0.1, 0.3}));
    }

    /** Σ over (positive, negative) pairs of [s⁺ > s⁻] + ½[s⁺ = s⁻], divided by the number of pairs. */
    private static double mannWhitney(int[] y, double[] s) {
        double wins = 0;
        int pairs = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
