package org.mlbyhand.graders.ps1;

import java.util.List;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in gradient descent on the penalized logistic objective, each a complete
 * implementation the grader must reject. The first four already go wrong on one step from w = 0, b = 0
 * (each differently); the penalty mistakes only show from the second step on, once w ≠ 0 and b ≠ 0, and
 * the grader's two-step case has C·n = 1 with C ≠ 1, so that w/(C·n), w/C, C·w/n and −w/(C·n) differ.
 */
final class LogisticRegressionGradientDescentBugs {
    private LogisticRegressionGradientDescentBugs() {
    }

    private enum Mistake {
        ASCENT, ONE_STEP_TOO_MANY, INTERCEPT_FROZEN, INTERCEPT_AFTER_W, INTERCEPT_PENALIZED, PENALTY_WITHOUT_N,
        C_AS_STRENGTH, PENALTY_SIGN
    }

    static final List<Bug<LogisticRegressionGradientDescentGrader.Fit>> ALL = List.of(
            new Bug<>("gradient ascent",
                    "the gradient points uphill, towards larger J: each step must go against it, w − η·dw and"
                            + " b − η·db. After one step from 0, w should have the sign of Xᵀ(y − ½).",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.ASCENT)),
            new Bug<>("one step too many",
                    "count your steps: with steps = 1 the answer is exactly one update away from w = 0, b = 0."
                            + " Look at the loop's bounds (t < steps, starting at 0).",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.ONE_STEP_TOO_MANY)),
            new Bug<>("intercept never updated",
                    "b is a parameter too: each step moves it by −η·db, db = (1/n)·Σᵢ(σ(zᵢ) − yᵢ). It stays 0 only"
                            + " if the classes balance out.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.INTERCEPT_FROZEN)),
            new Bug<>("b's gradient recomputed after w moved",
                    "w and b move together, both from the gradient at the current (w, b): take dw and db from one"
                            + " call, then update both. A db computed after w has already changed is a different"
                            + " algorithm (coordinate-wise), and takes other steps.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.INTERCEPT_AFTER_W)),
            new Bug<>("intercept penalized",
                    "the penalty is ‖w‖²/(2·C·n): it holds w only, so its gradient w/(C·n) is added to dw and db"
                            + " is the log-loss part alone. scikit-learn does not shrink the intercept.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.INTERCEPT_PENALIZED)),
            new Bug<>("penalty gradient w/C, without 1/n",
                    "J is scikit-learn's objective divided by C·n, the penalty included: ½‖w‖²/(C·n), whose"
                            + " gradient is w/(C·n). Dividing by C alone makes the penalty n times too strong.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.PENALTY_WITHOUT_N)),
            new Bug<>("C used as the penalty strength",
                    "C is the inverse of the penalty strength: a larger C means a weaker penalty. Its gradient"
                            + " is w/(C·n), with C dividing.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.C_AS_STRENGTH)),
            new Bug<>("penalty gradient with the wrong sign",
                    "the penalty ‖w‖²/(2·C·n) grows with ‖w‖, so its gradient +w/(C·n) is added to dw; the step"
                            + " w − η·dw then pulls w towards 0.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.PENALTY_SIGN)));

    private static LinearParameters fit(Matrix X, int[] y, double C, double eta, int steps, Mistake mistake) {
        LogisticRegressionGradientDescentGrader.checkArguments(C, eta, steps);
        int n = X.rows();
        double[] w = new double[X.cols()];
        double b = 0.0;
        double direction = mistake == Mistake.ASCENT ? 1.0 : -1.0;
        double penalty = switch (mistake) {
            case PENALTY_WITHOUT_N -> 1.0 / C;
            case C_AS_STRENGTH -> C / n;
            case PENALTY_SIGN -> -1.0 / (C * n);
            default -> 1.0 / (C * n);
        };
        for (int t = 0; mistake == Mistake.ONE_STEP_TOO_MANY ? t <= steps : t < steps; t++) {
            LinearGradient g = Losses.binaryCrossEntropyGradient(X, y, w, b);
            double db = g.db() + (mistake == Mistake.INTERCEPT_PENALIZED ? b / (C * n) : 0.0);
            for (int j = 0; j < w.length; j++) {
                w[j] += direction * eta * (g.dw()[j] + penalty * w[j]);
            }
            if (mistake == Mistake.INTERCEPT_AFTER_W) {
                db = Losses.binaryCrossEntropyGradient(X, y, w, b).db();
            }
            if (mistake != Mistake.INTERCEPT_FROZEN) {
                b += direction * eta * db;
            }
        }
        return new LinearParameters(w, b);
    }
}
