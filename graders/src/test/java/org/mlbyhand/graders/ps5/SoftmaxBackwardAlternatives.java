package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.OutputRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of softmax written differently from core's rule, each of which the grader must accept. */
final class SoftmaxBackwardAlternatives {
    private SoftmaxBackwardAlternatives() {
    }

    static final List<Alternative<OutputRule>> ALL = List.of(
            new Alternative<>("J·g with the Jacobian J = diag(y) − y·yᵀ formed for each run",
                    (y, g, axis) -> AlongAxisCases.perRun(y, g, axis, (yr, gr) -> {
                        int n = yr.length;
                        double[] dx = new double[n];
                        for (int j = 0; j < n; j++) {
                            for (int i = 0; i < n; i++) {
                                double J = (i == j ? yr[i] : 0.0) - yr[i] * yr[j];
                                dx[j] += J * gr[i];
                            }
                        }
                        return dx;
                    })),
            new Alternative<>("y ∘ g − y ∘ Σ(y ∘ g), with tensor ops", (y, g, axis) -> {
                return y.mul(g).sub(y.mul(y.mul(g).sum(axis, true)));
            }),
            new Alternative<>("a loop per run: s = Σ yⱼgⱼ, then dxᵢ = yᵢ(gᵢ − s)",
                    (y, g, axis) -> AlongAxisCases.perRun(y, g, axis, (yr, gr) -> {
                        double s = 0.0;
                        for (int i = 0; i < yr.length; i++) {
                            s += yr[i] * gr[i];
                        }
                        double[] dx = new double[yr.length];
                        for (int i = 0; i < yr.length; i++) {
                            dx[i] = yr[i] * (gr[i] - s);
                        }
                        return dx;
                    })));
}
