package org.mlbyhand.core.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The impurity formulas on closed-form cases, and their refusals. */
class ImpurityTest {
    @Test
    void aPureNodeHasZeroGiniAndZeroEntropy() {
        assertEquals(0.0, Impurity.gini(new int[] {2, 2, 2}, 3));
        assertEquals(0.0, Impurity.entropy(new int[] {2, 2, 2}, 3));
    }

    @Test
    void equallyFrequentClassesHaveTheLargestImpurity() {
        // k equally frequent classes: gini = 1 − 1/k, entropy = log₂ k bits
        assertEquals(0.5, Impurity.gini(new double[] {7, 7}));
        assertEquals(1.0, Impurity.entropy(new double[] {7, 7}));
        assertEquals(0.75, Impurity.gini(new double[] {3, 3, 3, 3}));
        assertEquals(2.0, Impurity.entropy(new double[] {3, 3, 3, 3}));
    }

    @Test
    void giniAndEntropyOfOneToThreeCounts() {
        // p = (1/4, 3/4): gini = 1 − (1 + 9)/16 = 3/8; entropy = −¼·log₂¼ − ¾·log₂¾ = 2 − ¾·log₂ 3
        assertEquals(0.375, Impurity.gini(new int[] {0, 1, 1, 1}, 2), 1e-16);
        assertEquals(2.0 - 0.75 * Math.log(3) / Math.log(2), Impurity.entropy(new double[] {1, 3}), 4e-16);
    }

    @Test
    void anEmptyClassAddsNothing() {
        assertEquals(Impurity.gini(new double[] {2, 5}), Impurity.gini(new double[] {2, 0, 5}));
        assertEquals(Impurity.entropy(new double[] {2, 5}), Impurity.entropy(new double[] {2, 0, 5}));
    }

    @Test
    void squaredErrorIsThePopulationVariance() {
        // y = (1, 2, 3, 6): mean 3, Σ(y − 3)² = 4 + 1 + 0 + 9 = 14, variance 14/4
        assertEquals(3.5, Impurity.squaredError(new double[] {1, 2, 3, 6}), 1e-15);
        assertEquals(0.0, Impurity.squaredError(new double[] {4.25, 4.25, 4.25}));
    }

    @Test
    void classCountsCountEachLabel() {
        assertEquals(java.util.List.of(2.0, 0.0, 1.0),
                java.util.Arrays.stream(Impurity.classCounts(new int[] {0, 2, 0}, 3)).boxed().toList());
    }

    @Test
    void badInputIsRefusedNamingIt() {
        assertMessage(() -> Impurity.gini(new double[0]), "counts is empty");
        assertMessage(() -> Impurity.entropy(new double[] {0, 0}), "counts are all 0");
        assertMessage(() -> Impurity.gini(new double[] {1, -1}), "counts[1] = -1.0");
        assertMessage(() -> Impurity.gini(new int[0], 2), "y is empty");
        assertMessage(() -> Impurity.entropy(new int[] {0, 3}, 3), "y[1] = 3 is not a class in [0, 3)");
        assertMessage(() -> Impurity.gini(new int[] {0, -1}, 2), "y[1] = -1 is negative");
        assertMessage(() -> Impurity.squaredError(new double[] {1, Double.NaN}), "y[1] is NaN");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String part) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.contains(part), "\"" + message + "\" does not contain \"" + part + "\"");
    }
}
