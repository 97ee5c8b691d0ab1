package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

class KMeansPlusPlusTest {
    /** Draws per seed in the frequency test, and the allowed deviation: about 5 standard deviations. */
    private static final int DRAWS = 20_000;
    private static final double FREQUENCY = 0.011;

    @Test
    void theDefaultNumberOfCandidatesIsTwoPlusTheFloorOfLnK() {
        assertEquals(2, KMeansPlusPlus.defaultTrials(1));
        assertEquals(2, KMeansPlusPlus.defaultTrials(2));
        assertEquals(3, KMeansPlusPlus.defaultTrials(3));
        assertEquals(4, KMeansPlusPlus.defaultTrials(8));
        assertEquals(4, KMeansPlusPlus.defaultTrials(20));
        assertEquals(5, KMeansPlusPlus.defaultTrials(21));
    }

    @Test
    void theFirstCentreIsTheFirstDrawOfTheStream() {
        Matrix X = Blobs.of(3L, 40, 2, 4, 1.0);
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(new Rng(seed).nextInt(40), KMeansPlusPlus.indices(X, 4, 3, new Rng(seed))[0]);
        }
    }

    @Test
    void theSecondCentreIsDrawnProportionalToTheSquaredDistance() {
        // one candidate (the original k-means++); with the first centre at row 0 (x = 0), D = 0, 1, 9 for x = 0, 1, 3:
        // P(row 1) = 1/10 and P(row 2) = 9/10. Proportional to the distance would give 1/4 and 3/4.
        Matrix X = Matrix.of(new double[][] {{0}, {1}, {3}});
        int[] counts = new int[3];
        int first = 0;
        for (long seed = 0; first < DRAWS; seed++) {
            int[] idx = KMeansPlusPlus.indices(X, 2, 1, new Rng(seed));
            if (idx[0] == 0) {
                counts[idx[1]]++;
                first++;
            }
        }
        assertEquals(0, counts[0], "a row already chosen has D = 0 and is never drawn");
        assertEquals(0.9, counts[2] / (double) DRAWS, FREQUENCY);
    }

    @Test
    void greedySeedingPicksOneRowPerWellSeparatedBlob() {
        Matrix X = Blobs.of(5L, 200, 2, 5, 0.5);
        for (long seed = 0; seed < 10; seed++) {
            int[] idx = KMeansPlusPlus.indices(X, 5, KMeansPlusPlus.defaultTrials(5), new Rng(seed));
            int[] blobs = Arrays.stream(idx).map(i -> i % 5).sorted().toArray();
            assertArrayEquals(new int[] {0, 1, 2, 3, 4}, blobs, "seed " + seed + " chose rows " + Arrays.toString(idx));
        }
    }

    @Test
    void theSameStreamGivesTheSameCentresAndTheStreamAdvances() {
        Matrix X = Blobs.of(6L, 50, 3, 3, 2.0);
        Matrix C = KMeansPlusPlus.centres(X, 3, new Rng(9L));
        assertEquals(C, KMeansPlusPlus.centres(X, 3, new Rng(9L)));
        assertEquals(X.selectRows(KMeansPlusPlus.indices(X, 3, KMeansPlusPlus.defaultTrials(3), new Rng(9L))), C);
        // one nextInt, then 3 candidates for each of the 2 further centres: 7 draws
        Rng used = new Rng(9L);
        KMeansPlusPlus.centres(X, 3, used);
        Rng replay = new Rng(9L);
        replay.nextInt(50);
        for (int d = 0; d < 6; d++) {
            replay.nextDouble();
        }
        assertEquals(replay.nextLong(), used.nextLong());
    }

    @Test
    void fewerDistinctRowsThanCentresStillGivesKRows() {
        Matrix X = Matrix.of(new double[][] {{1, 1}, {1, 1}, {1, 1}});
        int[] idx = KMeansPlusPlus.indices(X, 3, 2, new Rng(1L));
        assertEquals(3, idx.length);
        assertTrue(Arrays.stream(idx).allMatch(i -> i >= 0 && i < 3));
    }

    @Test
    void moreCentresThanRowsIsRejected() {
        LloydTest.assertMessage(IllegalArgumentException.class,
                () -> KMeansPlusPlus.indices(Matrix.zeros(2, 2), 3, 2, new Rng(1L)), "X is 2×2, fewer rows than k = 3");
    }
}
