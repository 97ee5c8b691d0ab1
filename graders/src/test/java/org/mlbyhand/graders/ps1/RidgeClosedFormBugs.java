package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in ridge regression's closed form, each a complete implementation (checks included)
 * that solves its system by Cholesky. Each differs from the reference only where its mistake matters,
 * which is why the grader needs more than one hand-picked case:
 * <pre>{@code
 *   penalty forgotten        α > 0
 *   penalized intercept      α > 0 and b ≠ 0
 *   α·n, α/n, α/2            α > 0 (and n > 1 for α·n and α/n)
 *   b = ȳ                    x̄ᵀw ≠ 0
 *   not centred              x̄ ≠ 0 (any α, so α = 0 is no cure)
 *   α = 0 rejected           α = 0
 *   α on every entry         α > 0 and p ≥ 2: identical to the reference with one feature
 *   one column at a time     correlated centred columns: identical with one feature or orthogonal ones
 * }</pre>
 * On the grader's first case (x = [0, 1, 2], y = [1, 3, 5], α = 2, answer w = 1, b = 2) the first seven
 * give seven different answers: (2, 1), (19/13, 12/13), (1/2, 5/2), (3/2, 3/2), (4/3, 5/3), (1, 3),
 * (13/7, 8/7). Rejecting α = 0 first fails on the least-squares case, with an exception no other bug
 * throws there. "α on every entry" and "one column at a time" come last: the first fails on the
 * two-feature case, where the others differ from it too, and the second only on random correlated
 * features. Centring y alone is not listed: with X centred, Xcᵀ·1 = 0, so Xcᵀy = Xcᵀyc and it changes
 * nothing.
 */
final class RidgeClosedFormBugs {
    private RidgeClosedFormBugs() {
    }

    private enum Mistake {
        NO_PENALTY, PENALIZED_INTERCEPT, ALPHA_TIMES_N, ALPHA_OVER_N, HALF_ALPHA, INTERCEPT_IS_MEAN_OF_Y, NOT_CENTRED,
        ZERO_ALPHA_REJECTED, ALPHA_EVERYWHERE, ONE_COLUMN_AT_A_TIME
    }

