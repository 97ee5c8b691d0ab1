package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the mean squared error, each a complete implementation the grader must reject.
 * The first hand-picked case (n = 3, errors −1, −2, 2) tells the four wrong formulas apart: they give
 * 9, 4.5, √3 and 5/3 instead of 3. The unchecked entries pass every numeric check and are caught by the
 * NaN check, where the others throw.
 */
final class MeanSquaredErrorBugs {
    private MeanSquaredErrorBugs() {
    }

    private enum Mistake {
        NO_MEAN, N_MINUS_ONE, ROOT, ABSOLUTE, ENTRIES_NOT_CHECKED
    }

    static final List<Bug<ToDoubleBiFunction<double[], double[]>>> ALL = List.of(
            new Bug<>("sum without 1/n",
                    "the loss is a mean, not a sum: after adding up the n squared errors, divide by n, so that"
                            + " the loss does not grow with the number of rows.",
                    (y, yHat) -> mse(y, yHat, Mistake.NO_MEAN)),
            new Bug<>("divided by n − 1",
                    "the mean divides by n, the number of errors. n − 1 is the correction of the sample"
                            + " variance, which estimates a spread from a mean it also estimated; the loss has no"
                            + " such correction (and with n = 1 it would divide by zero).",
                    (y, yHat) -> mse(y, yHat, Mistake.N_MINUS_ONE)),
            new Bug<>("square root of the mean (RMSE)",
                    "no square root at the end: that is the root mean squared error, in the units of y. The"
                            + " mean squared error is in y's units squared.",
                    (y, yHat) -> mse(y, yHat, Mistake.ROOT)),
            new Bug<>("absolute error instead of squared",
                    "each error is squared, (yᵢ − ŷᵢ)², not taken in absolute value |yᵢ − ŷᵢ|: that is the mean"
                            + " absolute error, another loss.",
                    (y, yHat) -> mse(y, yHat, Mistake.ABSOLUTE)),
            new Bug<>("entries not checked",
                    "a NaN in y or ŷ makes the loss NaN, silently; the loss must throw"
                            + " IllegalArgumentException instead, naming the array and the index of the first entry"
                            + " that is not finite (Double.isFinite).",
                    (y, yHat) -> mse(y, yHat, Mistake.ENTRIES_NOT_CHECKED)));

    private static double mse(double[] y, double[] yHat, Mistake mistake) {
        if (y.length != yHat.length) {
            throw new ShapeMismatchException("mse: y has length " + y.length + ", yHat has length " + yHat.length);
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("mse: y is empty");
        }
        if (mistake != Mistake.ENTRIES_NOT_CHECKED) {
            for (int i = 0; i < y.length; i++) {
                if (!Double.isFinite(y[i]) || !Double.isFinite(yHat[i])) {
                    throw new IllegalArgumentException("mse: y[" + i + "] = " + y[i] + ", yHat[" + i + "] = " + yHat[i]);
                }
            }
        }
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - yHat[i];
            sum += mistake == Mistake.ABSOLUTE ? Math.abs(e) : e * e;
        }
        switch (mistake) {
            case NO_MEAN:
                return sum;
            case N_MINUS_ONE:
                return sum / (y.length - 1);
            case ROOT:
                return Math.sqrt(sum / y.length);
            default:
                return sum / y.length;
        }
    }
}
