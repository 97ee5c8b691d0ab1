package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.ClassificationMetrics;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.tree.ClassificationCriterion;
import org.mlbyhand.core.tree.ClassificationTree;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.MaxFeatures;
import org.mlbyhand.core.tree.Tree;

class RandomForestClassifierTest {
    private static final Dataset<int[]> DATA = ThreeClasses.data(1L, 200);
    private static final Matrix NEW_ROWS = ThreeClasses.data(2L, 50).X();

    @Test
    void oneThreadAndFourThreadsGrowBitIdenticalForests() {
        RandomForestClassifier forest = new RandomForestClassifier().withNEstimators(40).withOobScore(true).withRandomState(17L);
        RandomForestClassificationModel one = forest.withNJobs(1).fit(DATA.X(), DATA.y());
        RandomForestClassificationModel four = forest.withNJobs(4).fit(DATA.X(), DATA.y());
        for (int t = 0; t < 40; t++) {
            sameTree("tree " + t, one.estimators().get(t).tree(), four.estimators().get(t).tree());
        }
        assertArrayEquals(one.randomStates(), four.randomStates());
        assertArrayEquals(one.predictProba(NEW_ROWS).toRowMajorArray(), four.predictProba(NEW_ROWS).toRowMajorArray(), 0.0);
        assertArrayEquals(one.oobDecisionFunction().toRowMajorArray(), four.oobDecisionFunction().toRowMajorArray(), 0.0);
        assertEquals(one.oobScore(), four.oobScore(), 0.0);
        assertArrayEquals(one.featureImportances(), four.featureImportances(), 0.0);
    }

    @Test
    void everyTreeIsTheDecisionTreeFittedOnItsBootstrapSample() {
        RandomForestClassificationModel m = new RandomForestClassifier().withNEstimators(12).withCriterion(ClassificationCriterion.ENTROPY)
                .withMinSamplesLeaf(2).withRandomState(5L).fit(DATA.X(), DATA.y());
        long[] seeds = m.randomStates();
        Rng forestRng = new Rng(5L);
        for (int t = 0; t < seeds.length; t++) {
            assertEquals(forestRng.nextLong(), seeds[t], "s_t is the t-th long of Rng(randomState)");
            Rng rng = new Rng(seeds[t]);
            double[] counts = Arrays.stream(Bootstrap.sampleCounts(rng, DATA.X().rows())).asDoubleStream().toArray();
            ClassificationTree expected = new DecisionTreeClassifier().withCriterion(ClassificationCriterion.ENTROPY)
                    .withMinSamplesLeaf(2).withMaxFeatures(MaxFeatures.sqrt()).withRandomState(rng.nextLong())
                    .fit(DATA.X(), DATA.y(), counts);
            sameTree("tree " + t, expected.tree(), m.estimators().get(t).tree());
        }
    }

    @Test
    void aTreeOnCountWeightsPredictsAsTheTreeOnTheDrawnRows() {
        // Weights = counts is the bootstrap sample itself: every weighted count is the count over the drawn rows.
        int n = DATA.X().rows();
        Rng rng = new Rng(9L);
        int[] drawn = new int[n];
        int[] counts = new int[n];
        for (int d = 0; d < n; d++) {
            drawn[d] = rng.nextInt(n);
            counts[drawn[d]]++;
        }
        assertArrayEquals(counts, Bootstrap.sampleCounts(new Rng(9L), n));
        DecisionTreeClassifier tree = new DecisionTreeClassifier();
        ClassificationTree weighted = tree.fit(DATA.X(), DATA.y(), Bootstrap.weights(counts));
        ClassificationTree sample = tree.fit(DATA.X().selectRows(drawn), Arrays.stream(drawn).map(i -> DATA.y()[i]).toArray());
        assertArrayEquals(sample.predictProba(NEW_ROWS).toRowMajorArray(), weighted.predictProba(NEW_ROWS).toRowMajorArray(), 0.0);
    }

    @Test
    void predictionsAreTheMeanOfTheTreesProbabilities() {
        RandomForestClassificationModel m = new RandomForestClassifier().withNEstimators(9).fit(DATA.X(), DATA.y());
        Matrix mean = ForestVote.meanProbabilities(m.estimators().stream().map(t -> t.predictProba(NEW_ROWS)).toList());
        assertArrayEquals(mean.toRowMajorArray(), m.predictProba(NEW_ROWS).toRowMajorArray(), 0.0);
        assertArrayEquals(ForestVote.argmax(mean), m.predict(NEW_ROWS));
    }

    @Test
    void theOutOfBagDecisionFunctionAveragesTheTreesThatLeftEachRowOut() {
        RandomForestClassificationModel m = new RandomForestClassifier().withNEstimators(15).withOobScore(true).withRandomState(3L)
                .fit(DATA.X(), DATA.y());
        int n = DATA.X().rows();
        Matrix sum = Matrix.zeros(n, 3);
        int[] times = new int[n];
        for (int t = 0; t < 15; t++) {
            int[] counts = Bootstrap.sampleCounts(new Rng(m.randomStates()[t]), n);
            Matrix P = m.estimators().get(t).predictProba(DATA.X());
            for (int i = 0; i < n; i++) {
                if (counts[i] == 0) {
                    times[i]++;
                    for (int c = 0; c < 3; c++) {
                        sum.set(i, c, sum.get(i, c) + P.get(i, c));
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                sum.set(i, c, sum.get(i, c) / Math.max(1, times[i]));
            }
        }
        assertArrayEquals(sum.toRowMajorArray(), m.oobDecisionFunction().toRowMajorArray(), 0.0);
        assertEquals(ClassificationMetrics.accuracyScore(DATA.y(), ForestVote.argmax(sum)), m.oobScore(), 0.0);
    }

    @Test
    void aRowEveryTreeSawGetsZeroOutOfBagProbabilities() {
        RandomForestClassificationModel m = new RandomForestClassifier().withNEstimators(1).withOobScore(true).fit(DATA.X(), DATA.y());
        int[] counts = Bootstrap.sampleCounts(new Rng(m.randomStates()[0]), DATA.X().rows());
        Matrix oob = m.oobDecisionFunction();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                assertArrayEquals(new double[3], oob.row(i), 0.0, "row " + i + " was in the only tree's sample");
            }
        }
    }

