package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.graders.ps1.LinearRegressionGradientDescentGrader.Fit;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in gradient descent for least squares, each a complete implementation the grader
 * must reject, listed in the order of the check that first catches them, on X = [[1], [2]], y = [1, 2],
 * η = 0.1. With zero steps, one step too many gives ([0.5], 0.3) and a start at w = 1 gives ([1], 0).
 * After one step (right: ([0.5], 0.3)), the next five give ([−0.5], −0.3), ([0.5], 0), ([0.5], 0.15),
 * ([0.5], 3) and ([0], 0). Only the gradient taken once survives one step; after two (right:
 * ([0.66], 0.39)) it gives ([1], 0.6). Updating w entry by entry is right when p = 1 and first fails on
 * the random problems, where it shrinks to two features. The last two differ only in what they let
 * through: η = +∞ (one step goes to ([+∞], +∞)), and a NaN when steps = 0 (the start, ([0], 0)).
 */
final class LinearRegressionGradientDescentBugs {
    private LinearRegressionGradientDescentBugs() {
    }

    private enum Mistake {
        ONE_STEP_TOO_MANY, START_AT_ONE, ASCENT, INTERCEPT_FIXED, SEQUENTIAL, INTERCEPT_WITHOUT_RATE, ONE_STEP_TOO_FEW,
        GRADIENT_ONCE, ENTRYWISE, INFINITE_RATE_ACCEPTED, INPUTS_CHECKED_IN_LOOP
    }

    static final List<Bug<Fit>> ALL = List.of(
            new Bug<>("one step too many",
                    "the loop runs exactly `steps` times: with steps = 0 it does not run at all and (w, b) is the"
                            + " starting point. Compare your loop's bounds with the count (t = 0; t < steps).",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.ONE_STEP_TOO_MANY)),
            new Bug<>("starts from w = 1",
                    "gradient descent here starts at w = 0 (every entry) and b = 0: new double[p] is already all"
                            + " zeros.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.START_AT_ONE)),
            new Bug<>("gradient ascent: θ ← θ + η·∇",
                    "the gradient points uphill, towards larger loss; descent steps against it: subtract η times"
                            + " the gradient from w and from b.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.ASCENT)),
            new Bug<>("intercept never updated",
                    "b is a parameter like w: after the step on w, also move b against its derivative db, with"
                            + " the same learning rate.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.INTERCEPT_FIXED)),
            new Bug<>("b's derivative taken after w moved",
                    "the update is simultaneous: take dw and db from one gradient at the current (w, b), then"
                            + " move both. Computing db again after w has changed takes it at another point.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.SEQUENTIAL)),
            new Bug<>("learning rate missing on b",
                    "w and b move with the same step size: b ← b − η·db, with the learning rate η, just as"
                            + " w ← w − η·dw.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.INTERCEPT_WITHOUT_RATE)),
            new Bug<>("one step too few",
                    "the loop runs exactly `steps` times: with steps = 1 it takes one step. A loop that starts"
                            + " at t = 1 and stops before `steps` runs steps − 1 times.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.ONE_STEP_TOO_FEW)),
            new Bug<>("gradient computed once, before the loop",
                    "the gradient depends on (w, b): recompute it inside the loop, at the current (w, b), at"
                            + " every step. The gradient at the start is right for the first step only.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.GRADIENT_ONCE)),
            new Bug<>("w updated entry by entry, each from a fresh gradient",
                    "every entry of dw must be taken at the same point: with two or more features, moving w₀"
                            + " before computing dw₁ takes dw₁ at another w. Compute the whole gradient, then move"
                            + " every entry of w (and b) with it.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.ENTRYWISE)),
            new Bug<>("learningRate = +∞ accepted",
                    "an infinite step size sends w and b to infinity in one step: require a learning rate that"
                            + " is finite and > 0 (Double.isFinite as well as > 0), and throw"
                            + " IllegalArgumentException otherwise.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.INFINITE_RATE_ACCEPTED)),
            new Bug<>("X and y checked only by mseGradient, inside the loop",
                    "with steps = 0 the loop never runs, nothing calls mseGradient, and a NaN or a wrong length"
                            + " goes unnoticed: check X and y yourself before the loop.",
                    (X, y, eta, steps) -> fit(X, y, eta, steps, Mistake.INPUTS_CHECKED_IN_LOOP)));

    private static LinearParameters fit(Matrix X, double[] y, double eta, int steps, Mistake mistake) {
        if (mistake == Mistake.INFINITE_RATE_ACCEPTED && eta == Double.POSITIVE_INFINITY) {
            RegressionInputs.requireRun("gd", 1.0, steps);                 // tests η > 0 only: +∞ passes
        } else {
            RegressionInputs.requireRun("gd", eta, steps);
        }
        if (mistake != Mistake.INPUTS_CHECKED_IN_LOOP) {
            RegressionInputs.check("gd", X, y);
        }
        double[] w = new double[X.cols()];
        if (mistake == Mistake.START_AT_ONE) {
            Arrays.fill(w, 1.0);
        }
        double b = 0.0;
        int count = mistake == Mistake.ONE_STEP_TOO_MANY ? steps + 1
                : mistake == Mistake.ONE_STEP_TOO_FEW ? Math.max(0, steps - 1) : steps;
        double sign = mistake == Mistake.ASCENT ? 1.0 : -1.0;
        LinearGradient g = mistake == Mistake.GRADIENT_ONCE ? Losses.mseGradient(X, y, w, b) : null;
        for (int t = 0; t < count; t++) {
            if (mistake != Mistake.GRADIENT_ONCE) {
                g = Losses.mseGradient(X, y, w, b);
            }
            for (int j = 0; j < w.length; j++) {
                double dwj = mistake == Mistake.ENTRYWISE ? Losses.mseGradient(X, y, w, b).dw()[j] : g.dw()[j];
                w[j] += sign * eta * dwj;
            }
            switch (mistake) {
                case INTERCEPT_FIXED:
                    break;
                case SEQUENTIAL:
                    b -= eta * Losses.mseGradient(X, y, w, b).db();
                    break;
                case INTERCEPT_WITHOUT_RATE:
                    b -= g.db();
                    break;
                default:
                    b += sign * eta * g.db();
            }
        }
        return new LinearParameters(w, b);
    }
}
