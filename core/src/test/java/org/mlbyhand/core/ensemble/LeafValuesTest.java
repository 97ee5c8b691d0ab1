package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.RegressionCriterion;
import org.mlbyhand.core.tree.Tree;

class LeafValuesTest {
    @Test
    void theMeanResidualIsTheRegressionTreesOwnLeafValue() {
        Dataset<double[]> d = Data.regression(6L, 120);
        double[] r = PseudoResiduals.squaredError(d.y(), new double[120]);
        Tree tree = new DecisionTreeRegressor().withCriterion(RegressionCriterion.FRIEDMAN_MSE).withMaxDepth(3).fit(d.X(), r).tree();
        double[] mean = LeafValues.meanResidual(r, tree.apply(d.X()), tree.nodeCount());
        double[][] value = tree.value();
        for (int t = 0; t < tree.nodeCount(); t++) {
            if (tree.childrenLeft()[t] == Tree.TREE_LEAF) {
                assertEquals(value[t][0], mean[t], ScikitLearnTolerances.SAME_MATH, "leaf " + t);
            } else {
                assertEquals(0.0, mean[t], 0.0, "a split node holds no row: an empty region gets 0");
            }
        }
    }

    @Test
    void theLogLossLeafIsOneNewtonStepNotTheMeanResidual() {
        // Region 0: y = 1, 1, 0 at p = ½: r = ½, ½, −½; Σr = ½, Σp(1 − p) = ¾, step ⅔ (the mean residual would be ⅙).
        // Region 1: y = 1 at p = 0.9: r = 0.1, step 0.1/0.09. Row 4 (region −1) is out of the subsample.
        double[] r = {0.5, 0.5, -0.5, 0.1, 0.3};
        int[] y = {1, 1, 0, 1, 1};
        int[] region = {0, 0, 0, 1, -1};
        double[] step = LeafValues.logLossNewtonStep(r, y, region, 3);
        assertArrayEquals(new double[] {0.5 / 0.75, 0.1 / (0.9 * (1 - 0.9)), 0.0}, step, 1e-15);
        assertEquals(1.0 / 6, LeafValues.meanResidual(r, region, 3)[0], 1e-15, "the classic bug's value, for contrast");
    }

    @Test
    void theNewtonStepLowersTheLeafsLogLoss() {
        double[] r = {0.5, 0.5, -0.5};
        int[] y = {1, 1, 0};
        double gamma = LeafValues.logLossNewtonStep(r, y, new int[3], 1)[0];
        assertTrue(leafLogLoss(y, gamma) < leafLogLoss(y, 0.0), "one step from F = 0 lowers the loss");
        assertEquals(Math.log(2.0), gamma, 0.05, "and lands near the exact minimiser log(2/1)");
    }

    @Test
    void theMulticlassStepIsScaledByKMinusOneOverK() {
        double[] r = {0.5, 0.5, -0.5};
        int[] y = {2, 2, 0};
        double[] multi = LeafValues.logLossNewtonStep(r, y, 2, 3, new int[3], 1);
        assertEquals(2.0 / 3 * (0.5 / 0.75), multi[0], 1e-15);
    }

    @Test
    void absoluteErrorLeavesTakeTheLowerMedianOfTheResiduals() {
        double[] y = {1, 2, 3, 4, 10, 0};
        double[] F = new double[6];
        int[] region = {0, 0, 0, 0, 1, -1};
        assertArrayEquals(new double[] {2, 10}, LeafValues.absoluteError(y, F, region, 2), 0.0, "lower median of 1, 2, 3, 4 is 2");
    }

    @Test
    void huberLeavesStepFromTheMedianWithClippedResiduals() {
        // d = 0, 1, 2, 100: lower median 1; d − m = −1, 0, 1, 99 clipped at γ = 2: −1, 0, 1, 2; mean ½: leaf 1.5.
        double[] value = LeafValues.huber(new double[] {0, 1, 2, 100}, new double[4], new int[4], 1, 2.0);
        assertArrayEquals(new double[] {1.5}, value, 0.0);
    }

    @Test
    void badInputIsNamed() {
        assertMessage(() -> LeafValues.meanResidual(new double[2], new int[] {0, 2}, 2), "LeafValues.meanResidual: region[1] = 2 is not in [−1, 2)");
        assertMessage(() -> LeafValues.logLossNewtonStep(new double[1], new int[] {2}, new int[1], 1),
                "LeafValues.logLossNewtonStep: y[0] = 2 is not a class in [0, 2)");
        assertMessage(() -> LeafValues.logLossNewtonStep(new double[1], new int[1], 0, 2, new int[1], 1),
                "LeafValues.logLossNewtonStep: K must be ≥ 3, got 2");
    }

    private static double leafLogLoss(int[] y, double gamma) {
        double p = 1 / (1 + Math.exp(-gamma));
        double loss = 0.0;
        for (int label : y) {
            loss -= label == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return loss;
    }
}
