package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the mean squared error, each a complete implementation the grader must reject.
 * The first hand-picked case (n = 3, errors −1, −2, 2; mse = 3) tells the six wrong formulas apart:
 * they give 9, 4.5, √3, 5/3, 1.5 and 8/3. The last three check the entries wrongly and pass every
 * numeric check: an infinite prediction catches the NaN-only test (∞ instead of an exception), a NaN in
 * ŷ the test of y alone, a NaN in y the missing test. They are listed in that order, because each
 * later one also answers the earlier ones' failing input as the learner does.
 */
final class MeanSquaredErrorBugs {
    private MeanSquaredErrorBugs() {
    }

    private enum Mistake {
        NO_MEAN, N_MINUS_ONE, ROOT, ABSOLUTE, HALF, FIRST_SKIPPED, ONLY_NAN_CHECKED, ONLY_Y_CHECKED,
        ENTRIES_NOT_CHECKED
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
            new Bug<>("½ in front: 1/(2n)·Σ",
                    "this loss has no ½: some texts write 1/(2n)·Σ(yᵢ − ŷᵢ)² so that the 2 of the derivative"
                            + " cancels, but the mean squared error, here and in the rest of the problem set, is"
                            + " (1/n)·Σ(yᵢ − ŷᵢ)².",
                    (y, yHat) -> mse(y, yHat, Mistake.HALF)),
            new Bug<>("first error skipped: the sum starts at i = 1",
                    "every error counts: the sum runs over i = 0, 1, …, n − 1. Compare your loop's first index"
                            + " with the first index of the arrays.",
                    (y, yHat) -> mse(y, yHat, Mistake.FIRST_SKIPPED)),
            new Bug<>("only NaN rejected, not ±∞",
                    "an infinite entry is as unusable as a NaN, and its squared error is ∞: test each entry"
                            + " with Double.isFinite, which is false for NaN, +∞ and −∞ alike (Double.isNaN lets"
                            + " the infinities through).",
                    (y, yHat) -> mse(y, yHat, Mistake.ONLY_NAN_CHECKED)),
            new Bug<>("only y checked, not ŷ",
                    "the predictions ŷ need the same test as the targets y: a NaN in either makes the loss"
                            + " NaN. Check both arrays, entry by entry, before you sum.",
                    (y, yHat) -> mse(y, yHat, Mistake.ONLY_Y_CHECKED)),
            new Bug<>("entries not checked",
                    "a NaN in y or ŷ makes the loss NaN, silently; the loss must throw"
                            + " IllegalArgumentException instead, naming the array and the index of the first entry"
                            + " that is not finite (Double.isFinite).",
                    (y, yHat) -> mse(y, yHat, Mistake.ENTRIES_NOT_CHECKED)));

    private static double mse(double[] y, double[] yHat, Mistake mistake) {
        switch (mistake) {
            case ENTRIES_NOT_CHECKED -> checkShapes(y, yHat);
            case ONLY_Y_CHECKED -> {
                checkShapes(y, yHat);
                RegressionInputs.finite("mse", "y", y);
            }
            case ONLY_NAN_CHECKED -> {
                checkShapes(y, yHat);
                for (int i = 0; i < y.length; i++) {
                    if (Double.isNaN(y[i]) || Double.isNaN(yHat[i])) {
                        throw new IllegalArgumentException("mse: NaN at index " + i);
                    }
                }
            }
            default -> RegressionInputs.checkPredictions("mse", y, yHat);
        }
        double sum = 0.0;
        for (int i = mistake == Mistake.FIRST_SKIPPED ? 1 : 0; i < y.length; i++) {
            double e = y[i] - yHat[i];
            sum += mistake == Mistake.ABSOLUTE ? Math.abs(e) : e * e;
        }
        return switch (mistake) {
            case NO_MEAN -> sum;
            case N_MINUS_ONE -> sum / (y.length - 1);
            case ROOT -> Math.sqrt(sum / y.length);
            case HALF -> sum / (2.0 * y.length);
            default -> sum / y.length;
        };
    }

    /** The length checks every bug makes, as core's mseLoss does. */
    private static void checkShapes(double[] y, double[] yHat) {
        if (y.length != yHat.length) {
            throw new ShapeMismatchException("mse: y has length " + y.length + ", yHat has length " + yHat.length);
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("mse: y is empty");
        }
    }
}
