package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.OutputRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of log-softmax written differently from core's rule, each of which the grader must accept. */
final class LogSoftmaxBackwardAlternatives {
    private LogSoftmaxBackwardAlternatives() {
    }

    static final List<Alternative<OutputRule>> ALL = List.of(
            new Alternative<>("Jᵀ·g with J = I − 1·pᵀ formed for each run (∂outᵢ/∂xⱼ = δᵢⱼ − pⱼ)",
                    (out, g, axis) -> AlongAxisCases.perRun(out, g, axis, (o, gr) -> {
                        int n = o.length;
                        double[] dx = new double[n];
                        for (int j = 0; j < n; j++) {
                            double pj = Math.exp(o[j]);
                            for (int i = 0; i < n; i++) {
                                dx[j] += gr[i] * ((i == j ? 1.0 : 0.0) - pj);
                            }
                        }
                        return dx;
                    })),
            new Alternative<>("a loop per run: s = Σ g, then dxᵢ = gᵢ − e^outᵢ·s",
                    (out, g, axis) -> AlongAxisCases.perRun(out, g, axis, (o, gr) -> {
                        double s = 0.0;
                        for (double v : gr) {
                            s += v;
                        }
                        double[] dx = new double[o.length];
                        for (int i = 0; i < o.length; i++) {
                            dx[i] = gr[i] - Math.exp(o[i]) * s;
                        }
                        return dx;
                    })));
}
