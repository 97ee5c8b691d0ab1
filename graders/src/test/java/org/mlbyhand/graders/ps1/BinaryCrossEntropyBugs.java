package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the binary cross-entropy from logits, each a complete implementation (with the
 * reference's argument checks) the grader must reject. Three of them are right on moderate scores and
 * fail only at extreme ones, each at its own hand-picked score: log σ at z = 40 (with y = 0, +∞), the
 * naive log(1 + e^z) at z = −40 (0 instead of e^(−40)), log1p(e^z) at z = 800 (+∞). The naive form and
 * log σ also return 0 at z = −40 and all three return +∞ at z = 800, and a hint goes to the first bug in
 * this list that gives the learner's answer, so they are listed in the reverse order of their checks.
 * Clipping σ and the ±1-label formula fail first at z = 40 with y = 0, each with its own finite number
 * (−log ε ≈ 34.5 and log 2), and come first: the engine takes a bug's infinite answer as equal to any
 * learner's, so a bug that returns ±∞ must come after every bug it could be mistaken for.
 */
final class BinaryCrossEntropyBugs {
    private BinaryCrossEntropyBugs() {
    }

    /** The ε of the clipping mistake, scikit-learn's former log_loss default. */
    private static final double CLIP = 1e-15;

    private enum Mistake {
        LOG1P_OVERFLOW, NAIVE_SOFTPLUS, LOG_SIGMOID, CLIPPED_SIGMOID, PLUS_MINUS_ONE_LABELS, NO_MEAN, SIGN,
        LABELS_SWAPPED
    }

    static final List<Bug<ToDoubleBiFunction<int[], double[]>>> ALL = List.of(
            new Bug<>("σ(z) clipped to [1e-15, 1 − 1e-15] before the logs",
                    "clipping σ(z) away from 0 and 1 keeps the logs finite, but caps every row's loss at −log ε"
                            + " (34.5 for ε = 1e-15), while the loss of y = 0 at z = 40 is 40. Compute from the score"
                            + " instead, where nothing needs clipping: −log(1 − σ(z)) = log(1 + e^z).",
                    (y, z) -> loss(y, z, Mistake.CLIPPED_SIGMOID)),
            new Bug<>("log(1 + e^(−y·z)), the loss for labels ±1",
                    "log(1 + e^(−y·z)) is the log-loss for labels −1 and +1. Here the labels are 0 and 1, and a"
                            + " row with y = 0 costs log(1 + e^z), which your formula turns into log(1 + e⁰) = log 2"
                            + " whatever the score. Use log(1 + e^z) − y·z.",
                    (y, z) -> loss(y, z, Mistake.PLUS_MINUS_ONE_LABELS)),
            new Bug<>("log1p(e^z) without the shift",
                    "log1p(e^z) is accurate for z ≤ 0, but e^z still overflows to +∞ for z > 709.78. For z > 0"
                            + " take z out first: log(1 + e^z) = z + log1p(e^(−z)), whose exponential is at most 1.",
                    (y, z) -> loss(y, z, Mistake.LOG1P_OVERFLOW)),
            new Bug<>("log(1 + e^z) computed as written",
                    "for z < −37, 1 + e^z rounds to exactly 1 and its log is 0, although log(1 + e^z) ≈ e^z is a"
                            + " small positive number; for z > 709, e^z overflows. Use Math.log1p(x) = log(1 + x),"
                            + " which keeps the digits of a tiny x, and take z out first when z > 0.",
                    (y, z) -> loss(y, z, Mistake.NAIVE_SOFTPLUS)),
            new Bug<>("−y·log σ(z) − (1 − y)·log(1 − σ(z)) from a computed σ",
                    "σ(40) rounds to exactly 1 in doubles, so log(1 − σ(40)) = log 0 = −∞, while the loss of"
                            + " y = 0 at z = 40 is a finite 40. Rewrite the loss in terms of z itself:"
                            + " −log σ(z) = log(1 + e^(−z)) and −log(1 − σ(z)) = log(1 + e^z).",
                    (y, z) -> loss(y, z, Mistake.LOG_SIGMOID)),
            new Bug<>("sum instead of mean",
                    "the loss is a mean: divide the sum of the n per-row terms by n.",
                    (y, z) -> loss(y, z, Mistake.NO_MEAN)),
            new Bug<>("sign flipped",
                    "a log-loss is never negative: each row's term log(1 + e^zᵢ) − yᵢ·zᵢ is ≥ 0 (it is −log of a"
                            + " probability). Check the sign of each part.",
                    (y, z) -> loss(y, z, Mistake.SIGN)),
            new Bug<>("y and 1 − y swapped",
                    "the term −yᵢ·zᵢ uses the label yᵢ itself: with y = 1 and a large positive score (a confident"
                            + " right answer) the loss must be near 0, log(1 + e^z) − z = log(1 + e^(−z)).",
                    (y, z) -> loss(y, z, Mistake.LABELS_SWAPPED)));

    private static double loss(int[] y, double[] z, Mistake mistake) {
        LabelChecks.binaryScores("loss", y, z);
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            sum += term(y[i], z[i], mistake);
        }
        return mistake == Mistake.NO_MEAN ? sum : sum / y.length;
    }

    private static double term(int y, double z, Mistake mistake) {
        switch (mistake) {
            case LOG1P_OVERFLOW:
                return Math.log1p(Math.exp(z)) - y * z;
            case NAIVE_SOFTPLUS:
                return Math.log(1.0 + Math.exp(z)) - y * z;
            case LOG_SIGMOID:
                double s = Activations.sigmoid(z);
                return -y * Math.log(s) - (1 - y) * Math.log(1.0 - s);
            case CLIPPED_SIGMOID:
                double c = Math.min(Math.max(Activations.sigmoid(z), CLIP), 1.0 - CLIP);
                return -y * Math.log(c) - (1 - y) * Math.log(1.0 - c);
            case PLUS_MINUS_ONE_LABELS:
                return Activations.softplus(-y * z);
            case SIGN:
                return y * z - Activations.softplus(z);
            case LABELS_SWAPPED:
                return Activations.softplus(z) - (1 - y) * z;
            default:
                return Activations.softplus(z) - y * z;
        }
    }
}
