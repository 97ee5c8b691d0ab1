package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class LloydTest {
    /** Six points on a line: two clear clusters {0, 1, 2} and {10, 11, 12}. */
    private static final Matrix LINE = Matrix.of(new double[][] {{0}, {1}, {2}, {10}, {11}, {12}});

    private static final CaseGen DATA = CaseGen.create().dim("n", 4, 30).dim("p", 1, 4).dim("k", 1, 4)
            .matrix("X", "n", "p").matrix("C", "k", "p");

    @Test
    void assignmentTakesTheNearestCentreAndTheLowestOnATie() {
        Matrix C = Matrix.of(new double[][] {{1}, {11}, {6}});
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, Lloyd.assign(LINE, C));
        // 6 is equidistant from 1 and 11 (both 25): the lowest index wins
        assertArrayEquals(new int[] {0}, Lloyd.assign(Matrix.of(new double[][] {{6}}), Matrix.of(new double[][] {{1}, {11}})));
    }

    @Test
    void updateMovesEachCentreToItsClusterMean() {
        Matrix C = Lloyd.update(LINE, new int[] {0, 0, 0, 1, 1, 1}, Matrix.of(new double[][] {{0}, {12}}));
        assertEquals(Matrix.of(new double[][] {{1}, {11}}), C);
    }

    @Test
    void anEmptyClusterTakesThePointFarthestFromItsCentre() {
        // centres 1 and 11 own every point, centre 2 (at 100) none; distances² to the own centre: 1, 0, 1, 1, 0, 16
        Matrix X = Matrix.of(new double[][] {{0}, {1}, {2}, {10}, {11}, {15}});
        int[] labels = {0, 0, 0, 1, 1, 1};
        Matrix C = Matrix.of(new double[][] {{1}, {11}, {100}});
        Matrix next = Lloyd.update(X, labels, C);
        // row 5 (15) moves: cluster 1 keeps 10 and 11, cluster 2 is {15}
        assertEquals(Matrix.of(new double[][] {{1}, {10.5}, {15}}), next);
        assertTrue(Double.isFinite(next.maxAbs()), "no NaN from an empty cluster");
    }

    @Test
    void twoEmptyClustersTakeTheTwoFarthestPointsFarthestFirst() {
        Matrix X = Matrix.of(new double[][] {{0}, {3}, {-7}, {1}});
        int[] labels = {0, 0, 0, 0};
        Matrix C = Matrix.of(new double[][] {{0}, {50}, {60}});
        // distances² to centre 0: 0, 9, 49, 1. Cluster 1 gets −7, cluster 2 gets 3, cluster 0 keeps 0 and 1
        assertEquals(Matrix.of(new double[][] {{0.5}, {-7}, {3}}), Lloyd.update(X, labels, C));
    }

    @Test
    void whenEveryPointSitsOnItsCentreAnEmptyClusterKeepsItsCentre() {
        Matrix X = Matrix.of(new double[][] {{2}, {2}, {5}});
        Matrix C = Matrix.of(new double[][] {{2}, {5}, {9}});
        assertEquals(C, Lloyd.update(X, new int[] {0, 0, 1}, C));
    }

    @Test
    void inertiaIsTheSumOfSquaredDistancesToTheAssignedCentres() {
        Matrix C = Matrix.of(new double[][] {{1}, {11}});
        assertEquals(4.0, Lloyd.inertia(LINE, C, new int[] {0, 0, 0, 1, 1, 1}));
        // rows 0 and 1 assigned to the far centre cost 11² and 10²; row 2 costs 1, the last three 1 + 0 + 1
        assertEquals(121 + 100 + 1 + 2, Lloyd.inertia(LINE, C, new int[] {1, 1, 0, 1, 1, 1}));
    }

    @Test
    void toleranceIsTolTimesTheMeanColumnVariance() {
        Matrix X = Matrix.of(new double[][] {{0, 10}, {2, 10}, {4, 40}});
        // population variances 8/3 and 200: mean 101.333…
        assertEquals(1e-4 * (8.0 / 3 + 200) / 2, Lloyd.tolerance(X, 1e-4), 1e-18);
        assertEquals(0.0, Lloyd.tolerance(X, 0.0));
    }

    @Test
    void aRunFromGoodCentresConvergesStrictlyInTwoIterations() {
        KMeansModel m = Lloyd.run(LINE, Matrix.of(new double[][] {{0}, {12}}), 300, 0.0);
        assertEquals(Matrix.of(new double[][] {{1}, {11}}), m.clusterCenters());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, m.labels());
        assertEquals(4.0, m.inertia());
        assertEquals(2, m.nIter(), "iteration 1 moves the centres, iteration 2 sees the same labels");
    }

    @Test
    void aRunStoppedByMaxIterReassignsTheLabelsToItsFinalCentres() {
        Matrix X = Matrix.of(new double[][] {{0}, {1}, {2}, {3}, {10}, {11}});
        KMeansModel m = Lloyd.run(X, Matrix.of(new double[][] {{0}, {1}}), 1, 0.0);
        // iteration 1: labels {0, 1, 1, 1, 1, 1} give centres 0 and 5.4; the final labels belong to those
        assertEquals(1, m.nIter());
        assertArrayEquals(Lloyd.assign(X, m.clusterCenters()), m.labels());
        assertEquals(Lloyd.inertia(X, m.clusterCenters(), m.labels()), m.inertia());
    }

    @Test
    void noStepOfLloydEverRaisesTheInertia() {
        // with an empty cluster the update moves a point whose label is not rewritten, so the update is
        // checked with its own labels only when no cluster is empty; a full iteration is checked always
        Property.forAll(DATA.require("k ≤ n", c -> c.dim("k") <= c.dim("n")), 41, 200, c -> {
            Matrix X = c.matrix("X");
            Matrix C = c.matrix("C");
            for (int t = 0; t < 5; t++) {
                int[] labels = Lloyd.assign(X, C);
                double before = Lloyd.inertia(X, C, labels);
                Matrix next = Lloyd.update(X, labels, C);
                double after = Lloyd.inertia(X, next, Lloyd.assign(X, next));
                assertTrue(after <= before * (1 + Tolerances.ROUNDING), "an iteration raised the inertia: " + before + " → " + after);
                boolean anyEmpty = java.util.stream.IntStream.range(0, C.rows()).anyMatch(j -> java.util.Arrays.stream(labels).noneMatch(l -> l == j));
                double updated = Lloyd.inertia(X, next, labels);
                assertTrue(anyEmpty || updated <= before * (1 + Tolerances.ROUNDING), "the update raised the inertia: " + before + " → " + updated);
                C = next;
            }
        });
    }

    @Test
    void badInputIsRejectedWithAMessageNamingIt() {
        Matrix C = Matrix.of(new double[][] {{0}, {1}, {2}});
        assertMessage(IllegalArgumentException.class, () -> Lloyd.run(Matrix.of(new double[][] {{0}, {1}}), C, 10, 1e-4),
                "Lloyd.run: X is 2×1, fewer rows than k (the rows of C0) = 3");
        assertMessage(ShapeMismatchException.class, () -> Lloyd.assign(LINE, Matrix.zeros(2, 3)), "C is 2×3, expected 2×1");
        assertMessage(IllegalArgumentException.class, () -> Lloyd.update(LINE, new int[] {0, 0, 0, 1, 1, 2}, Matrix.zeros(2, 1)),
                "labels[5] = 2 is not a cluster in [0, 2)");
        Matrix nan = LINE.copy();
        nan.set(3, 0, Double.NaN);
        assertMessage(IllegalArgumentException.class, () -> Lloyd.run(nan, C, 10, 1e-4), "X[3][0] is NaN");
        assertMessage(IllegalArgumentException.class, () -> Lloyd.run(LINE, C, 0, 1e-4), "maxIter must be ≥ 1, got 0");
    }

    static void assertMessage(Class<? extends Throwable> type, org.junit.jupiter.api.function.Executable call, String part) {
        String message = assertThrows(type, call).getMessage();
        assertTrue(message.contains(part), "\"" + message + "\" does not contain \"" + part + "\"");
    }
}
