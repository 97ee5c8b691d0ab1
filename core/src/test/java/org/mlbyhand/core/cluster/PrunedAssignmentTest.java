package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/** The pruned assignment returns {@link Lloyd#assign}'s labels exactly, whatever the guess. */
class PrunedAssignmentTest {
    @Test
    void labelsEqualLloydsOnBlobsFromNoGuessARandomGuessAndTheAnswer() {
        Rng rng = new Rng(3);
        for (int trial = 0; trial < 40; trial++) {
            int n = rng.nextInt(1, 300);
            int p = rng.nextInt(1, 6);
            int k = rng.nextInt(1, Math.min(n, 12));
            double spread = trial % 2 == 0 ? 0.3 : 3.0;              // separated or overlapping
            Matrix centres = gaussian(rng, k, p, 5.0);
            Matrix X = Matrix.zeros(n, p);
            for (int i = 0; i < n; i++) {
                int blob = rng.nextInt(k);
                for (int f = 0; f < p; f++) {
                    X.set(i, f, centres.get(blob, f) + spread * rng.nextGaussian());
                }
            }
            Matrix C = gaussian(rng, k, p, 5.0);
            assertSameLabels("trial " + trial, X, C, rng);
        }
    }

    @Test
    void theLemmasEqualityCaseIsComputedAndATieGoesToTheLowestCentre() {
        // 1-D: x = 1 is as far from 0 as from 2, and ‖c_0 − c_2‖ = 2·‖x − c_0‖ exactly: the lemma's
        // equality case, which must not be skipped; the lowest of the tied centres wins from any guess
        Matrix X = Matrix.of(new double[][] {{1}, {1}, {1}, {0}, {2}});
        Matrix C = Matrix.of(new double[][] {{2}, {0}, {2}, {0}});
        for (int[] guess : new int[][] {{0, 1, 2, 3, 3}, {3, 2, 1, 0, 0}, {2, 2, 2, 2, 2}}) {
            assertArrayEquals(Lloyd.assign(X, C), PrunedAssignment.assign(X, C, guess));
        }
        assertArrayEquals(new int[] {0, 0, 0, 1, 0}, PrunedAssignment.assign(X, C, new int[] {3, 2, 1, 3, 2}));
    }

    @Test
    void onAGridWithExactTiesEverywhereTheLabelsAreLloyds() {
        // integer points and centres: exact ties everywhere, duplicated centres included
        Rng rng = new Rng(5);
        for (int trial = 0; trial < 40; trial++) {
            int n = rng.nextInt(8, 200);
            int p = rng.nextInt(1, 4);
            int k = rng.nextInt(2, 9);
            Matrix X = grid(rng, n, p);
            Matrix C = grid(rng, k, p);
            assertSameLabels("grid trial " + trial, X, C, rng);
        }
    }

    @Test
    void hugeAndTinyScalesGiveLloydsLabels() {
        // 1e160: squares overflow to infinity (distances and centre distances); 1e-160: they underflow
        Rng rng = new Rng(7);
        for (double scale : new double[] {1e160, 1e155, 1e-155, 1e-160, 1e-170}) {
            for (int trial = 0; trial < 10; trial++) {
                Matrix X = grid(rng, 60, 2).scale(scale);
                Matrix C = grid(rng, 5, 2).scale(scale);
                assertSameLabels("scale " + scale + ", trial " + trial, X, C, rng);
            }
        }
    }

    @Test
    void manyCentresForFewRowsNeedNoTable() {
        // k² = 36 > n·p = 6: every distance is computed
        Matrix X = Matrix.of(new double[][] {{0}, {1}, {2}, {3}, {4}, {5}});
        Matrix C = Matrix.of(new double[][] {{5}, {0.5}, {2}, {2}, {9}, {-1}});
        assertArrayEquals(Lloyd.assign(X, C), PrunedAssignment.assign(X, C, new int[] {4, 4, 4, 4, 4, 4}));
        assertArrayEquals(new int[] {1, 1, 2, 2, 0, 0}, PrunedAssignment.assign(X, C, null));
    }

    private static void assertSameLabels(String what, Matrix X, Matrix C, Rng rng) {
        int[] expected = Lloyd.assign(X, C);
        int[] random = new int[X.rows()];
        int[] wrong = new int[X.rows()];
        for (int i = 0; i < random.length; i++) {
            random[i] = rng.nextInt(C.rows());
            wrong[i] = (expected[i] + 1) % C.rows();
        }
        assertArrayEquals(expected, PrunedAssignment.assign(X, C, null), what + ": no guess");
        assertArrayEquals(expected, PrunedAssignment.assign(X, C, random), what + ": a random guess");
        assertArrayEquals(expected, PrunedAssignment.assign(X, C, wrong), what + ": a wrong guess");
        assertArrayEquals(expected, PrunedAssignment.assign(X, C, expected), what + ": the answer as the guess");
    }

    private static Matrix gaussian(Rng rng, int rows, int cols, double sd) {
        Matrix A = Matrix.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int f = 0; f < cols; f++) {
                A.set(i, f, sd * rng.nextGaussian());
            }
        }
        return A;
    }

    /** Integers in [−3, 3]: distances are exact small integers, so ties are frequent and exact. */
    private static Matrix grid(Rng rng, int rows, int cols) {
        Matrix A = Matrix.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int f = 0; f < cols; f++) {
                A.set(i, f, rng.nextInt(-3, 3));
            }
        }
        return A;
    }
}
