package org.mlbyhand.core.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.Rng;

/**
 * The split of one node: hand examples with closed-form answers, scikit-learn's threshold and grouping
 * rules, and the sorted sweep against its O(n²) definition on random nodes.
 */
class SplitterTest {
    @Test
    void aOneDimensionalHandExampleSplitsMidwayBetweenTheClasses() {
        double[] x = {11, 1, 3, 12, 2, 10};
        int[] y = {1, 0, 0, 1, 0, 1};
        Split s = Splitter.bestSplit(x, y, 2, ClassificationCriterion.GINI, 1);
        // rows x ≤ 6.5 are all class 0, the others class 1: gini 0.5 → 0 + 0, improvement 0.5
        assertEquals(new Split(0, 6.5, 3, 3, 0.5, 0.0, 0.0, 0.5), s);
        Split e = Splitter.bestSplit(x, y, 2, ClassificationCriterion.ENTROPY, 1);
        assertEquals(new Split(0, 6.5, 3, 3, 1.0, 0.0, 0.0, 1.0), e);
    }

    @Test
    void aStepInTheTargetIsFoundWithItsVarianceDecrease() {
        double[] x = {4, 1, 3, 2};
        double[] y = {5, 1, 5, 1};
        // y splits into {1, 1} and {5, 5}: variance 4 → 0 + 0
        assertEquals(new Split(0, 2.5, 2, 2, 4.0, 0.0, 0.0, 4.0), Splitter.bestSplit(x, y, RegressionCriterion.SQUARED_ERROR, 1));
        // Friedman: n_L·n_R/n·(ȳ_L − ȳ_R)² = 2·2/4·16
        assertEquals(16.0, Splitter.bestSplit(x, y, RegressionCriterion.FRIEDMAN_MSE, 1).improvement());
    }

    @Test
    void minSamplesLeafMovesTheSplitSoBothChildrenKeepEnoughRows() {
        double[] x = {1, 2, 3, 4, 5, 6};
        int[] y = {0, 1, 1, 1, 1, 1};
        assertEquals(1.5, Splitter.bestSplit(x, y, 2, ClassificationCriterion.GINI, 1).threshold());
        Split s = Splitter.bestSplit(x, y, 2, ClassificationCriterion.GINI, 2);
        assertEquals(2.5, s.threshold());
        assertEquals(2, s.nLeft());
        assertFalse(Splitter.bestSplit(x, y, 2, ClassificationCriterion.GINI, 4).found(), "6 rows cannot keep 4 on each side");
    }

    @Test
    void aConstantFeatureHasNoSplitAndScikitLearnsEmptyRecord() {
        Split s = Splitter.bestSplit(new double[] {2, 2, 2}, new double[] {1, 2, 3}, RegressionCriterion.SQUARED_ERROR, 1);
        assertFalse(s.found());
        assertEquals(-1, s.feature());
        assertTrue(Double.isNaN(s.threshold()));
        assertEquals(3, s.nLeft());
        assertEquals(Double.NEGATIVE_INFINITY, s.improvement());
        assertEquals(Double.POSITIVE_INFINITY, s.impurityLeft());
    }

    @Test
    void valuesCloserThanFeatureThresholdAreNeverSeparated() {
        // 0 and 5e-8 are "equal" (≤ 1e-7 apart): the only candidate is between 5e-8 and 1
        double[] x = {0, 5e-8, 1, 1 + 5e-8};
        int[] y = {0, 1, 0, 1};
        Split s = Splitter.bestSplit(x, y, 2, ClassificationCriterion.GINI, 1);
        assertEquals(2, s.nLeft());
        assertEquals(5e-8 / 2 + 0.5, s.threshold());
        assertFalse(Splitter.bestSplit(new double[] {0, 9e-8}, new int[] {0, 1}, 2, ClassificationCriterion.GINI, 1).found());
    }

    @Test
    void aMidpointThatRoundsUpToTheLargerValueIsReplacedByTheSmaller() {
        // near 2³⁰ neighbouring doubles are 2⁻²² ≈ 2.4e-7 apart, more than FEATURE_THRESHOLD
        double a = 0x1p30 + 0x1p-22;     // last bit odd
        double b = 0x1p30 + 0x1p-21;     // the next double: a/2 + b/2 is halfway between and rounds to even, b
        assertEquals(b, a / 2 + b / 2);
        Split s = Splitter.bestSplit(new double[] {b, a}, new int[] {1, 0}, 2, ClassificationCriterion.GINI, 1);
        assertEquals(a, s.threshold(), "the threshold must stay below b so that b goes right");
        assertEquals(1, s.nLeft());
        assertEquals(1.5, Splitter.threshold(1, 2));
    }

