package org.mlbyhand.datasets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.neighbors.CurseOfDimensionality;

/** The example prints the experiment's numbers, which rise from near 0 towards 1 with the dimension. */
class CurseOfDimensionalityExampleTest {

    @Test
    void theRatioRisesTowardsOneAndEachRowShowsItsBar() {
        int[] d = CurseOfDimensionality.dimensions();
        double[] r = CurseOfDimensionality.meanRatios(d, CurseOfDimensionalityExample.POINTS,
                CurseOfDimensionalityExample.SEED);
        for (int k = 1; k < r.length; k++) {
            assertTrue(r[k] > r[k - 1], "ratio(" + d[k] + ") = " + r[k] + " > ratio(" + d[k - 1] + ") = " + r[k - 1]);
        }
        assertTrue(r[0] < 0.05 && r[r.length - 1] > 0.85, java.util.Arrays.toString(r));
        String table = CurseOfDimensionalityExample.table(d, r);
        assertEquals(d.length + 1, table.lines().count(), table);
        assertTrue(table.lines().skip(1).allMatch(line -> line.length() <= 80), table);
    }
}
