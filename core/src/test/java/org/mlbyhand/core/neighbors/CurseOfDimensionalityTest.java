package org.mlbyhand.core.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CurseOfDimensionalityTest {
    private static final int POINTS = 100;
    private static final long SEED = 42L;

    @Test
    void theNearestToFarthestRatioRisesTowardsOneAsTheDimensionGrows() {
        int[] d = CurseOfDimensionality.dimensions();
        assertArrayEquals(new int[] {1, 2, 5, 10, 50, 100, 1000}, d);
        double[] ratio = CurseOfDimensionality.meanRatios(d, POINTS, SEED);
        for (int k = 1; k < ratio.length; k++) {
            assertTrue(ratio[k] > ratio[k - 1], "ratio(d = " + d[k] + ") = " + ratio[k] + " should exceed ratio(d = "
                    + d[k - 1] + ") = " + ratio[k - 1] + "; all: " + Arrays.toString(ratio));
        }
        assertTrue(ratio[0] < 0.05, "in one dimension the nearest point is much nearer than the farthest: " + ratio[0]);
        assertTrue(ratio[ratio.length - 1] > 0.8, "in 1000 dimensions all points are about equally far: " + ratio[ratio.length - 1]);
        assertTrue(ratio[ratio.length - 1] < 1.0);
    }

    @Test
    void theSameSeedGivesTheSameRatios() {
        int[] d = {3, 30};
        assertArrayEquals(CurseOfDimensionality.meanRatios(d, 20, 7L), CurseOfDimensionality.meanRatios(d, 20, 7L));
    }

    @Test
    void tooFewPointsOrNoDimensionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CurseOfDimensionality.meanRatio(0, 10, 1L));
        assertThrows(IllegalArgumentException.class, () -> CurseOfDimensionality.meanRatio(3, 1, 1L));
    }
}
