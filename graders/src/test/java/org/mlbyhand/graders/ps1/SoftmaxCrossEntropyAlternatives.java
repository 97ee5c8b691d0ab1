package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct softmax cross-entropies written differently from core's (which takes
 * (m − z_y) + log1p(Σ_{k ≠ argmax} e^(zₖ − m)) per row), each of which the grader must accept. They
 * round differently, by a few ε times the size of the scores, which the grader's random cases keep below
 * its tolerance ({@link LossConditioning}).
 */
final class SoftmaxCrossEntropyAlternatives {
    private SoftmaxCrossEntropyAlternatives() {
    }

    static final List<Alternative<ToDoubleBiFunction<int[], Matrix>>> ALL = List.of(
            new Alternative<>("as the stub writes it: m + log Σₖ e^(zₖ − m), minus the label's score",
                    (y, Z) -> mean(y, Z, SoftmaxCrossEntropyAlternatives::shifted)),
            new Alternative<>("minus the label's log-probability, log p_y = (z_y − m) − log Σₖ e^(zₖ − m)",
                    (y, Z) -> mean(y, Z, (z, label) -> -((z[label] - max(z)) - Math.log(sumExp(z, max(z)))))),
            new Alternative<>("one pass per row with a running maximum (online log-sum-exp)",
                    (y, Z) -> mean(y, Z, SoftmaxCrossEntropyAlternatives::online)));

    /** One row's loss from its scores z (length k) and its label. */
    @FunctionalInterface
    private interface RowLoss {
        double of(double[] z, int label);
    }

    private static double mean(int[] y, Matrix Z, RowLoss row) {
        LabelChecks.scoreMatrix("loss", y, Z);
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            sum += row.of(Z.row(i), y[i]);
        }
        return sum / y.length;
    }

    private static double shifted(double[] z, int label) {
        double m = max(z);
        return m + Math.log(sumExp(z, m)) - z[label];
    }

    /** s = Σ e^(zₖ − m) over the scores seen so far, rescaled by e^(m_old − m_new) when the maximum grows. */
    private static double online(double[] z, int label) {
        double m = z[0];
        double s = 1.0;
        for (int k = 1; k < z.length; k++) {
            if (z[k] > m) {
                s = s * Math.exp(m - z[k]) + 1.0;
                m = z[k];
            } else {
                s += Math.exp(z[k] - m);
            }
        }
        return (m - z[label]) + Math.log(s);
    }

    private static double max(double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Σₖ e^(zₖ − m). */
    private static double sumExp(double[] z, double m) {
        double s = 0.0;
        for (double v : z) {
            s += Math.exp(v - m);
        }
        return s;
    }
}
