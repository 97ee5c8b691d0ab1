package org.mlbyhand.graders.ps1;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in one coordinate-descent sweep for the lasso, each a complete implementation the
 * grader must reject. The hand-picked cases separate them in this order: one feature from w = 0 (right:
 * S(8, 1)/5 = 1.4; a missing n, a division by n, a threshold 2nα, a division by ‖xⱼ‖ and a division
 * before the threshold give 1.5, 3.5, 1.2, 7/√5 and 0.6; w updated in place gives 1.4 but changes the
 * caller's w), the same from w = 1 (a residual that still holds feature j gives 0.4), two features (a
 * stale residual gives 1.25 and a wrongly signed update 1.5 instead of 1 for w₁), and a zero column (NaN
 * when it is not skipped). The last two let bad input through: a NaN in w, and α = +∞.
 */
final class LassoSweepBugs {
    private LassoSweepBugs() {
    }

    private enum Mistake {
        THRESHOLD_WITHOUT_N, DIVIDE_BY_N, THRESHOLD_TWICE_N, DIVIDE_BY_NORM, DIVIDE_BEFORE_THRESHOLD, W_IN_PLACE,
        FEATURE_NOT_ADDED_BACK, STALE_RESIDUAL, RESIDUAL_SIGN, ZERO_COLUMN_NOT_SKIPPED, W_NOT_CHECKED,
        INFINITE_ALPHA_ACCEPTED
    }

