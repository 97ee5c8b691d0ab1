package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.graders.ps5.Signatures.AlongAxis;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in softmax, each a complete implementation the grader must reject. At
 * [[0, 0], [−1000, −1000]] the global shift and the missing shift both give NaN for the second row; the
 * missing shift fails first, at [1000, 1000] (∞/∞), where the global shift is right, so the global
 * shift is listed first.
 */
final class SoftmaxBugs {
    private SoftmaxBugs() {
    }

    private enum Slip { GLOBAL_SHIFT, NO_SHIFT, LAST_AXIS, WHOLE }

    static final List<Bug<AlongAxis>> ALL = List.of(
            new Bug<>("shifted by the maximum of the whole tensor",
                    "shift each run by its own maximum. With one m for the whole tensor, a run far below it (here by"
                            + " 1000) has e^(x − m) = 0 everywhere, and 0/0 = NaN.",
                    (x, axis) -> softmax(x, axis, Slip.GLOBAL_SHIFT)),
            new Bug<>("no shift: e^x overflows",
                    "e^1000 overflows to ∞ and ∞/∞ is NaN. Subtract each run's maximum m first: e^(x − m)/Σ e^(x − m)"
                            + " is the same softmax, with every exponent ≤ 0.",
                    (x, axis) -> softmax(x, axis, Slip.NO_SHIFT)),
            new Bug<>("normalised over the whole tensor",
                    "each run along the axis is a distribution of its own and sums to 1: divide by the sum of its run,"
                            + " not of the whole tensor.",
                    (x, axis) -> softmax(x, axis, Slip.WHOLE)),
            new Bug<>("normalised along the last axis, whatever the axis",
                    "normalise along the axis you are given: with axis 0 each column sums to 1, not each row.",
                    (x, axis) -> softmax(x, axis, Slip.LAST_AXIS)));

    private static Tensor softmax(Tensor x, int axis, Slip slip) {
        if (slip == Slip.WHOLE) {
            double[] v = x.toArray();
            double m = Double.NEGATIVE_INFINITY;
            for (double e : v) {
                m = Math.max(m, e);
            }
            double s = 0.0;
            double[] out = new double[v.length];
            for (int k = 0; k < v.length; k++) {
                out[k] = Math.exp(v[k] - m);
                s += out[k];
            }
            for (int k = 0; k < v.length; k++) {
                out[k] /= s;
            }
            return Tensors.fromArray(out, x.shape());
        }
        double global = Double.NEGATIVE_INFINITY;
        for (double e : x.toArray()) {
            global = Math.max(global, e);
        }
        double shift = global;
        return AlongAxisCases.perRun(x, slip == Slip.LAST_AXIS ? x.ndim() - 1 : axis, run -> {
            double m = slip == Slip.NO_SHIFT ? 0.0 : slip == Slip.GLOBAL_SHIFT ? shift : max(run);
            double s = 0.0;
            for (int i = 0; i < run.length; i++) {
                run[i] = Math.exp(run[i] - m);
                s += run[i];
            }
            for (int i = 0; i < run.length; i++) {
                run[i] /= s;
            }
            return run;
        });
    }

    static double max(double[] run) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : run) {
            m = Math.max(m, v);
        }
        return m;
    }
}
