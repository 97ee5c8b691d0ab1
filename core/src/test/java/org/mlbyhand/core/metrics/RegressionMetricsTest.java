package org.mlbyhand.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.ShapeMismatchException;

class RegressionMetricsTest {
    @Test
    void aPerfectFitHasZeroErrorAndRSquaredOne() {
        double[] y = {1, 2, 4};
        assertEquals(0.0, RegressionMetrics.meanSquaredError(y, y));
        assertEquals(0.0, RegressionMetrics.meanAbsoluteError(y, y));
        assertEquals(1.0, RegressionMetrics.r2Score(y, y));
    }

    @Test
    void predictingTheMeanHasRSquaredZeroAndWorseIsNegative() {
        double[] y = {1, 2, 3};
        assertEquals(0.0, RegressionMetrics.r2Score(y, new double[] {2, 2, 2}));
        assertEquals(1 - 8.0 / 2.0, RegressionMetrics.r2Score(y, new double[] {3, 2, 1}), 1e-15);
        assertEquals(8.0 / 3.0, RegressionMetrics.meanSquaredError(y, new double[] {3, 2, 1}), 1e-15);
        assertEquals(4.0 / 3.0, RegressionMetrics.meanAbsoluteError(y, new double[] {3, 2, 1}), 1e-15);
    }

    @Test
    void rSquaredOfAConstantTargetIsOneIfExactElseZero() {
        double[] y = {5, 5, 5};
        assertEquals(1.0, RegressionMetrics.r2Score(y, y));
        assertEquals(0.0, RegressionMetrics.r2Score(y, new double[] {5, 5, 6}));
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        assertEquals("r2Score: yTrue has length 2, yPred has length 1",
                assertThrows(ShapeMismatchException.class, () -> RegressionMetrics.r2Score(new double[2], new double[1])).getMessage());
        assertEquals("meanSquaredError: yPred[1] is NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> RegressionMetrics.meanSquaredError(new double[2], new double[] {0, Double.NaN})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegressionMetrics.meanAbsoluteError(new double[0], new double[0]));
    }
}