    @Test
    void withoutBootstrapOrFeatureSamplingEveryTreeIsTheSameTree() {
        RandomForestClassificationModel m = new RandomForestClassifier().withNEstimators(4).withBootstrap(false)
                .withMaxFeatures(MaxFeatures.all()).fit(DATA.X(), DATA.y());
        ClassificationTree alone = new DecisionTreeClassifier().fit(DATA.X(), DATA.y());
        for (ClassificationTree t : m.estimators()) {
            sameTree("a tree on every row and every feature", alone.tree(), t.tree());
        }
        assertArrayEquals(alone.featureImportances(), m.featureImportances(), 1e-15);
    }

    @Test
    void featureImportancesAreTheMeanOfTheTreesNormalized() {
        RandomForestClassificationModel m = new RandomForestClassifier().withNEstimators(6).withMaxDepth(2).fit(DATA.X(), DATA.y());
        double[] mean = new double[4];
        for (ClassificationTree t : m.estimators()) {
            double[] f = t.featureImportances();
            for (int j = 0; j < 4; j++) {
                mean[j] += f[j] / 6;
            }
        }
        double total = Arrays.stream(mean).sum();
        double[] importances = m.featureImportances();
        for (int j = 0; j < 4; j++) {
            assertEquals(mean[j] / total, importances[j], ScikitLearnTolerances.SAME_MATH, "feature " + j);
        }
        assertEquals(1.0, Arrays.stream(importances).sum(), ScikitLearnTolerances.SAME_MATH);
    }

    @Test
    void theDefaultsAreScikitLearns() {
        RandomForestClassifier f = new RandomForestClassifier();
        assertEquals("RandomForestClassifier(nEstimators=100, criterion=gini, maxDepth=None, minSamplesSplit=2, minSamplesLeaf=1,"
                + " minImpurityDecrease=0.0, maxFeatures='sqrt', ccpAlpha=0.0, bootstrap=true, oobScore=false, nJobs=-1,"
                + " randomState=0)", f.toString());
    }

    @Test
    void badInputGetsAClearException() {
        RandomForestClassifier f = new RandomForestClassifier();
        assertMessage(() -> f.withNEstimators(0), "RandomForestClassifier: nEstimators must be ≥ 1, got 0");
        assertMessage(() -> f.withMaxDepth(0), "RandomForestClassifier: maxDepth must be ≥ 1, got 0");
        assertMessage(() -> f.withNJobs(0), "RandomForestClassifier: nJobs must be ≥ 1, or −1 for every processor, got 0");
        assertMessage(() -> f.withBootstrap(false).withOobScore(true), "RandomForestClassifier: oobScore needs bootstrap = true");
        assertMessage(() -> f.fit(DATA.X(), new int[DATA.X().rows()]),
                "RandomForestClassifier.fit: y has only class 0; a classifier needs at least two classes");
        int[] gap = DATA.y().clone();
        for (int i = 0; i < gap.length; i++) {
            gap[i] = gap[i] == 1 ? 2 : gap[i];
        }
        assertMessage(() -> f.fit(DATA.X(), gap), "RandomForestClassifier.fit: class 1 has no rows");
        assertMessage(() -> f.withMaxFeatures(MaxFeatures.count(5)).fit(DATA.X(), DATA.y()),
                "MaxFeatures.resolve: maxFeatures = 5 but X has only 4 features");
        RandomForestClassificationModel m = f.withNEstimators(2).fit(DATA.X(), DATA.y());
        String message = assertThrows(IllegalStateException.class, m::oobScore).getMessage();
        assertTrue(message.startsWith("RandomForestClassificationModel.oobScore: the forest was fitted without oobScore"), message);
    }

    /** Bit-identical tree arrays. */
    static void sameTree(String what, Tree expected, Tree actual) {
        assertArrayEquals(expected.childrenLeft(), actual.childrenLeft(), what + ": childrenLeft");
        assertArrayEquals(expected.feature(), actual.feature(), what + ": feature");
        assertArrayEquals(expected.threshold(), actual.threshold(), 0.0, what + ": threshold");
        assertArrayEquals(expected.impurity(), actual.impurity(), 0.0, what + ": impurity");
        assertArrayEquals(expected.weightedNNodeSamples(), actual.weightedNNodeSamples(), 0.0, what + ": weightedNNodeSamples");
        assertArrayEquals(Arrays.stream(expected.value()).flatMapToDouble(Arrays::stream).toArray(),
                Arrays.stream(actual.value()).flatMapToDouble(Arrays::stream).toArray(), 0.0, what + ": value");
    }
}
