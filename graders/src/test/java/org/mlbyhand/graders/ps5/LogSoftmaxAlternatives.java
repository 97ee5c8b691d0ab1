package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.graders.ps5.Signatures.AlongAxis;
import org.mlbyhand.grading.Alternative;

/** Correct log-softmaxes written differently from core's, each of which the grader must accept. */
final class LogSoftmaxAlternatives {
    private LogSoftmaxAlternatives() {
    }

    static final List<Alternative<AlongAxis>> ALL = List.of(
            new Alternative<>("tensor ops: z = x − amax(x), then z − log Σ e^z", (x, axis) -> {
                Tensor z = x.sub(x.amax(axis, true));
                return z.sub(z.exp().sum(axis, true).log());
            }),
            new Alternative<>("x minus an online log-sum-exp per run (running maximum)",
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
                        double lse = m + Math.log(s);
                        double[] out = new double[run.length];
                        for (int i = 0; i < run.length; i++) {
                            out[i] = run[i] - lse;
                        }
                        return out;
                    })));
}
