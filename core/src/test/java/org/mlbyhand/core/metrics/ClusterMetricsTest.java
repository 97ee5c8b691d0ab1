package org.mlbyhand.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

/** Silhouette, Davies–Bouldin and the adjusted Rand index on cases with closed-form answers, and their edge cases. */
class ClusterMetricsTest {
    /** Closed forms computed by hand: a few roundings of numbers near 1. */
    private static final double EXACT = 1e-15;

    /** Four points on a line: {0, 1} and {4, 5}. */
    private static final Matrix LINE = Matrix.of(new double[][] {{0}, {1}, {4}, {5}});

    private static final CaseGen LABELLINGS = CaseGen.create().dim("n", 2, 40).labels("a", "n", 4).labels("b", "n", 5);

    @Test
    void silhouetteOfTwoPairsOnALine() {
        // point 0: a = 1, b = (4 + 5)/2 = 4.5, s = 3.5/4.5; point 1: a = 1, b = 3.5, s = 2.5/3.5; symmetric for the others
        int[] labels = {0, 0, 1, 1};
        double[] s = Silhouette.silhouetteSamples(LINE, labels);
        assertArrayEquals(new double[] {3.5 / 4.5, 2.5 / 3.5, 2.5 / 3.5, 3.5 / 4.5}, s, EXACT);
        assertEquals((3.5 / 4.5 + 2.5 / 3.5) / 2, Silhouette.silhouetteScore(LINE, labels), EXACT);
    }

    @Test
    void aSingletonScoresZeroAndLabelValuesDoNotMatter() {
        double[] s = Silhouette.silhouetteSamples(LINE, new int[] {-3, 9, 9, 9});
        assertEquals(0.0, s[0], "a cluster of one point: 0/0 counts as 0");
        assertArrayEquals(Silhouette.silhouetteSamples(LINE, new int[] {0, 1, 1, 1}), s);
    }

    @Test
    void daviesBouldinOfTwoPairsOnALine() {
        // centroids 0.5 and 4.5 (distance 4), each S = 0.5: R = 1/4 for both
        assertEquals(0.25, DaviesBouldin.daviesBouldinScore(LINE, new int[] {0, 0, 1, 1}), EXACT);
        // {0} and {1, 4, 5}: S = 0 and (7/3 + 2/3 + 5/3)/3 = 14/9, centroid distance 10/3
        assertEquals(14.0 / 9 / (10.0 / 3), DaviesBouldin.daviesBouldinScore(LINE, new int[] {5, 7, 7, 7}), EXACT);
    }

    @Test
    void daviesBouldinIsZeroForPointClustersOrCoincidingCentroids() {
        assertEquals(0.0, DaviesBouldin.daviesBouldinScore(Matrix.of(new double[][] {{1}, {1}, {3}, {3}}), new int[] {0, 0, 1, 1}));
        assertEquals(0.0, DaviesBouldin.daviesBouldinScore(Matrix.of(new double[][] {{-1}, {1}, {-2}, {2}}), new int[] {0, 0, 1, 1}));
    }

    @Test
    void adjustedRandOfClosedFormCases() {
        assertEquals(1.0, AdjustedRand.adjustedRandScore(new int[] {0, 0, 1, 1}, new int[] {7, 7, -1, -1}), "a renumbering");
        // contingency [[1, 1], [0, 2]]: Σn² = 6, TP = 2, row squares 8 → FN = 2, column squares 10 → FP = 4, TN = 4
        // ARI = 2(2·4 − 2·4) / ((2 + 2)(2 + 4) + (2 + 4)(4 + 4)) = 0
        assertEquals(0.0, AdjustedRand.adjustedRandScore(new int[] {0, 0, 1, 1}, new int[] {0, 1, 1, 1}), EXACT);
        // one cluster against all singletons: TP = 0, FN = n² − n, FP = 0, TN = 0 → 0
        assertEquals(0.0, AdjustedRand.adjustedRandScore(new int[] {0, 0, 0}, new int[] {0, 1, 2}), EXACT);
        assertEquals(-0.5, AdjustedRand.adjustedRandScore(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}), EXACT);
    }

    @Test
    void adjustedRandIsSymmetricAtMostOneAndOneOnARenumbering() {
        Property.forAll(LABELLINGS, 61, 300, c -> {
            int[] a = c.labels("a");
            int[] b = c.labels("b");
            double ab = AdjustedRand.adjustedRandScore(a, b);
            assertEquals(ab, AdjustedRand.adjustedRandScore(b, a), EXACT);
            assertTrue(ab <= 1.0 + EXACT, "ARI " + ab);
            int[] renamed = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                renamed[i] = 100 - 3 * a[i];
            }
            assertEquals(1.0, AdjustedRand.adjustedRandScore(a, renamed));
        });
    }

    @Test
    void badInputIsRejectedWithAMessageNamingIt() {
        assertMessage(IllegalArgumentException.class, () -> Silhouette.silhouetteScore(LINE, new int[] {0, 0, 0, 0}),
                "silhouetteSamples: 1 distinct labels among 4 rows; a score of a clustering needs 2 to n − 1 = 3 clusters");
        assertMessage(IllegalArgumentException.class, () -> DaviesBouldin.daviesBouldinScore(LINE, new int[] {0, 1, 2, 3}),
                "4 distinct labels among 4 rows");
        assertMessage(ShapeMismatchException.class, () -> Silhouette.silhouetteScore(LINE, new int[] {0, 1}), "X is 4×1, labels has length 2");
        assertMessage(ShapeMismatchException.class, () -> AdjustedRand.adjustedRandScore(new int[] {0, 1}, new int[] {0}),
                "labelsTrue has length 2, labelsPred has length 1");
        Matrix nan = LINE.copy();
        nan.set(1, 0, Double.NaN);
        assertMessage(IllegalArgumentException.class, () -> DaviesBouldin.daviesBouldinScore(nan, new int[] {0, 0, 1, 1}),
                "daviesBouldinScore: X[1][0] is NaN");
    }

    private static void assertMessage(Class<? extends Throwable> type, Executable call, String part) {
        String message = assertThrows(type, call).getMessage();
        assertTrue(message.contains(part), "\"" + message + "\" does not contain \"" + part + "\"");
    }
}