    static final List<Bug<LassoSweepGrader.Sweep>> ALL = List.of(
            new Bug<>("threshold α instead of n·α",
                    "P has a 1/(2n) in front of the squared error but not in front of α‖w‖₁. Multiplying the"
                            + " one-coordinate problem by n to get the ‖xⱼ‖² in the denominator multiplies the"
                            + " penalty too: the threshold is n·α.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.THRESHOLD_WITHOUT_N)),
            new Bug<>("divided by n instead of ‖xⱼ‖²",
                    "the one-dimensional least-squares coefficient of r on xⱼ is xⱼᵀr/‖xⱼ‖²; dividing by n is"
                            + " right only for standardized columns (‖xⱼ‖² = n), and these are not.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.DIVIDE_BY_N)),
            new Bug<>("threshold 2·n·α instead of n·α",
                    "multiply P by n, not by 2n: n·P = ½‖y − X·w‖² + n·α‖w‖₁, whose derivative in wⱼ is"
                            + " −xⱼᵀ(r + xⱼwⱼ) + ‖xⱼ‖²·wⱼ + n·α·sign(wⱼ). The ½ cancels the 2 of the square, so"
                            + " the threshold is n·α.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.THRESHOLD_TWICE_N)),
            new Bug<>("divided by ‖xⱼ‖ instead of ‖xⱼ‖²",
                    "the one-dimensional least-squares coefficient of the residual on xⱼ is xⱼᵀr/‖xⱼ‖²: divide"
                            + " by the squared norm Σᵢ xᵢⱼ², not by its square root.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.DIVIDE_BY_NORM)),
            new Bug<>("divided before thresholding: S(zⱼ/‖xⱼ‖², n·α)",
                    "threshold first, then divide: wⱼ = S(zⱼ, n·α)/‖xⱼ‖². Dividing zⱼ by ‖xⱼ‖² first puts it on"
                            + " another scale than the threshold n·α, which would have to be divided too.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.DIVIDE_BEFORE_THRESHOLD)),
            new Bug<>("w updated in place",
                    "your new coefficients are right, but they were written into the caller's w. Start from a"
                            + " copy (w.clone()), update the copy and return it; the w you were given must not"
                            + " change.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.W_IN_PLACE)),
            new Bug<>("feature j not added back: zⱼ = xⱼᵀr",
                    "zⱼ = xⱼᵀr is the gradient, and zⱼ/‖xⱼ‖² would be a step from the old wⱼ, not the new"
                            + " value. The update solves for wⱼ from scratch, so it needs the residual without"
                            + " feature j: zⱼ = xⱼᵀ(r + xⱼ·wⱼ) with the old wⱼ. From w = 0 the two agree, which"
                            + " is why this shows only when w starts elsewhere.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.FEATURE_NOT_ADDED_BACK)),
            new Bug<>("stale residual: every zⱼ from the old w (a Jacobi update)",
                    "cyclic coordinate descent updates one coefficient at a time and the next one must see it:"
                            + " after changing wⱼ, update r = y − X·w before computing zⱼ₊₁. Computing all the zⱼ"
                            + " from the starting w is a different algorithm (Jacobi), which can overshoot or"
                            + " diverge when the columns are correlated.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.STALE_RESIDUAL)),
            new Bug<>("residual updated with the wrong sign",
                    "r = y − X·w, so the new wⱼ enters the residual with a minus sign: after adding xⱼ·wⱼ(old)"
                            + " back, subtract xⱼ·wⱼ(new). Adding it leaves r wrong for every later coordinate"
                            + " (it does not show with one feature).",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.RESIDUAL_SIGN)),
            new Bug<>("zero column not skipped",
                    "when ‖xⱼ‖² = 0, the update S(0, n·α)/0 is 0/0 = NaN, and the NaN then spreads through r to"
                            + " every later coordinate. A zero column says nothing about wⱼ: skip it and keep wⱼ"
                            + " as it is.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.ZERO_COLUMN_NOT_SKIPPED)),
            new Bug<>("w not checked",
                    "a NaN in the starting w makes the residual r = y − X·w NaN, and the NaN spreads to every"
                            + " coefficient: check w's entries as you check X's and y's, and throw"
                            + " IllegalArgumentException.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.W_NOT_CHECKED)),
            new Bug<>("α = +∞ accepted",
                    "α must be finite as well as ≥ 0: an infinite penalty is not a problem with an answer (it"
                            + " silently zeroes every coefficient). Test Double.isFinite(α) too.",
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.INFINITE_ALPHA_ACCEPTED)));

    private static double[] sweep(Matrix X, double[] y, double[] w0, double alpha, Mistake mistake) {
        RegressionInputs.check("sweep", X, y);
        RegressionInputs.requireCoefficients("sweep", X,
                mistake == Mistake.W_NOT_CHECKED ? new double[w0.length] : w0);     // that bug: w's length only
        RegressionInputs.requireAlpha("sweep",
                mistake == Mistake.INFINITE_ALPHA_ACCEPTED && alpha == Double.POSITIVE_INFINITY ? 0.0 : alpha); // α ≥ 0 only
        int n = X.rows();
        double[] w = mistake == Mistake.W_IN_PLACE ? w0 : w0.clone();
        double[] r = y.clone();
        for (int j = 0; j < w.length; j++) {
            Vectors.axpyInPlace(-w[j], X.column(j), r);                    // r = y − X·w
        }
        for (int j = 0; j < w.length; j++) {
            double[] x = X.column(j);
            double squaredNorm = Vectors.dot(x, x);
            if (squaredNorm == 0.0 && mistake != Mistake.ZERO_COLUMN_NOT_SKIPPED) {
                continue;
            }
            double old = w[j];
            double z = mistake == Mistake.FEATURE_NOT_ADDED_BACK ? Vectors.dot(x, r) : Vectors.dot(x, r) + squaredNorm * old;
            double gamma = switch (mistake) {
                case THRESHOLD_WITHOUT_N -> alpha;
                case THRESHOLD_TWICE_N -> 2 * n * alpha;
                default -> n * alpha;
            };
            w[j] = switch (mistake) {
                case DIVIDE_BY_N -> CoordinateDescent.softThreshold(z, gamma) / n;
                case DIVIDE_BY_NORM -> CoordinateDescent.softThreshold(z, gamma) / Math.sqrt(squaredNorm);
                case DIVIDE_BEFORE_THRESHOLD -> CoordinateDescent.softThreshold(z / squaredNorm, gamma);
                default -> CoordinateDescent.softThreshold(z, gamma) / squaredNorm;
            };
            if (mistake == Mistake.RESIDUAL_SIGN) {
                Vectors.axpyInPlace(old + w[j], x, r);                      // r + xⱼ·old, then + xⱼ·new instead of −
            } else if (mistake != Mistake.STALE_RESIDUAL) {
                Vectors.axpyInPlace(old - w[j], x, r);
            }
        }
        return w;
    }
}
