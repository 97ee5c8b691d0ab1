package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.graders.ps5.Signatures.AlongAxis;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in log-softmax, each a complete implementation the grader must reject. At [0, 0]
 * only the forgotten normaliser fails; at [1000, 0] the log of the softmax gives [0, −∞], the missing
 * shift [−∞, −∞] and the shift not added back [1000, 0]; at [[0, 0], [−1000, −1000]] the global shift
 * gives +∞ for the second row, as the missing shift would, which fails before it.
 */
final class LogSoftmaxBugs {
    private LogSoftmaxBugs() {
    }

    private enum Slip { NO_NORMALISER, LOG_OF_SOFTMAX, NOT_ADDED_BACK, GLOBAL_SHIFT, NO_SHIFT }

    static final List<Bug<AlongAxis>> ALL = List.of(
            new Bug<>("the normaliser forgotten: x − m",
                    "log softmax(x) = x − log Σ e^x: after the shift by m, subtract log Σ e^(x − m) too, so that the"
                            + " probabilities e^out of each run sum to 1.",
                    (x, axis) -> logSoftmax(x, axis, Slip.NO_NORMALISER)),
            new Bug<>("the log of the softmax",
                    "a probability of e^(−1000) underflows to 0, and log 0 = −∞, although log softmax is a finite −1000."
                            + " Compute it from the logits, (x − m) − log Σ e^(x − m), never as log(softmax(x)).",
                    (x, axis) -> logSoftmax(x, axis, Slip.LOG_OF_SOFTMAX)),
            new Bug<>("the shift not added back: x − log Σ e^(x − m)",
                    "log Σ e^x = m + log Σ e^(x − m): the shift comes back. So log softmax(x) = (x − m) − log Σ e^(x − m);"
                            + " yours is off by m.",
                    (x, axis) -> logSoftmax(x, axis, Slip.NOT_ADDED_BACK)),
            new Bug<>("shifted by the maximum of the whole tensor",
                    "shift each run by its own maximum: a run 1000 below the global one has Σ e^(x − m) = 0, and"
                            + " −log 0 = +∞.",
                    (x, axis) -> logSoftmax(x, axis, Slip.GLOBAL_SHIFT)),
            new Bug<>("no shift: e^x overflows",
                    "e^1000 overflows to ∞ and log ∞ = ∞. Shift each run by its maximum m: (x − m) − log Σ e^(x − m).",
                    (x, axis) -> logSoftmax(x, axis, Slip.NO_SHIFT)));

    private static Tensor logSoftmax(Tensor x, int axis, Slip slip) {
        double global = Double.NEGATIVE_INFINITY;
        for (double e : x.toArray()) {
            global = Math.max(global, e);
        }
        double top = global;
        return AlongAxisCases.perRun(x, axis, run -> {
            double m = slip == Slip.NO_SHIFT ? 0.0 : slip == Slip.GLOBAL_SHIFT ? top : SoftmaxBugs.max(run);
            double s = 0.0;
            for (double v : run) {
                s += Math.exp(v - m);
            }
            double[] out = new double[run.length];
            for (int i = 0; i < run.length; i++) {
                switch (slip) {
                    case NO_NORMALISER -> out[i] = run[i] - m;
                    case LOG_OF_SOFTMAX -> out[i] = Math.log(Math.exp(run[i] - m) / s);
                    case NOT_ADDED_BACK -> out[i] = run[i] - Math.log(s);
                    default -> out[i] = run[i] - m - Math.log(s);
                }
            }
            return out;
        });
    }
}
