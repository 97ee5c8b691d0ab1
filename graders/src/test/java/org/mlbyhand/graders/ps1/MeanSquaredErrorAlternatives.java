package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.grading.Alternative;

/**
 * Correct mean squared errors that add the same n squares in another order than the reference's
 * left-to-right loop; a sum of n non-negative terms is accurate to about n·u whatever the order, far
 * inside {@code Tolerance.ROUNDOFF}.
 */
final class MeanSquaredErrorAlternatives {
    private MeanSquaredErrorAlternatives() {
    }

    static final List<Alternative<ToDoubleBiFunction<double[], double[]>>> ALL = List.of(
            new Alternative<>("summed from the last error to the first", (y, yHat) -> {
                RegressionInputs.checkPredictions("mse", y, yHat);
                double sum = 0.0;
                for (int i = y.length - 1; i >= 0; i--) {
                    sum += (yHat[i] - y[i]) * (yHat[i] - y[i]);
                }
                return sum / y.length;
            }),
            new Alternative<>("summed pairwise (halves, recursively)", (y, yHat) -> {
                RegressionInputs.checkPredictions("mse", y, yHat);
                return pairwise(y, yHat, 0, y.length) / y.length;
            }),
            new Alternative<>("mean taken as it goes: m ← m + (eᵢ² − m)/(i + 1)", (y, yHat) -> {
                RegressionInputs.checkPredictions("mse", y, yHat);
                double mean = 0.0;
                for (int i = 0; i < y.length; i++) {
                    double e = y[i] - yHat[i];
                    mean += (e * e - mean) / (i + 1);
                }
                return mean;
            }));

    /** Σ (yᵢ − ŷᵢ)² over [from, to), as the sum of its two halves. */
    private static double pairwise(double[] y, double[] yHat, int from, int to) {
        if (to - from == 1) {
            double e = y[from] - yHat[from];
            return e * e;
        }
        int middle = (from + to) >>> 1;
        return pairwise(y, yHat, from, middle) + pairwise(y, yHat, middle, to);
    }
}
