package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.random.Rng;

class BootstrapTest {
    @Test
    void countsAreNDrawsWithReplacementFromTheGivenGenerator() {
        int n = 50;
        int[] counts = Bootstrap.sampleCounts(new Rng(3L), n);
        int[] byHand = new int[n];
        Rng rng = new Rng(3L);
        for (int d = 0; d < n; d++) {
            byHand[rng.nextInt(n)]++;
        }
        assertArrayEquals(byHand, counts, "one nextInt(n) per draw, in order");
        assertEquals(n, Arrays.stream(counts).sum(), "n draws");
        assertTrue(Arrays.stream(counts).max().getAsInt() >= 2, "with replacement, some row is drawn twice");
    }

    @Test
    void aboutOneRowInEIsOutOfBag() {
        // P(row out of bag) = (1 − 1/n)ⁿ ≈ e⁻¹; over n = 20 000 rows the share has σ ≈ √(0.37·0.63/n) ≈ 0.0034.
        int n = 20_000;
        double share = Bootstrap.outOfBagIndices(Bootstrap.sampleCounts(new Rng(11L), n)).length / (double) n;
        assertEquals(Math.pow(1 - 1.0 / n, n), share, 5 * 0.0034);
    }

    @Test
    void outOfBagIndicesAreTheRowsNeverDrawnInAscendingOrder() {
        assertArrayEquals(new int[] {0, 2, 4}, Bootstrap.outOfBagIndices(new int[] {0, 2, 0, 3, 0}));
        assertArrayEquals(new int[0], Bootstrap.outOfBagIndices(new int[] {1, 1, 1}));
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        assertArrayEquals(Bootstrap.sampleCounts(new Rng(5L), 30), Bootstrap.sampleCounts(new Rng(5L), 30));
    }

    @Test
    void badInputIsNamed() {
        assertMessage(() -> Bootstrap.sampleCounts(new Rng(1L), 0), "Bootstrap.sampleCounts: n must be ≥ 1, got 0");
        assertMessage(() -> Bootstrap.sampleCounts(null, 5), "Bootstrap.sampleCounts: rng is null");
        assertMessage(() -> Bootstrap.outOfBagIndices(new int[] {1, -1}), "Bootstrap.outOfBagIndices: counts[1] = -1 is negative");
    }
}