    @Test
    void overAllFeaturesTheInformativeOneIsChosenAndTiesGoToTheLowestIndex() {
        Matrix X = Matrix.of(new double[][] {{5, 1, 1}, {3, 2, 2}, {4, 3, 3}, {1, 4, 4}});
        int[] y = {0, 0, 1, 1};
        // column 0 does not separate the classes; columns 1 and 2 are equal and do
        Split s = Splitter.bestSplit(X, y, 2, ClassificationCriterion.GINI, 1);
        assertEquals(1, s.feature());
        assertEquals(2.5, s.threshold());
    }

    @Test
    void theSweepFindsTheBestSplitOfTheNaiveDefinitionOnRandomNodes() {
        Rng rng = new Rng(11);
        for (int trial = 0; trial < Tolerances.TRIALS; trial++) {
            int n = 2 + rng.nextInt(40);
            int k = 2 + rng.nextInt(3);
            int minSamplesLeaf = 1 + rng.nextInt(3);
            double[] x = new double[n];
            int[] labels = new int[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextInt(n);                  // ties between values
                labels[i] = rng.nextInt(k);
                y[i] = rng.nextGaussian();
            }
            String at = "trial " + trial + " (n = " + n + ", k = " + k + ", minSamplesLeaf = " + minSamplesLeaf + ")";
            for (ClassificationCriterion c : ClassificationCriterion.values()) {
                Split fast = Splitter.bestSplit(x, labels, k, c, minSamplesLeaf);
                Split naive = Splitter.bestSplitNaive(x, labels, k, c, minSamplesLeaf);
                assertEquals(naive.found(), fast.found(), c + ", " + at);
                if (naive.found()) {
                    // equally good: a tie may be broken differently by rounding, the improvement may not differ
                    assertEquals(naive.improvement(), fast.improvement(), Tolerances.SAME_MATH, c + ", " + at);
                    assertEquals(improvementAt(x, labels, k, c, fast.threshold()), fast.improvement(), Tolerances.SAME_MATH, c + ", " + at);
                }
            }
            for (RegressionCriterion c : RegressionCriterion.values()) {
                Split fast = Splitter.bestSplit(x, y, c, minSamplesLeaf);
                Split naive = Splitter.bestSplitNaive(x, y, c, minSamplesLeaf);
                assertEquals(naive.found(), fast.found(), c + ", " + at);
                if (naive.found()) {   // Gaussian targets: no ties, the same split
                    assertEquals(naive.threshold(), fast.threshold(), c + ", " + at);
                    assertEquals(naive.nLeft(), fast.nLeft(), c + ", " + at);
                    assertEquals(naive.improvement(), fast.improvement(), Tolerances.SAME_MATH * (1 + naive.improvement()), c + ", " + at);
                    assertEquals(naive.impurityLeft(), fast.impurityLeft(), Tolerances.SAME_MATH, c + ", " + at);
                    assertEquals(naive.impurityRight(), fast.impurityRight(), Tolerances.SAME_MATH, c + ", " + at);
                }
            }
        }
    }

    @Test
    void badInputIsRefusedWithArgumentsWording() {
        double[] x = {1, 2, 3};
        assertThrows(ShapeMismatchException.class, () -> Splitter.bestSplit(x, new int[] {0, 1}, 2, ClassificationCriterion.GINI, 1));
        assertMessage(() -> Splitter.bestSplit(new double[] {1, Double.NaN}, new double[] {0, 1}, RegressionCriterion.SQUARED_ERROR, 1),
                "Splitter.bestSplit: X[1][0] is NaN");
        assertMessage(() -> Splitter.bestSplit(x, new int[] {0, 1, 2}, 2, ClassificationCriterion.GINI, 1), "y[2] = 2 is not a class in [0, 2)");
        assertMessage(() -> Splitter.bestSplit(x, new double[] {0, 1, 2}, RegressionCriterion.SQUARED_ERROR, 0), "minSamplesLeaf must be ≥ 1, got 0");
        assertMessage(() -> Splitter.bestSplitNaive(new double[0], new int[0], 2, ClassificationCriterion.GINI, 1), "X is 0×1");
    }

    /** The improvement i − n_R/n·i_R − n_L/n·i_L of the threshold t, from scratch. */
    private static double improvementAt(double[] x, int[] y, int k, ClassificationCriterion c, double t) {
        double[] left = new double[k];
        double[] right = new double[k];
        int nLeft = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] <= t) {
                left[y[i]]++;
                nLeft++;
            } else {
                right[y[i]]++;
            }
        }
        int n = x.length;
        return c.impurity(Impurity.classCounts(y, k)) - (double) (n - nLeft) / n * c.impurity(right) - (double) nLeft / n * c.impurity(left);
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String part) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.contains(part), "\"" + message + "\" does not contain \"" + part + "\"");
    }
}
