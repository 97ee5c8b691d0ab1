package org.mlbyhand.graders.ps1;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in one coordinate-descent sweep for the lasso, each a complete implementation the
 * grader must reject. The hand-picked cases separate them in this order: one feature from w = 0 (a
 * missing n and a division by n give 1.5 and 3.5 instead of 1.4), the same from w = 1 (a residual
 * that still holds feature j gives 0.4), two features (a stale residual gives 1.25 and a wrongly
 * signed update 1.5 instead of 1 for w₁), and a zero column (NaN when it is not skipped).
 */
final class LassoSweepBugs {
    private LassoSweepBugs() {
    }

    private enum Mistake {
        THRESHOLD_WITHOUT_N, DIVIDE_BY_N, FEATURE_NOT_ADDED_BACK, STALE_RESIDUAL, RESIDUAL_SIGN,
        ZERO_COLUMN_NOT_SKIPPED
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
                    (X, y, w, alpha) -> sweep(X, y, w, alpha, Mistake.ZERO_COLUMN_NOT_SKIPPED)));

    private static double[] sweep(Matrix X, double[] y, double[] w0, double alpha, Mistake mistake) {
        RegressionInputs.check("sweep", X, y);
        RegressionInputs.requireCoefficients("sweep", X, w0);
        RegressionInputs.requireAlpha("sweep", alpha);
        int n = X.rows();
        double[] w = w0.clone();
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
            double gamma = mistake == Mistake.THRESHOLD_WITHOUT_N ? alpha : n * alpha;
            w[j] = CoordinateDescent.softThreshold(z, gamma) / (mistake == Mistake.DIVIDE_BY_N ? n : squaredNorm);
            if (mistake == Mistake.RESIDUAL_SIGN) {
                Vectors.axpyInPlace(old + w[j], x, r);                      // r + xⱼ·old, then + xⱼ·new instead of −
            } else if (mistake != Mistake.STALE_RESIDUAL) {
                Vectors.axpyInPlace(old - w[j], x, r);
            }
        }
        return w;
    }
}
