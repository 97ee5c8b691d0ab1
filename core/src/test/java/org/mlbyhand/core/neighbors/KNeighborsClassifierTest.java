package org.mlbyhand.core.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.EstimatorContract;
import org.mlbyhand.core.linalg.Matrix;

class KNeighborsClassifierTest {
    /** Training points on a line: x = 0, 1, 2, 3, 10 with labels 0, 0, 1, 1, 2. */
    private static final Matrix LINE = Matrix.column(new double[] {0, 1, 2, 3, 10});
    private static final int[] LABELS = {0, 0, 1, 1, 2};

    @TestFactory
    Stream<DynamicContainer> everyVariantKeepsTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.classifier("KNeighborsClassifier", KNeighborsClassifier::new, Toy::classes),
                EstimatorContract.classifier("KNeighborsClassifier (k = 1)", () -> new KNeighborsClassifier(1), Toy::classes),
                EstimatorContract.classifier("KNeighborsClassifier (distance, Manhattan)",
                        () -> new KNeighborsClassifier(4).withWeights(Weights.DISTANCE).withMetric(Metric.MANHATTAN), Toy::classes),
                EstimatorContract.classifier("KNeighborsClassifier (Minkowski p = 3)",
                        () -> new KNeighborsClassifier(7).withP(3.0), Toy::classes));
    }

    @Test
    void defaultsAreScikitLearns() {
        KNeighborsClassifier knn = new KNeighborsClassifier();
        assertEquals(5, knn.nNeighbors());
        assertEquals(Weights.UNIFORM, knn.weights());
        assertEquals(Metric.MINKOWSKI, knn.metric());
        assertEquals(2.0, knn.p());
    }

    @Test
    void threeNeighboursVoteAndTheProbabilitiesAreTheirShares() {
        // x = 1.4: nearest are 1 (0.4), 2 (0.6), 0 (1.4) → labels 0, 1, 0
        KNeighborsClassifierModel m = new KNeighborsClassifier(3).fit(LINE, LABELS);
        Matrix P = m.predictProba(Matrix.column(new double[] {1.4}));
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 0.0}, P.row(0), Tolerances.ROUNDING);
        assertArrayEquals(new int[] {0}, m.predict(Matrix.column(new double[] {1.4})));
        assertEquals(3, m.numClasses());
    }

    @Test
    void distanceWeightsCountEachNeighbourOneOverItsDistance() {
        // x = 1.4: weights 1/0.4 (label 0), 1/0.6 (label 1), 1/1.4 (label 0)
        KNeighborsClassifierModel m = new KNeighborsClassifier(3).withWeights(Weights.DISTANCE).fit(LINE, LABELS);
        double w0 = 1 / 0.4 + 1 / 1.4;
        double w1 = 1 / (2 - 1.4);
        assertArrayEquals(new double[] {w0 / (w0 + w1), w1 / (w0 + w1), 0.0},
                m.predictProba(Matrix.column(new double[] {1.4})).row(0), Tolerances.ROUNDING);
    }

    @Test
    void aVoteTieGoesToTheSmallestLabel() {
        // x = 1.5 with k = 2: neighbours 1 (label 0) and 2 (label 1) at the same distance, one vote each
        KNeighborsClassifierModel m = new KNeighborsClassifier(2).fit(LINE, LABELS);
        assertArrayEquals(new int[] {0}, m.predict(Matrix.column(new double[] {1.5})));
        // x = 2.4, k = 4: neighbours 2, 3 (label 1), 1, 0 (label 0): two votes each → label 0
        assertArrayEquals(new int[] {0}, new KNeighborsClassifier(4).fit(LINE, LABELS).predict(Matrix.column(new double[] {2.4})));
    }

    @Test
    void equalDistancesAreRankedBySmallerTrainingIndex() {
        Matrix X = Matrix.column(new double[] {1, -1, 1, -1, 0.5});
        int[] y = {0, 1, 1, 0, 1};
        Neighbors nn = new KNeighborsClassifier(3).fit(X, y).kneighbors(Matrix.column(new double[] {0}));
        assertArrayEquals(new int[] {4, 0, 1}, nn.indices()[0]);
        assertArrayEquals(new double[] {0.5, 1, 1}, nn.distances().row(0));
    }

    @Test
    void pointsAtDistanceZeroTakeAllTheWeight() {
        Matrix X = Matrix.column(new double[] {0, 0, 0.1, 0.2, 0.3});
        int[] y = {1, 2, 0, 0, 0};
        KNeighborsClassifierModel m = new KNeighborsClassifier(5).withWeights(Weights.DISTANCE).fit(X, y);
        assertArrayEquals(new double[] {0, 0.5, 0.5}, m.predictProba(Matrix.column(new double[] {0})).row(0));
        assertArrayEquals(new int[] {1}, m.predict(Matrix.column(new double[] {0})), "the tie between 1 and 2 goes to 1");
        assertArrayEquals(new int[] {0}, m.predict(Matrix.column(new double[] {0.15})), "a query off the duplicates");
    }

    @Test
    void kneighborsGivesTheNearestRowsInOrderForAnyK() {
        KNeighborsClassifierModel m = new KNeighborsClassifier(2).fit(LINE, LABELS);
        Neighbors nn = m.kneighbors(Matrix.column(new double[] {2.8, 9}), 4);
        assertArrayEquals(new int[][] {{3, 2, 1, 0}, {4, 3, 2, 1}}, nn.indices());
        assertArrayEquals(new double[] {0.2, 0.8, 1.8, 2.8}, nn.distances().row(0), Tolerances.ROUNDING);
        assertArrayEquals(new double[] {1, 6, 7, 8}, nn.distances().row(1));
        assertEquals(2, m.kneighbors(Matrix.column(new double[] {2.8})).k(), "the model's own k by default");
    }

    @Test
    void moreNeighboursThanTrainingRowsIsRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier(6).fit(LINE, LABELS));
        assertTrue(e.getMessage().contains("nNeighbors = 6") && e.getMessage().contains("only 5 training rows"), e.getMessage());
        KNeighborsClassifierModel m = new KNeighborsClassifier(5).fit(LINE, LABELS);
        assertThrows(IllegalArgumentException.class, () -> m.kneighbors(LINE, 6));
        assertThrows(IllegalArgumentException.class, () -> m.kneighbors(LINE, 0));
    }

    @Test
    void invalidHyperParametersAreRefusedNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier(0)).getMessage().contains("got 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier().withP(0.5)).getMessage().contains("0.5"));
        assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier().withP(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier().withWeights(null));
        assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier().withMetric(null));
    }

    @Test
    void anAbsentClassGetsProbabilityZero() {
        KNeighborsClassifierModel m = new KNeighborsClassifier(1).fit(Matrix.column(new double[] {0, 1}), new int[] {2, 2});
        assertEquals(3, m.numClasses());
        assertArrayEquals(new double[] {0, 0, 1}, m.predictProba(Matrix.column(new double[] {5})).row(0));
    }
}
