package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.graders.ps4.PegasosStepGrader.Step;
import org.mlbyhand.grading.Alternative;

/**
 * Correct Pegasos steps written otherwise than the reference, each of which the grader must accept: in
 * the subgradient form θ ← θ − η·(λθ + g) with g = −sᵢx̃ᵢ on a violating row (so (1 − η·λ) is never
 * formed), projected by min(1, r/‖θ‖) every time; and with w and b kept apart, the norm through
 * {@code Math.hypot}.
 */
final class PegasosStepAlternatives {
    private PegasosStepAlternatives() {
    }

    static final List<Alternative<Step>> ALL = List.of(
            new Alternative<>("θ ← θ − η·(λθ + g), then θ·min(1, (1/√λ)/‖θ‖)", (X, y, w, b, i, lambda, t) -> {
                SvmInputs.pegasos("pegasos-step", X, y, w, lambda, t);
                int p = w.length;
                double[] x = X.row(i);
                double s = y[i] == 1 ? 1.0 : -1.0;
                double z = b;
                for (int j = 0; j < p; j++) {
                    z += w[j] * x[j];
                }
                boolean violates = s * z < 1.0;
                double eta = 1.0 / (lambda * t);
                double[] w2 = new double[p];
                for (int j = 0; j < p; j++) {
                    w2[j] = w[j] - eta * (lambda * w[j] + (violates ? -s * x[j] : 0.0));
                }
                double b2 = b - eta * (lambda * b + (violates ? -s : 0.0));
                double norm = Math.sqrt(PegasosStepBugs.dot(w2, w2) + b2 * b2);
                double scale = Math.min(1.0, (1.0 / Math.sqrt(lambda)) / norm);
                for (int j = 0; j < p; j++) {
                    w2[j] *= scale;
                }
                return new LinearParameters(w2, b2 * scale);
            }),
            new Alternative<>("w and b apart, ‖θ‖ = hypot(‖w‖, b)", (X, y, w, b, i, lambda, t) -> {
                SvmInputs.pegasos("pegasos-step", X, y, w, lambda, t);
                int p = w.length;
                int s = 2 * y[i] - 1;
                double margin = s * (PegasosStepBugs.dot(w, X.row(i)) + b);
                double keep = (t - 1.0) / t;
                double step = margin < 1.0 ? s / (lambda * t) : 0.0;
                double[] w2 = new double[p];
                for (int j = 0; j < p; j++) {
                    w2[j] = keep * w[j] + step * X.get(i, j);
                }
                double b2 = keep * b + step;
                double norm = Math.hypot(Math.sqrt(PegasosStepBugs.dot(w2, w2)), b2);
                double radius = 1.0 / Math.sqrt(lambda);
                if (norm > radius) {
                    for (int j = 0; j < p; j++) {
                        w2[j] = w2[j] / norm * radius;
                    }
                    b2 = b2 / norm * radius;
                }
                return new LinearParameters(w2, b2);
            }));
}
