package org.mlbyhand.core.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricTest {
    private static final double[] X = {1, -2, 0.5};
    private static final double[] Z = {4, 2, 0.5};

    @Test
    void theThreeMetricsOnAThreeFourFiveTriangle() {
        assertEquals(5.0, Metric.EUCLIDEAN.distance(X, Z, 2.0));
        assertEquals(7.0, Metric.MANHATTAN.distance(X, Z, 2.0));
        assertEquals(Math.cbrt(27 + 64), Metric.MINKOWSKI.distance(X, Z, 3.0), 1e-14);
        assertEquals(4.0, Metric.MINKOWSKI.distance(X, Z, Double.POSITIVE_INFINITY));
    }

    @Test
    void minkowskiWithPOneAndTwoIsManhattanAndEuclideanBitForBit() {
        double[] a = {0.1, 0.7, -3.3};
        double[] b = {1.9, -0.2, 2.2};
        assertEquals(Metric.MANHATTAN.distance(a, b, 0), Metric.MINKOWSKI.distance(a, b, 1.0));
        assertEquals(Metric.EUCLIDEAN.distance(a, b, 0), Metric.MINKOWSKI.distance(a, b, 2.0));
    }

    @Test
    void distanceWeightsFollowScikitLearnsZeroRule() {
        assertEquals(java.util.List.of(2.0, 0.5), toList(Weights.DISTANCE.of(new double[] {0.5, 2})));
        assertEquals(java.util.List.of(1.0, 0.0, 1.0), toList(Weights.DISTANCE.of(new double[] {0, 3, 0})));
        assertEquals(java.util.List.of(1.0, 0.0), toList(Weights.DISTANCE.of(new double[] {Double.MIN_VALUE, 1})),
                "1/d overflows to ∞: counted as zero distance, as in numpy");
        assertEquals(java.util.List.of(1.0, 1.0), toList(Weights.UNIFORM.of(new double[] {0, 7})));
    }

    private static java.util.List<Double> toList(double[] x) {
        return java.util.Arrays.stream(x).boxed().toList();
    }
}
