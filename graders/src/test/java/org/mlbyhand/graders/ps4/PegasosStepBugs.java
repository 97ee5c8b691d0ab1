package org.mlbyhand.graders.ps4;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.graders.ps4.PegasosStepGrader.Step;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a Pegasos step, each a complete implementation the grader must reject. The
 * hand-picked cases are built to separate them, in the order of the checks: the first step (θ = 0,
 * t = 1, projected) shows the missing projection, the radius 1/λ and the unpenalised intercept; the
 * violating row mid-run shows the missing shrink, η without λ and the labels as signs; the row beyond its
 * margin shows a shrink made only on violating rows (listed first: the missing shrink gives the same θ
 * there, but fails the case before); the fourth case, the margin measured after the shrink; the fifth,
 * the kink counted (listed before the margin after the shrink, which steps there too but fails the
 * fourth case first). The last is right on every valid input.
 */
final class PegasosStepBugs {
    private PegasosStepBugs() {
    }

    private enum Mistake {
        SHRINK_ONLY_WHEN_VIOLATING, NO_SHRINK, ETA_WITHOUT_LAMBDA, NO_PROJECTION, RADIUS_ONE_OVER_LAMBDA,
        UNPENALISED_INTERCEPT, LABELS_AS_SIGNS, MARGIN_AFTER_SHRINK, KINK_COUNTED, NO_T_CHECK
    }

    static final List<Bug<Step>> ALL = List.of(
            new Bug<>("the shrink made only on a violating row",
                    "the regulariser λ/2·‖θ‖² is part of every row's objective, so its step (1 − 1/t)·θ is taken at"
                            + " every step; only the hinge's step η·sᵢ·x̃ᵢ depends on the margin.",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.SHRINK_ONLY_WHEN_VIOLATING)),
            new Bug<>("no shrink: the regulariser's step is missing",
                    "each step also moves down the gradient λθ of the regulariser: θ ← (1 − η·λ)·θ = (1 − 1/t)·θ"
                            + " before the hinge's step. Without it θ only grows, until the projection stops it.",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.NO_SHRINK)),
            new Bug<>("η = 1/t: λ left out of the step size",
                    "Pegasos' step size is η = 1/(λ·t), with λ: it is what makes the shrink 1 − η·λ exactly 1 − 1/t,"
                            + " and the steps large while λ is small.",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.ETA_WITHOUT_LAMBDA)),
            new Bug<>("no projection",
                    "the last part of the step brings θ back into the ball of radius 1/√λ, where the optimum lies:"
                            + " θ ← min(1, (1/√λ)/‖θ‖)·θ, with ‖θ‖² = ‖w‖² + b².",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.NO_PROJECTION)),
            new Bug<>("projection radius 1/λ instead of 1/√λ",
                    "the optimum satisfies ‖θ*‖ ≤ 1/√λ (λ/2·‖θ*‖² is at most the objective at θ = 0, which is 1), so"
                            + " the ball's radius is 1/√λ, not 1/λ.",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.RADIUS_ONE_OVER_LAMBDA)),
            new Bug<>("the intercept left out of the regulariser",
                    "here the intercept is a weight on a constant feature 1, so it is penalised like w: it is shrunk"
                            + " by (1 − 1/t) and counted in ‖θ‖² = ‖w‖² + b² for the projection, which scales it too.",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.UNPENALISED_INTERCEPT)),
            new Bug<>("labels used as signs",
                    "the labels are 0 and 1: with yᵢ = 0 as the sign the margin is 0 and the step adds nothing. Use"
                            + " sᵢ = 2yᵢ − 1 = ±1 in the margin and in the step η·sᵢ·x̃ᵢ.",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.LABELS_AS_SIGNS)),
            new Bug<>("the kink counted: margin ≤ 1",
                    "a row steps only if it strictly violates its margin, sᵢ(wᵀxᵢ + b) < 1: at margin exactly 1 the"
                            + " hinge's subgradient taken here is 0 (t = 0 at the kink, as in core).",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.KINK_COUNTED)),
            new Bug<>("margin taken after the shrink",
                    "whether the row violates its margin is decided at the (w, b) you were given, before any change:"
                            + " the shrink can pull a row that was beyond its margin inside it.",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.MARGIN_AFTER_SHRINK)),
            new Bug<>("t not checked",
                    "steps are numbered from t = 1: at t = 0, η = 1/(λ·0) is infinite. Throw"
                            + " IllegalArgumentException for t < 1.",
                    (X, y, w, b, i, lambda, t) -> step(X, y, w, b, i, lambda, t, Mistake.NO_T_CHECK)));

    private static LinearParameters step(Matrix X, int[] y, double[] w, double b, int i, double lambda, int t,
                                         Mistake mistake) {
        if (mistake == Mistake.NO_T_CHECK) {
            SvmInputs.pegasos("pegasos-step", X, y, w, lambda, 1);
        } else {
            SvmInputs.pegasos("pegasos-step", X, y, w, lambda, t);
        }
        int p = w.length;
        double[] x = Arrays.copyOf(X.row(i), p + 1);            // x̃ = (x, 1)
        x[p] = 1.0;
        double[] theta = Arrays.copyOf(w, p + 1);                // θ = (w, b)
        theta[p] = b;
        int s = mistake == Mistake.LABELS_AS_SIGNS ? y[i] : 2 * y[i] - 1;
        double eta = mistake == Mistake.ETA_WITHOUT_LAMBDA ? 1.0 / t : 1.0 / (lambda * t);
        double shrink = 1.0 - eta * lambda;
        double margin = s * dot(theta, x);
        boolean violates = mistake == Mistake.KINK_COUNTED ? margin <= 1.0 : margin < 1.0;
        boolean shrinks = mistake != Mistake.NO_SHRINK
                && (mistake != Mistake.SHRINK_ONLY_WHEN_VIOLATING || violates);
        int penalised = mistake == Mistake.UNPENALISED_INTERCEPT ? p : p + 1;
        if (shrinks) {
            for (int j = 0; j < penalised; j++) {
                theta[j] *= shrink;
            }
        }
        if (mistake == Mistake.MARGIN_AFTER_SHRINK) {
            violates = s * dot(theta, x) < 1.0;
        }
        if (violates) {
            for (int j = 0; j <= p; j++) {
                theta[j] += eta * s * x[j];
            }
        }
        if (mistake != Mistake.NO_PROJECTION) {
            double radius = mistake == Mistake.RADIUS_ONE_OVER_LAMBDA ? 1.0 / lambda : 1.0 / Math.sqrt(lambda);
            double norm2 = 0.0;
            for (int j = 0; j < penalised; j++) {
                norm2 += theta[j] * theta[j];
            }
            double norm = Math.sqrt(norm2);
            if (norm > radius) {
                for (int j = 0; j < penalised; j++) {
                    theta[j] *= radius / norm;
                }
            }
        }
        return new LinearParameters(Arrays.copyOf(theta, p), theta[p]);
    }

    static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new ShapeMismatchException("dot: lengths " + a.length + " and " + b.length);
        }
        double s = 0.0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
