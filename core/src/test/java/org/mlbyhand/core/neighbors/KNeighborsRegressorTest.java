package org.mlbyhand.core.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.EstimatorContract;
import org.mlbyhand.core.linalg.Matrix;

class KNeighborsRegressorTest {
    private static final Matrix LINE = Matrix.column(new double[] {0, 1, 2, 3, 10});
    private static final double[] TARGETS = {0, 10, 20, 30, 100};

    @TestFactory
    Stream<DynamicContainer> everyVariantKeepsTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.regressor("KNeighborsRegressor", KNeighborsRegressor::new, Toy::regression),
                EstimatorContract.regressor("KNeighborsRegressor (distance, Manhattan)",
                        () -> new KNeighborsRegressor(3).withWeights(Weights.DISTANCE).withMetric(Metric.MANHATTAN), Toy::regression),
                EstimatorContract.regressor("KNeighborsRegressor (Minkowski p = ∞)",
                        () -> new KNeighborsRegressor(4).withP(Double.POSITIVE_INFINITY), Toy::regression));
    }

    @Test
    void uniformWeightsAverageTheNearestTargets() {
        KNeighborsRegressorModel m = new KNeighborsRegressor(2).fit(LINE, TARGETS);
        assertArrayEquals(new double[] {15, 65}, m.predict(Matrix.column(new double[] {1.4, 7})));
    }

    @Test
    void distanceWeightsGiveTheInverseDistanceMean() {
        KNeighborsRegressorModel m = new KNeighborsRegressor(2).withWeights(Weights.DISTANCE).fit(LINE, TARGETS);
        double w1 = 1 / 0.4;
        double w2 = 1 / (2 - 1.4);
        assertEquals((w1 * 10 + w2 * 20) / (w1 + w2), m.predict(Matrix.column(new double[] {1.4}))[0], 1e-13);
    }

    @Test
    void aQueryOnTrainingRowsGetsTheMeanOfTheirTargets() {
        Matrix X = Matrix.column(new double[] {2, 0, 2, 5});
        double[] y = {4, 100, 6, 100};
        KNeighborsRegressorModel m = new KNeighborsRegressor(3).withWeights(Weights.DISTANCE).fit(X, y);
        assertArrayEquals(new double[] {5}, m.predict(Matrix.column(new double[] {2})));
    }

    @Test
    void kEqualToNWithUniformWeightsPredictsTheGlobalMean() {
        double[] p = new KNeighborsRegressor(5).fit(LINE, TARGETS).predict(Matrix.column(new double[] {-3, 4, 50}));
        assertArrayEquals(new double[] {32, 32, 32}, p, Tolerances.ROUNDING);
    }
}
