package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.RegressionCriterion;
import org.mlbyhand.core.tree.Tree;

class GradientBoostingClassifierTest {
    private static final Dataset<int[]> BINARY = Data.disc(21L, 200);
    private static final Dataset<int[]> THREE = ThreeClasses.data(22L, 240);

    @Test
    void theFirstBinaryStageIsATreeOnYMinusThePriorWithNewtonLeaves() {
        double share = Arrays.stream(BINARY.y()).sum() / 200.0;
        double F0 = Math.log(share / (1 - share));
        double[] r = PseudoResiduals.logLoss(BINARY.y(), GradientBoostingRegressorTest.filled(200, F0));
        Tree tree = new DecisionTreeRegressor().withCriterion(RegressionCriterion.FRIEDMAN_MSE).withMaxDepth(3).fit(BINARY.X(), r).tree();
        int[] leaves = tree.apply(BINARY.X());
        double[] step = LeafValues.logLossNewtonStep(r, BINARY.y(), leaves, tree.nodeCount());
        GradientBoostingClassificationModel m = new GradientBoostingClassifier().withNEstimators(1).fit(BINARY.X(), BINARY.y());
        assertArrayEquals(new double[] {F0}, m.initRawPrediction(), 0.0, "F₀ = the log-odds of the class shares");
        Matrix F = m.decisionFunction(BINARY.X());
        for (int i = 0; i < 200; i++) {
            assertEquals(F0 + 0.1 * step[leaves[i]], F.get(i, 0), 0.0, "row " + i);
        }
    }

    @Test
    void probabilitiesAreTheSigmoidOrTheSoftmaxOfTheRawScores() {
        GradientBoostingClassificationModel binary = new GradientBoostingClassifier().withNEstimators(15).fit(BINARY.X(), BINARY.y());
        Matrix F = binary.decisionFunction(BINARY.X());
        Matrix P = binary.predictProba(BINARY.X());
        assertEquals(200 + "×1", F.shape(), "one raw score for two classes");
        for (int i = 0; i < 200; i++) {
            assertEquals(1 / (1 + Math.exp(-F.get(i, 0))), P.get(i, 1), 1e-15);
            assertEquals(1.0, P.get(i, 0) + P.get(i, 1), 0.0);
        }
        GradientBoostingClassificationModel three = new GradientBoostingClassifier().withNEstimators(15).fit(THREE.X(), THREE.y());
        Matrix G = three.decisionFunction(THREE.X());
        Matrix Q = three.predictProba(THREE.X());
        assertEquals(15, three.estimators().size());
        assertEquals(3, three.estimators().get(0).size(), "one tree per class per stage");
        for (int i = 0; i < 240; i++) {
            double s = Math.exp(G.get(i, 0)) + Math.exp(G.get(i, 1)) + Math.exp(G.get(i, 2));
            for (int c = 0; c < 3; c++) {
                assertEquals(Math.exp(G.get(i, c)) / s, Q.get(i, c), 1e-15, "row " + i + ", class " + c);
            }
        }
    }

    @Test
    void theMulticlassInitIsTheLogOfTheClassShares() {
        int[] counts = new int[3];
        for (int label : THREE.y()) {
            counts[label]++;
        }
        double[] init = new GradientBoostingClassifier().withNEstimators(1).fit(THREE.X(), THREE.y()).initRawPrediction();
        for (int c = 0; c < 3; c++) {
            assertEquals(Math.log(counts[c] / 240.0), init[c], 0.0, "class " + c);
        }
    }

    @Test
    void stagedOutputsEndAtTheFinalOnesAndTheTrainingLossFalls() {
        GradientBoostingClassificationModel m = new GradientBoostingClassifier().withNEstimators(20).withSubsample(0.7)
                .withRandomState(4L).fit(THREE.X(), THREE.y());
        List<Matrix> staged = m.stagedPredictProba(THREE.X());
        assertArrayEquals(m.predictProba(THREE.X()).toRowMajorArray(), staged.get(19).toRowMajorArray(), 0.0);
        assertArrayEquals(m.predict(THREE.X()), m.stagedPredict(THREE.X()).get(19));
        assertArrayEquals(m.decisionFunction(THREE.X()).toRowMajorArray(), m.stagedDecisionFunction(THREE.X()).get(19).toRowMajorArray(), 0.0);
        assertTrue(m.trainScore()[19] < m.trainScore()[0]);
    }

    @Test
    void earlyStoppingUsesAStratifiedSeededSplit() {
        GradientBoostingClassifier g = new GradientBoostingClassifier().withNEstimators(200).withLearningRate(0.5).withNIterNoChange(3)
                .withValidationFraction(0.2);
        GradientBoostingClassificationModel a = g.fit(THREE.X(), THREE.y());
        assertTrue(a.nEstimators() < 200, a.nEstimators() + " stages");
        assertEquals(a.nEstimators(), a.trainScore().length);
        assertArrayEquals(a.predictProba(THREE.X()).toRowMajorArray(), g.fit(THREE.X(), THREE.y()).predictProba(THREE.X()).toRowMajorArray(), 0.0);
    }

    @Test
    void badInputGetsAClearException() {
        GradientBoostingClassifier g = new GradientBoostingClassifier();
        assertMessage(() -> g.fit(BINARY.X(), new int[200]), "GradientBoostingClassifier.fit: y has only class 0; a classifier needs at least two classes");
        int[] gap = THREE.y().clone();
        for (int i = 0; i < gap.length; i++) {
            gap[i] = gap[i] == 1 ? 2 : gap[i];
        }
        assertMessage(() -> g.fit(THREE.X(), gap), "GradientBoostingClassifier.fit: class 1 has no rows");
        assertMessage(() -> g.withNEstimators(0), "GradientBoostingClassifier: nEstimators must be ≥ 1, got 0");
        assertMessage(() -> g.withLearningRate(0.0), "GradientBoostingClassifier: learningRate must be finite and > 0, got 0.0");
        assertMessage(() -> g.withSubsample(1.01), "GradientBoostingClassifier: subsample must be in (0, 1], got 1.01");
        assertEquals("GradientBoostingClassifier(loss=log_loss, learningRate=0.1, nEstimators=100, subsample=1.0, criterion=friedman_mse,"
                + " maxDepth=3, minSamplesSplit=2, minSamplesLeaf=1, minImpurityDecrease=0.0, maxFeatures=None, ccpAlpha=0.0,"
                + " randomState=0, validationFraction=0.1, nIterNoChange=None, tol=1.0E-4)", g.toString());
    }
}
