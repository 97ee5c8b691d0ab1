package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.graders.ps5.Signatures.CrossEntropyRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of the cross-entropy, each a complete rule the grader must reject.
 * The first case (one row, g = 1) catches the sign and the log-softmax; the second (two rows) the
 * missing 1/n; the third (g = 3) the missing g; logits of 1000 the unshifted softmax.
 */
final class CrossEntropyBackwardBugs {
    private CrossEntropyBackwardBugs() {
    }

    private enum Slip { SIGN, LOG_SOFTMAX, NO_MEAN, NO_G, NO_SHIFT }

    static final List<Bug<CrossEntropyRule>> ALL = List.of(
            new Bug<>("onehot − softmax: the sign flipped",
                    "raising the label's logit lowers the loss, so its gradient is negative: dz = (g/n)·(softmax(z) −"
                            + " onehot(y)), with softmax first.",
                    (z, y, g) -> grad(z, y, g, Slip.SIGN)),
            new Bug<>("the log-softmax in place of the softmax",
                    "the derivative of log Σ e^z is softmax(z), the probabilities, not their logs: dz = (g/n)·(softmax(z)"
                            + " − onehot(y)).",
                    (z, y, g) -> grad(z, y, g, Slip.LOG_SOFTMAX)),
            new Bug<>("1/n forgotten: the loss is a mean",
                    "the loss averages the n rows, so each row's gradient carries the factor 1/n: dz = (g/n)·(softmax −"
                            + " onehot).",
                    (z, y, g) -> grad(z, y, g, Slip.NO_MEAN)),
            new Bug<>("the upstream gradient g ignored",
                    "the rule returns ∂(loss)/∂z = g · ∂L/∂z by the chain rule: multiply by g.",
                    (z, y, g) -> grad(z, y, g, Slip.NO_G)),
            new Bug<>("softmax without the max shift: e^1000 overflows",
                    "e^1000 is ∞ and ∞/∞ is NaN: compute each row's softmax as e^(z − m)/Σ e^(z − m), m the row's"
                            + " maximum (or use core's Tensor.softmax).",
                    (z, y, g) -> grad(z, y, g, Slip.NO_SHIFT)));

    private static Tensor grad(Tensor z, int[] y, double g, Slip slip) {
        int n = z.size(0);
        int k = z.size(1);
        double scale = (slip == Slip.NO_G ? 1.0 : g) / (slip == Slip.NO_MEAN ? 1.0 : n);
        double[] dz = new double[n * k];
        for (int i = 0; i < n; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                m = Math.max(m, z.get(i, j));
            }
            if (slip == Slip.NO_SHIFT) {
                m = 0.0;
            }
            double s = 0.0;
            for (int j = 0; j < k; j++) {
                s += Math.exp(z.get(i, j) - m);
            }
            for (int j = 0; j < k; j++) {
                double p = Math.exp(z.get(i, j) - m) / s;
                if (slip == Slip.LOG_SOFTMAX) {
                    p = z.get(i, j) - m - Math.log(s);
                }
                double d = p - (j == y[i] ? 1.0 : 0.0);
                dz[i * k + j] = scale * (slip == Slip.SIGN ? -d : d);
            }
        }
        return Tensors.fromArray(dz, n, k);
    }
}
