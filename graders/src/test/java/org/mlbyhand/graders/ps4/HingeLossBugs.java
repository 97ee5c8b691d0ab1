package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps4.HingeLossGrader.Hinge;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the hinge loss, each a complete implementation the grader must reject. The first
 * hand-picked case, y = [1, 0, 1], z = [2, −0.5, −1] (L = 2.5), gives each of the first six its own
 * answer: 3 with the labels as signs, 2.5/3 as a mean, 4.5 with the sign flipped, 4.25 squared, 1.5
 * without the max, 1 with the perceptron's margin 0. The last is right on every valid input.
 */
final class HingeLossBugs {
    private HingeLossBugs() {
    }

    private enum Mistake {
        LABELS_AS_SIGNS, MEAN, SIGN_FLIPPED, SQUARED, NO_MAX, MARGIN_ZERO
    }

    static final List<Bug<Hinge>> ALL = List.of(
            new Bug<>("labels used as signs: max(0, 1 − yᵢzᵢ)",
                    "the labels are 0 and 1, so yᵢzᵢ is 0 for every row of class 0, which then always costs 1. The"
                            + " margin needs the sign sᵢ = 2yᵢ − 1 = ±1: max(0, 1 − sᵢzᵢ).",
                    (y, z) -> hinge(y, z, Mistake.LABELS_AS_SIGNS)),
            new Bug<>("mean instead of sum",
                    "the SVM's loss is a sum over the rows, Σᵢ max(0, 1 − sᵢzᵢ): scikit-learn's C multiplies the"
                            + " sum. Do not divide by n.",
                    (y, z) -> hinge(y, z, Mistake.MEAN)),
            new Bug<>("sign flipped: max(0, 1 + sᵢzᵢ)",
                    "a row is right when sᵢzᵢ is large and positive, and then costs nothing: the term is"
                            + " max(0, 1 − sᵢzᵢ), with a minus.",
                    (y, z) -> hinge(y, z, Mistake.SIGN_FLIPPED)),
            new Bug<>("squared hinge: max(0, 1 − sᵢzᵢ)²",
                    "that is the squared hinge (LinearSVC's default loss). The SVM's hinge is linear inside the"
                            + " margin: max(0, 1 − sᵢzᵢ), not squared.",
                    (y, z) -> hinge(y, z, Mistake.SQUARED)),
            new Bug<>("max missing: Σᵢ (1 − sᵢzᵢ)",
                    "without max(0, ·) a row far beyond its margin earns a negative cost that hides the rows that"
                            + " are wrong. A row with sᵢzᵢ ≥ 1 must cost exactly 0.",
                    (y, z) -> hinge(y, z, Mistake.NO_MAX)),
            new Bug<>("margin 0: max(0, −sᵢzᵢ)",
                    "max(0, −sᵢzᵢ) is the perceptron's loss: it charges only wrong signs. The SVM asks for a margin:"
                            + " a row costs until sᵢzᵢ ≥ 1, so the term is max(0, 1 − sᵢzᵢ).",
                    (y, z) -> hinge(y, z, Mistake.MARGIN_ZERO)),
            new Bug<>("labels not checked",
                    "the labels must be 0 or 1: a −1 or a 2 is bad input, and 2y − 1 turns it into a sign of −3 or 3"
                            + " without a word. Throw IllegalArgumentException for a label that is not 0 or 1.",
                    (y, z) -> {
                        if (y.length != z.length) {
                            throw new ShapeMismatchException("hinge-loss: lengths differ");
                        }
                        double sum = 0.0;
                        for (int i = 0; i < y.length; i++) {
                            if (!Double.isFinite(z[i])) {
                                throw new IllegalArgumentException("hinge-loss: z[" + i + "] is " + z[i]);
                            }
                            sum += Math.max(0.0, 1.0 - (2 * y[i] - 1) * z[i]);
                        }
                        return sum;
                    }));

    private static double hinge(int[] y, double[] z, Mistake mistake) {
        SvmInputs.scores("hinge-loss", y, z);
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            double sz = (2 * y[i] - 1) * z[i];
            switch (mistake) {
                case LABELS_AS_SIGNS:
                    sum += Math.max(0.0, 1.0 - y[i] * z[i]);
                    break;
                case SIGN_FLIPPED:
                    sum += Math.max(0.0, 1.0 + sz);
                    break;
                case SQUARED:
                    sum += Math.max(0.0, 1.0 - sz) * Math.max(0.0, 1.0 - sz);
                    break;
                case NO_MAX:
                    sum += 1.0 - sz;
                    break;
                case MARGIN_ZERO:
                    sum += Math.max(0.0, -sz);
                    break;
                default:
                    sum += Math.max(0.0, 1.0 - sz);
            }
        }
        return mistake == Mistake.MEAN ? sum / y.length : sum;
    }
}
