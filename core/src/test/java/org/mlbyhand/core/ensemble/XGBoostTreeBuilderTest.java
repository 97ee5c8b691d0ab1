package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;

/** One tree from given gradient pairs: toy cases whose answers are worked out by hand. */
class XGBoostTreeBuilderTest {
    /** x = 1, 2, 3, 4 with targets 1, 1, 5, 5 at margin 0: g = −y, h = 1. */
    private static final Matrix X = Data.column(1, 2, 3, 4);
    private static final double[] G = {-1, -1, -5, -5};
    private static final double[] ONES = {1, 1, 1, 1};

    @Test
    void aStumpCutsTheBestGapAtItsMidpointWithLeavesMinusGOverHPlusLambda() {
        XGBoostTree tree = build(X, G, ONES, params(1, 1.0, 1.0, 1.0, 0.0));
        assertEquals(3, tree.nodeCount());
        assertEquals(0, tree.feature(0));
        assertEquals(2.5, tree.threshold(0), 0.0);
        // left: G = −2, H = 2 → w = 2/3; right: G = −10, H = 2 → w = 10/3; gain = ½[4/3 + 100/3 − 144/5]
        assertEquals(2.0 / 3, tree.leafValue(tree.left(0)), Tolerances.ROUNDING);
        assertEquals(10.0 / 3, tree.leafValue(tree.right(0)), Tolerances.ROUNDING);
        assertEquals(0.5 * (4.0 / 3 + 100.0 / 3 - 144.0 / 5), tree.gain(0), Tolerances.ROUNDING);
        assertArrayEquals(new double[] {4, 2, 2}, new double[] {tree.cover(0), tree.cover(1), tree.cover(2)}, 0.0);
    }

    @Test
    void theLearningRateScalesEveryLeaf() {
        XGBoostTree tree = build(X, G, ONES, params(1, 0.1, 1.0, 1.0, 0.0));
        assertEquals(0.1 * 2.0 / 3, tree.leafValue(tree.left(0)), Tolerances.ROUNDING);
    }

    @Test
    void aRowEqualToTheThresholdGoesRight() {
        XGBoostTree tree = build(X, G, ONES, params(1, 1.0, 1.0, 1.0, 0.0));
        double[] f = tree.predict(Data.column(2.4999, 2.5, 2.5001));
        assertArrayEquals(new double[] {2.0 / 3, 10.0 / 3, 10.0 / 3}, f, Tolerances.ROUNDING);
    }

    @Test
    void theThresholdIsTheMidpointOrTheUpperValueWhenTheMidpointRoundsDown() {
        assertEquals(-2.0, XGBoostTreeBuilder.threshold(-3.0, -1.0), 0.0);
        assertEquals(Math.nextUp(1.0), XGBoostTreeBuilder.threshold(1.0, Math.nextUp(1.0)), 0.0);
        assertEquals(0.0, XGBoostTreeBuilder.threshold(-Double.MAX_VALUE, Double.MAX_VALUE), 0.0);
        assertEquals(Double.MAX_VALUE * 0.75, XGBoostTreeBuilder.threshold(Double.MAX_VALUE / 2, Double.MAX_VALUE), 0.0);
    }

    @Test
    void minChildWeightForbidsChildrenWithTooSmallAHessianSum() {
        // Alone, the outlier x = 4 would be cut off (G = −20 against −1, −1, −1); H ≥ 2 on each side forbids it.
        double[] g = {-1, -1, -1, -20};
        assertEquals(3.5, build(X, g, ONES, params(1, 1.0, 1.0, 1.0, 0.0)).threshold(0), 0.0);
        assertEquals(2.5, build(X, g, ONES, params(1, 1.0, 2.0, 1.0, 0.0)).threshold(0), 0.0);
        assertTrue(build(X, g, ONES, params(1, 1.0, 2.5, 1.0, 0.0)).isLeaf(0), "no split leaves H ≥ 2.5 on both sides");
    }

    @Test
    void gammaPrunesASplitWhoseGainIsNegative() {
        double gain = 0.5 * (4.0 / 3 + 100.0 / 3 - 144.0 / 5);   // ≈ 2.93
        assertEquals(3, build(X, G, ONES, params(1, 1.0, 1.0, 1.0, gain - 0.01)).nodeCount());
        XGBoostTree pruned = build(X, G, ONES, params(1, 1.0, 1.0, 1.0, gain + 0.01));
        assertTrue(pruned.isLeaf(0), "γ above the gain");
        assertEquals(12.0 / 5, pruned.leafValue(0), Tolerances.ROUNDING, "the root's own weight, −G/(H + λ)");
    }

    @Test
    void pruningKeepsAWeakSplitWhenASplitUnderItPaysForIt() {
        // Targets by (x₀, x₁), ten rows each: (0,0) → 1, (0,1) → −1, (1,0) → −1, (1,1) → 2. The root's best split
        // (x₀, gain ½[100/21 − 100/41] − γ ≈ 1.16 − γ) is weak; its children's splits gain ≈ 9.09 − γ and 20.3 − γ.
        Dataset<double[]> d = corners();
        double[] g = negate(d.y());
        double[] h = ones(g.length);
        XGBoostTree deep = build(d.X(), g, h, params(2, 1.0, 1.0, 1.0, 5.0));
        assertEquals(7, deep.nodeCount(), "the root split stays: both children split further");
        assertTrue(deep.gain(0) < 0.0, "the root's gain " + deep.gain(0) + " is below zero");
        assertTrue(build(d.X(), g, h, params(1, 1.0, 1.0, 1.0, 5.0)).isLeaf(0), "at depth 1 nothing pays for it");
    }

