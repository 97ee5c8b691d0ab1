package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the softmax cross-entropy, each a complete implementation (with the reference's
 * argument checks) the grader must reject. A hint goes to the first bug in this list that gives the
 * learner's answer, and three of these give the same infinities: at Z = [[1000, 0]] the unshifted sum
 * and −log(softmax) both return +∞ (−log(softmax) is caught first, by Z = [[0, −1000]], where the
 * unshifted sum is right), and at Z = [[0, 0], [−1000, −1000]] the global shift and the unshifted sum
 * both return −∞ (the unshifted sum is caught first, by Z = [[1000, 0]], where the global maximum is the
 * row's). So the global shift comes before the unshifted sum, which comes before −log(softmax). The
 * forgotten + m fails first at Z = [[5, 5]] (log 2 − 5), where the column-wise sum also fails (with 0),
 * and the mean over all n·k entries at the first case (log 2 / 2, where the sum gives 2·log 2).
 */
final class SoftmaxCrossEntropyBugs {
    private SoftmaxCrossEntropyBugs() {
    }

    private enum Mistake {
        GLOBAL_SHIFT, NO_SHIFT, LOG_OF_SOFTMAX, SHIFT_NOT_ADDED_BACK, WRONG_AXIS, LARGEST_SCORE, NO_MEAN, MEAN_OVER_ENTRIES
    }

    static final List<Bug<ToDoubleBiFunction<int[], Matrix>>> ALL = List.of(
            new Bug<>("shift by the maximum of all of Z",
                    "shift each row by its own maximum. With one m for the whole matrix, a row whose scores are"
                            + " all far below m (here by 1000) has e^(zₖ − m) = 0 for every k, and log 0 = −∞."
                            + " With the row's own maximum the largest term of every row's sum is exactly 1.",
                    (y, Z) -> loss(y, Z, Mistake.GLOBAL_SHIFT)),
            new Bug<>("log-sum-exp without the shift",
                    "e^1000 overflows to +∞. Use log Σₖ e^(zₖ) = m + log Σₖ e^(zₖ − m) with m the row's largest"
                            + " score: every exponent is then ≤ 0.",
                    (y, Z) -> loss(y, Z, Mistake.NO_SHIFT)),
            new Bug<>("−log of the softmax probability",
                    "the label's probability e^(−1000) underflows to 0 and −log 0 = +∞, although the loss is a"
                            + " finite 1000. Never take the log of a probability: −log P(yᵢ) ="
                            + " logSumExp(Zᵢ) − Z_{i,yᵢ}, computed from the scores.",
                    (y, Z) -> loss(y, Z, Mistake.LOG_OF_SOFTMAX)),
            new Bug<>("log-sum-exp over a column instead of a row",
                    "row i holds the k class scores of example i: the log-sum-exp of example i runs over the"
                            + " columns of row i, Σₖ e^(Z_ik), not over the rows of a column.",
                    (y, Z) -> loss(y, Z, Mistake.WRONG_AXIS)),
            new Bug<>("the row's largest score subtracted instead of the label's",
                    "the loss of row i is −log P(yᵢ) = logSumExp(Zᵢ) − Z_{i,yᵢ}: subtract the score of the true"
                            + " class yᵢ, whichever class scores highest.",
                    (y, Z) -> loss(y, Z, Mistake.LARGEST_SCORE)),
            new Bug<>("the shift m not added back to the log-sum-exp",
                    "log Σₖ e^(zₖ) = m + log Σₖ e^(zₖ − m): the shift by the row's maximum m must be added back after"
                            + " the log. Without it, Z = [[5, 5]] costs log 2 − 5 < 0 instead of log 2.",
                    (y, Z) -> loss(y, Z, Mistake.SHIFT_NOT_ADDED_BACK)),
            new Bug<>("sum instead of mean",
                    "the loss is a mean over the n rows: divide the sum of the per-row terms by n.",
                    (y, Z) -> loss(y, Z, Mistake.NO_MEAN)),
            new Bug<>("mean over all n·k entries of Z",
                    "the loss is a mean over the n rows (examples) only: divide the sum of the n per-row terms by n."
                            + " Averaging over all n·k entries, as a mean of a one-hot matrix would, also divides"
                            + " by the number of classes k.",
                    (y, Z) -> loss(y, Z, Mistake.MEAN_OVER_ENTRIES)));

    private static double loss(int[] y, Matrix Z, Mistake mistake) {
        LabelChecks.scoreMatrix("loss", y, Z);
        double globalMax = Double.NEGATIVE_INFINITY;
        for (double v : Z.toRowMajorArray()) {
            globalMax = Math.max(globalMax, v);
        }
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            double[] z = Z.row(i);
            double rowMax = max(z);
            switch (mistake) {
                case GLOBAL_SHIFT:
                    sum += logSumExp(z, globalMax) - z[y[i]];
                    break;
                case NO_SHIFT:
                    sum += logSumExp(z, 0.0) - z[y[i]];
                    break;
                case LOG_OF_SOFTMAX:
                    sum += -Math.log(Math.exp(z[y[i]] - rowMax) / sumExp(z, rowMax));
                    break;
                case WRONG_AXIS:
                    double[] column = Z.column(y[i]);
                    sum += logSumExp(column, max(column)) - z[y[i]];
                    break;
                case SHIFT_NOT_ADDED_BACK:
                    sum += Math.log(sumExp(z, rowMax)) - z[y[i]];
                    break;
                case LARGEST_SCORE:
                    sum += logSumExp(z, rowMax) - rowMax;
                    break;
                default:
                    sum += logSumExp(z, rowMax) - z[y[i]];
            }
        }
        return mistake == Mistake.NO_MEAN ? sum
                : mistake == Mistake.MEAN_OVER_ENTRIES ? sum / (y.length * Z.cols()) : sum / y.length;
    }

    /** m + log Σₖ e^(zₖ − m). */
    private static double logSumExp(double[] z, double m) {
        return m + Math.log(sumExp(z, m));
    }

    /** Σₖ e^(zₖ − m). */
    private static double sumExp(double[] z, double m) {
        double s = 0.0;
        for (double v : z) {
            s += Math.exp(v - m);
        }
        return s;
    }

    private static double max(double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        return m;
    }
}
