package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.graders.ps5.Signatures.AlongAxis;
import org.mlbyhand.grading.Alternative;

/** Correct softmaxes written differently from core's, each of which the grader must accept. */
final class SoftmaxAlternatives {
    private SoftmaxAlternatives() {
    }

    static final List<Alternative<AlongAxis>> ALL = List.of(
            new Alternative<>("tensor ops: e = exp(x − amax(x)), then e / Σ e, along the axis", (x, axis) -> {
                Tensor e = x.sub(x.amax(axis, true)).exp();
                return e.div(e.sum(axis, true));
            }),
            new Alternative<>("one pass per run with a running maximum (online softmax), then a second to normalise",
                    (x, axis) -> AlongAxisCases.perRun(x, axis, run -> {
                        double m = run[0];
                        double s = 1.0;
                        for (int i = 1; i < run.length; i++) {
                            if (run[i] > m) {
                                s = s * Math.exp(m - run[i]) + 1.0;
                                m = run[i];
                            } else {
                                s += Math.exp(run[i] - m);
                            }
                        }
                        double[] out = new double[run.length];
                        for (int i = 0; i < run.length; i++) {
                            out[i] = Math.exp(run[i] - m) / s;
                        }
                        return out;
                    })));
}
