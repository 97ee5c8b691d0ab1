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
 * the grader's two-step case has C·n = 1 with C ≠ 1, so that w/(C·n), w/C, C·w/n, −w/(C·n) and
 * w/(2·C·n) differ. The rest each fail at a check of their own: C = +∞ (no penalty, which one rejects),
 * C = NaN (which a test C ≤ 0 lets through) and a hundred steps on data where ∇J is below 1e-6 after
 * about sixty (where an early exit stops). At C = +∞, C·w/n turns w into NaN and core's gradient then
 * throws IllegalArgumentException, as rejecting C = +∞ does, so that mistake comes before C·w/n.
 */
final class LogisticRegressionGradientDescentBugs {
    private LogisticRegressionGradientDescentBugs() {
    }

    private enum Mistake {
        ASCENT, ONE_STEP_TOO_MANY, ONE_STEP_TOO_FEW, GRADIENT_OF_SUM, INTERCEPT_FROZEN, INTERCEPT_AFTER_W,
        INTERCEPT_PENALIZED, PENALTY_WITHOUT_N, C_AS_STRENGTH, PENALTY_SIGN, PENALTY_HALVED, INFINITE_C_REJECTED,
        NAN_C_ACCEPTED, EARLY_STOP
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
            new Bug<>("one step too few",
                    "count your steps: with steps = 1 your answer is still w = 0, b = 0, so the loop never ran."
                            + " Take exactly steps updates: t = 0, 1, …, steps − 1.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.ONE_STEP_TOO_FEW)),
            new Bug<>("the gradient of the sum over the rows, not of the mean",
                    "J averages the log-loss over the n rows, (1/n)·Σᵢ, and its penalty is ‖w‖²/(2·C·n): your first"
                            + " step is n times too long, as if you descended on n·J, the sum. Divide both parts of the"
                            + " gradient by n.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.GRADIENT_OF_SUM)),
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
            new Bug<>("C = +∞ rejected",
                    "C = +∞ is allowed: it means no penalty, since 1/(C·n) = 0 and the penalty's gradient w/(C·n)"
                            + " vanishes. Reject only a C that is not > 0 (0, negative or NaN).",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.INFINITE_C_REJECTED)),
            new Bug<>("C used as the penalty strength",
                    "C is the inverse of the penalty strength: a larger C means a weaker penalty. Its gradient"
                            + " is w/(C·n), with C dividing.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.C_AS_STRENGTH)),
            new Bug<>("penalty gradient with the wrong sign",
                    "the penalty ‖w‖²/(2·C·n) grows with ‖w‖, so its gradient +w/(C·n) is added to dw; the step"
                            + " w − η·dw then pulls w towards 0.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.PENALTY_SIGN)),
            new Bug<>("penalty gradient halved, w/(2·C·n)",
                    "the ½ in ‖w‖²/(2·C·n) cancels against the 2 of d‖w‖²/dw = 2w: the penalty's gradient is"
                            + " w/(C·n), not w/(2·C·n).",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.PENALTY_HALVED)),
            new Bug<>("C ≤ 0 tested, so C = NaN gets through",
                    "every comparison with NaN is false, so a test like C <= 0 lets C = NaN through, and NaN then"
                            + " spreads into w. Test what C must be instead: !(C > 0) is true for NaN.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.NAN_C_ACCEPTED)),
            new Bug<>("stops early once the gradient is small",
                    "take exactly steps steps, even once ∇J is tiny: the exercise asks for the result of a given"
                            + " number of steps, not for a tolerance. Remove any early exit from the loop.",
                    (X, y, C, eta, steps) -> fit(X, y, C, eta, steps, Mistake.EARLY_STOP)));

    /** The gradient size below which the early-stopping mistake stops. */
    private static final double EARLY_STOP_TOL = 1e-6;

    private static LinearParameters fit(Matrix X, int[] y, double C, double eta, int steps, Mistake mistake) {
        if (mistake == Mistake.NAN_C_ACCEPTED) {
            LogisticRegressionGradientDescentGrader.checkArguments(C <= 0 ? C : 1.0, eta, steps);
        } else {
            LogisticRegressionGradientDescentGrader.checkArguments(C, eta, steps);
        }
        if (mistake == Mistake.INFINITE_C_REJECTED && Double.isInfinite(C)) {
            throw new IllegalArgumentException("C must be finite, got " + C);
        }
        int n = X.rows();
        double[] w = new double[X.cols()];
        double b = 0.0;
        double direction = mistake == Mistake.ASCENT ? 1.0 : -1.0;
        double rows = mistake == Mistake.GRADIENT_OF_SUM ? n : 1.0;   // the log-loss's gradient times this
        double penalty = switch (mistake) {
            case PENALTY_WITHOUT_N, GRADIENT_OF_SUM -> 1.0 / C;
            case C_AS_STRENGTH -> C / n;
            case PENALTY_SIGN -> -1.0 / (C * n);
            case PENALTY_HALVED -> 1.0 / (2 * C * n);
            default -> 1.0 / (C * n);
        };
        int last = mistake == Mistake.ONE_STEP_TOO_MANY ? steps + 1 : mistake == Mistake.ONE_STEP_TOO_FEW ? steps - 1
                : steps;
        for (int t = 0; t < last; t++) {
            LinearGradient g = Losses.binaryCrossEntropyGradient(X, y, w, b);
            if (mistake == Mistake.EARLY_STOP && norm(g, w, penalty) < EARLY_STOP_TOL) {
                break;
            }
            double db = rows * g.db() + (mistake == Mistake.INTERCEPT_PENALIZED ? b / (C * n) : 0.0);
            for (int j = 0; j < w.length; j++) {
                w[j] += direction * eta * (rows * g.dw()[j] + penalty * w[j]);
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

    /** ‖∇J(w, b)‖∞ from the log-loss gradient g and the penalty's factor. */
    private static double norm(LinearGradient g, double[] w, double penalty) {
        double norm = Math.abs(g.db());
        for (int j = 0; j < w.length; j++) {
            norm = Math.max(norm, Math.abs(g.dw()[j] + penalty * w[j]));
        }
        return norm;
    }
}