    static final List<Bug<RidgeClosedFormGrader.Fit>> ALL = List.of(
            new Bug<>("penalty forgotten",
                    "your answer is the plain least-squares fit, as if α were 0: the penalty α‖w‖² has"
                            + " gradient 2α·w, which puts α·I into the system, (XcᵀXc + α·I)·w = Xcᵀyc.",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.NO_PENALTY)),
            new Bug<>("penalized intercept",
                    "the penalty is α‖w‖², on the coefficients only: b is free. With a column of ones in the"
                            + " system, α lands on b's diagonal entry too and pulls b towards 0. Centre X and y,"
                            + " solve for w, then b = ȳ − x̄ᵀw.",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.PENALIZED_INTERCEPT)),
            new Bug<>("α·n instead of α",
                    "this objective is ‖y − X·w − b‖² + α‖w‖², a sum with no 1/n in front (scikit-learn's"
                            + " Ridge). Setting its gradient to 0 gives XcᵀXc + α·I, with α itself, not α"
                            + " scaled by the number of rows.",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.ALPHA_TIMES_N)),
            new Bug<>("α/n instead of α",
                    "this objective is a plain sum, ‖y − X·w − b‖² + α‖w‖², with no 1/n anywhere, so α goes"
                            + " into the system as it is: XcᵀXc + α·I. (Were the squared error a mean, multiplying"
                            + " through by n would give n·α, never α/n.)",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.ALPHA_OVER_N)),
            new Bug<>("α/2 instead of α",
                    "differentiate both terms the same way: ∂/∂w ‖y − Xc·w‖² = −2·Xcᵀ(yc − Xc·w) and"
                            + " ∂/∂w α‖w‖² = 2α·w. Dividing by 2 leaves XcᵀXc + α·I, not α/2.",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.HALF_ALPHA)),
            new Bug<>("intercept b = ȳ",
                    "w is right, b is not: ȳ is the intercept only when every column mean is 0. The fitted"
                            + " hyperplane passes through the point of means, so b = ȳ − x̄ᵀw.",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.INTERCEPT_IS_MEAN_OF_Y)),
            new Bug<>("X and y not centred",
                    "(XᵀX + α·I)·w = Xᵀy is ridge without an intercept; b = ȳ − x̄ᵀw afterwards cannot"
                            + " repair w. Form the system from the centred data, Xc = X − 1·x̄ᵀ and yc = y − ȳ.",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.NOT_CENTRED)),
            new Bug<>("α = 0 rejected",
                    "α = 0 is allowed: the penalty vanishes and ridge is least squares with an intercept. Reject"
                            + " only a negative, NaN or infinite α (test !(α >= 0), not !(α > 0)).",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.ZERO_ALPHA_REJECTED)),
            new Bug<>("α added to every entry of XcᵀXc",
                    "α·I adds α to every diagonal entry Gⱼⱼ and to nothing else: the penalty α‖w‖² = α·Σⱼwⱼ²"
                            + " has no cross terms wⱼwₖ. (Added to every entry of G instead, it agrees with the"
                            + " right answer when there is one feature, which is why only a case with two shows it.)",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.ALPHA_EVERYWHERE)),
            new Bug<>("each coefficient from its own column: wⱼ = xcⱼᵀyc / (‖xcⱼ‖² + α)",
                    "that formula is right only when the centred columns are orthogonal. In general the"
                            + " coefficients share the explanation of y: solve the whole p×p system"
                            + " (XcᵀXc + α·I)·w = Xcᵀyc, off-diagonal entries xcⱼᵀxcₖ included.",
                    (X, y, alpha) -> fit(X, y, alpha, Mistake.ONE_COLUMN_AT_A_TIME)));

    private static LinearParameters fit(Matrix X, double[] y, double alpha, Mistake mistake) {
        check(X, y, alpha);
        if (mistake == Mistake.ZERO_ALPHA_REJECTED && alpha == 0.0) {
            throw new IllegalArgumentException("fit: alpha must be > 0, got 0");
        }
        int p = X.cols();
        if (mistake == Mistake.PENALIZED_INTERCEPT) {
            double[] theta = LinearFitSteps.solve(LinearFitSteps.withOnesColumn(X, p), y, alpha, false);
            return new LinearParameters(Arrays.copyOf(theta, p), theta[p]);
        }
        boolean centre = mistake != Mistake.NOT_CENTRED;
        double a = switch (mistake) {
            case ALPHA_TIMES_N -> alpha * X.rows();
            case ALPHA_OVER_N -> alpha / X.rows();
            case HALF_ALPHA -> alpha / 2;
            case NO_PENALTY -> 0.0;
            default -> alpha;
        };
        Matrix Xc = LinearFitSteps.centred(X, centre);
        double[] yc = LinearFitSteps.centred(y, centre);
        double[] w = mistake == Mistake.ONE_COLUMN_AT_A_TIME ? columnByColumn(Xc, yc, a)
                : LinearFitSteps.solve(Xc, yc, a, mistake == Mistake.ALPHA_EVERYWHERE);
        double b = mistake == Mistake.INTERCEPT_IS_MEAN_OF_Y ? LinearFitSteps.mean(y)
                : LinearFitSteps.interceptThroughMeans(X, y, w);
        return new LinearParameters(w, b);
    }

    /** wⱼ = xcⱼᵀyc / (‖xcⱼ‖² + α): the diagonal of the system only. */
    private static double[] columnByColumn(Matrix Xc, double[] yc, double alpha) {
        double[] w = new double[Xc.cols()];
        for (int j = 0; j < w.length; j++) {
            double[] x = Xc.column(j);
            w[j] = Vectors.dot(x, yc) / (Vectors.dot(x, x) + alpha);
        }
        return w;
    }

    private static void check(Matrix X, double[] y, double alpha) {
        RegressionInputs.requireAlpha("fit", alpha);
        RegressionInputs.check("fit", X, y);
    }
}