    @Test
    void equalGainsGoToTheLowestFeatureThenTheLargestThreshold() {
        // Two columns that order the rows alike give every cut the same gain on both: feature 0 wins, whichever it is.
        Matrix twin = Matrix.of(new double[][] {{1, 40}, {2, 30}, {3, 20}, {4, 10}});
        Matrix mirrored = Matrix.of(new double[][] {{40, 1}, {30, 2}, {20, 3}, {10, 4}});
        assertEquals(0, build(twin, G, ONES, params(1, 1.0, 1.0, 1.0, 0.0)).feature(0));
        assertEquals(0, build(mirrored, G, ONES, params(1, 1.0, 1.0, 1.0, 0.0)).feature(0));
        // g = 1, −1, −1, 1: cutting off the first or the last row gains the same 0.375; XGBoost keeps the largest threshold.
        XGBoostTree tree = build(X, new double[] {1, -1, -1, 1}, ONES, params(1, 1.0, 1.0, 1.0, 0.0));
        assertEquals(3.5, tree.threshold(0), 0.0);
    }

    @Test
    void aSplitMustLowerTheDoubledGainByMoreThanXGBoostsEpsilon() {
        // Δ = 2·(gain + γ) = 2·(1e-4)²/2 = 1e-8 ≤ 1e-6: no split; with g = ±1e-2, Δ = 1e-4: a split.
        Matrix two = Data.column(0, 1);
        assertTrue(build(two, new double[] {1e-4, -1e-4}, ones(2), params(1, 1.0, 0.0, 1.0, 0.0)).isLeaf(0));
        assertEquals(3, build(two, new double[] {1e-2, -1e-2}, ones(2), params(1, 1.0, 0.0, 1.0, 0.0)).nodeCount());
    }

    @Test
    void aRootWhoseHessianSumIsBelowMinChildWeightHasWeightZero() {
        XGBoostTree tree = build(X, G, ONES, params(3, 1.0, 5.0, 1.0, 0.0));
        assertTrue(tree.isLeaf(0));
        assertEquals(0.0, tree.leafValue(0), 0.0, "XGBoost's CalcWeight gives 0 when H < min_child_weight");
    }

    @Test
    void treesRespectMaxDepthAndEveryChildHasEnoughCover() {
        Dataset<double[]> d = Data.regression(5L, 200);
        double[] g = negate(d.y());
        for (int maxDepth = 1; maxDepth <= 5; maxDepth++) {
            XGBoostTree tree = build(d.X(), g, ones(g.length), params(maxDepth, 0.3, 3.0, 1.0, 0.0));
            assertTrue(tree.depth() <= maxDepth, "depth " + tree.depth() + " > maxDepth " + maxDepth);
            assertEquals(tree.nodeCount(), 2 * tree.leafCount() - 1, "a binary tree");
            for (int node = 1; node < tree.nodeCount(); node++) {
                assertTrue(tree.cover(node) >= 3.0, "node " + node + " has cover " + tree.cover(node));
            }
        }
    }

    @Test
    void aTreeNamesAMatrixTooNarrowForItsSplitsAndANaN() {
        Matrix constantFirst = Matrix.of(new double[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
        XGBoostTree tree = build(constantFirst, G, ONES, params(1, 1.0, 1.0, 1.0, 0.0));
        assertEquals(1, tree.feature(0), "a constant column has no cut");
        assertMessage(() -> tree.predict(X), "XGBoostTree.predict: the tree splits on feature 1, X is 4×1");
        assertMessage(() -> tree.predict(Matrix.of(new double[][] {{0, Double.NaN}})), "XGBoostTree.predict: X[0][1] is NaN");
        assertMessage(() -> tree.leafValue(0), "XGBoostTree.leafValue: node 0 is not a leaf");
        assertMessage(() -> tree.threshold(1), "XGBoostTree.threshold: node 1 is a leaf");
    }

    @Test
    void sortedRowsOrdersEachColumnWithTiesByRow() {
        Matrix M = Matrix.of(new double[][] {{2, 0}, {1, 0}, {2, -1}});
        int[][] sorted = XGBoostTreeBuilder.sortedRows(M);
        assertArrayEquals(new int[] {1, 0, 2}, sorted[0]);
        assertArrayEquals(new int[] {2, 0, 1}, sorted[1]);
    }

    private static XGBoostTree build(Matrix X, double[] g, double[] h, Hyperparameters params) {
        return XGBoostTreeBuilder.build(X, XGBoostTreeBuilder.sortedRows(X), g, h, params);
    }

    /** One round's tree parameters: maxDepth, eta, minChildWeight, lambda, gamma. */
    private static Hyperparameters params(int maxDepth, double eta, double minChildWeight, double lambda, double gamma) {
        return new Hyperparameters("test", 1, eta, maxDepth, minChildWeight, lambda, gamma);
    }

    private static Dataset<double[]> corners() {
        double[][] x = new double[40][];
        double[] y = new double[40];
        double[] target = {1, -1, -1, 2};   // (0,0), (0,1), (1,0), (1,1)
        for (int i = 0; i < 40; i++) {
            int corner = i % 4;
            x[i] = new double[] {corner / 2, corner % 2};
            y[i] = target[corner];
        }
        return new Dataset<>(Matrix.of(x), y);
    }

    private static double[] negate(double[] y) {
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            g[i] = -y[i];
        }
        return g;
    }

    private static double[] ones(int n) {
        double[] h = new double[n];
        java.util.Arrays.fill(h, 1.0);
        return h;
    }
}
