package org.mlbyhand.core.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;

/** The regression tree on closed-form cases, its invariants, and Friedman's criterion. */
class DecisionTreeRegressorTest {
    @Test
    void aStepFunctionIsFitByOneSplitAtTheMidpointWithTheTwoMeans() {
        Matrix X = Matrix.column(new double[] {0, 1, 2, 3, 4, 5});
        double[] y = {1, 1, 1, 7, 7, 7};
        RegressionTree m = new DecisionTreeRegressor().fit(X, y);
        Tree t = m.tree();
        assertEquals(3, t.nodeCount(), "both halves are constant: impurity 0 ≤ ε makes them leaves");
        assertArrayEquals(new double[] {2.5, -2, -2}, t.threshold());
        assertArrayEquals(new double[] {4, 1, 7}, new double[] {t.value()[0][0], t.value()[1][0], t.value()[2][0]});
        assertArrayEquals(new double[] {9, 0, 0}, t.impurity());   // variance of (1,1,1,7,7,7) = 9
        assertArrayEquals(new double[] {1, 1, 7}, m.predict(Matrix.column(new double[] {-5, 2.5, 2.6})));
    }

    @Test
    void eachLeafPredictsTheMeanOfItsTrainingTargetsAndStoresTheirVariance() {
        Dataset<double[]> d = TreeData.values(1, 120, 2);
        RegressionTree m = new DecisionTreeRegressor().withMinSamplesLeaf(9).fit(d.X(), d.y());
        int[] leaves = m.apply(d.X());
        double[][] value = m.tree().value();
        double[] impurity = m.tree().impurity();
        for (int leaf : java.util.Arrays.stream(leaves).distinct().toArray()) {
            double[] ys = java.util.stream.IntStream.range(0, leaves.length).filter(i -> leaves[i] == leaf).mapToDouble(i -> d.y()[i]).toArray();
            assertTrue(ys.length >= 9);
            assertEquals(java.util.Arrays.stream(ys).average().orElseThrow(), value[leaf][0], 1e-14, "mean of leaf " + leaf);
            assertEquals(Impurity.squaredError(ys), impurity[leaf], 1e-13, "variance of leaf " + leaf);
        }
    }

    @Test
    void friedmanMseSplitsLikeSquaredErrorAndItsImprovementIsNotDividedByN() {
        // On one node both criteria rank splits alike; Friedman's improvement is the squared-error one times N,
        // so minImpurityDecrease δ for squared_error stops where δ·N does for friedman_mse.
        Dataset<double[]> d = TreeData.values(2, 150, 3);
        double delta = 0.01;
        Tree squared = new DecisionTreeRegressor().withMinImpurityDecrease(delta).fit(d.X(), d.y()).tree();
        Tree friedman = new DecisionTreeRegressor().withCriterion(RegressionCriterion.FRIEDMAN_MSE)
                .withMinImpurityDecrease(delta * 150).fit(d.X(), d.y()).tree();
        assertArrayEquals(squared.feature(), friedman.feature());
        assertArrayEquals(squared.threshold(), friedman.threshold());
        Tree unscaled = new DecisionTreeRegressor().withCriterion(RegressionCriterion.FRIEDMAN_MSE)
                .withMinImpurityDecrease(delta).fit(d.X(), d.y()).tree();
        assertTrue(unscaled.nodeCount() > squared.nodeCount(), "the same δ stops friedman_mse much later");
    }

    @Test
    void theDepthLimitAndFeatureImportancesOfASignalInOneFeature() {
        Dataset<double[]> d = TreeData.values(3, 200, 3);
        Matrix X = d.X().copy();
        for (int i = 0; i < X.rows(); i++) {
            X.set(i, 2, 0.5);   // a constant feature is never split on
        }
        RegressionTree m = new DecisionTreeRegressor().withMaxDepth(3).fit(X, d.y());
        assertEquals(3, m.getDepth());
        assertEquals(8, m.getNLeaves());
        double[] importances = m.featureImportances();
        assertEquals(0.0, importances[2]);
        assertEquals(1.0, importances[0] + importances[1], 1e-15);
    }

    @Test
    void nanInTheTargetAndBadHyperParametersAreRefused() {
        Dataset<double[]> d = TreeData.values(4, 10, 2);
        double[] y = d.y().clone();
        y[4] = Double.NaN;
        assertMessage(() -> new DecisionTreeRegressor().fit(d.X(), y), "DecisionTreeRegressor.fit: y[4] is NaN");
        assertMessage(() -> new DecisionTreeRegressor().withMaxDepth(-3), "DecisionTreeRegressor: maxDepth must be ≥ 1, got -3");
        assertMessage(() -> new DecisionTreeRegressor().withCriterion(null), "criterion is null");
        assertMessage(() -> new DecisionTreeRegressor().costComplexityPruningPath(d.X(), y), "costComplexityPruningPath: y[4] is NaN");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String part) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.contains(part), "\"" + message + "\" does not contain \"" + part + "\"");
    }
}
