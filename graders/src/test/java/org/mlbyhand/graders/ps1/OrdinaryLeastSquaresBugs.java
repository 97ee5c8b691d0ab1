package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in least squares with an intercept, each a complete implementation (checks
 * included) that solves its normal equations by Cholesky, as the exercise asks. The first six give
 * different answers on the grader's first case, the line x = [0, 1, 2], y = [1, 3, 5] (w = 2, b = 1):
 * <pre>{@code
 *   no intercept                      w = 2.6, b = 0
 *   b = ȳ                             w = 2,   b = 3
 *   b = ȳ + x̄ᵀw                       w = 2,   b = 5
 *   X not centred (y is)              w = 0.8, b = 2.2
 *   uncentred normal equations        w = 2.6, b = 0.4
 *   ones column first, b read last    w = 1,   b = 2
 * }</pre>
 * so each is recognised there by its own hint, whatever the order. Centring X in place gives the right
 * answer but modifies X, which the engine sees on that same case. The last two differ from the
 * reference only where the data fix no unique fit: a single sample, where the row count goes unchecked
 * and Cholesky throws NotPositiveDefiniteException instead of IllegalArgumentException, and a constant
 * column, where a small ridge ε·I added after Cholesky fails hides the singular system. (Its answer there
 * depends on ε, so its hint shows only for a learner's ε near {@value #JITTER_SIZE}; the rejection does
 * not depend on ε.)
 */
final class OrdinaryLeastSquaresBugs {
    private OrdinaryLeastSquaresBugs() {
    }

    private enum Mistake {
        NO_INTERCEPT, INTERCEPT_IS_MEAN_OF_Y, INTERCEPT_SIGN, X_NOT_CENTRED, UNCENTRED_NORMAL_EQUATIONS,
        ONES_COLUMN_FIRST, X_CENTRED_IN_PLACE, ROWS_NOT_COUNTED, JITTER
    }

    /** The "small" ridge a learner adds to the diagonal when Cholesky refuses a singular Gram matrix. */
    private static final double JITTER_SIZE = 1e-10;

    static final List<Bug<BiFunction<Matrix, double[], LinearParameters>>> ALL = List.of(
            new Bug<>("no intercept",
                    "the model is X·w + b: without b the fitted line must pass through the origin. Centre X"
                            + " and y (subtract the column means x̄ and the mean ȳ), solve for w on the centred"
                            + " data, then recover b.",
                    (X, y) -> fit(X, y, Mistake.NO_INTERCEPT)),
            new Bug<>("intercept b = ȳ",
                    "w is right, b is not: ȳ is the intercept only when every column mean is 0. The fitted"
                            + " line passes through the point of means (x̄, ȳ), so ȳ = x̄ᵀw + b.",
                    (X, y) -> fit(X, y, Mistake.INTERCEPT_IS_MEAN_OF_Y)),
            new Bug<>("intercept b = ȳ + x̄ᵀw",
                    "w is right, b is not: check the sign in b. The fitted line passes through the point of"
                            + " means (x̄, ȳ), so ȳ = x̄ᵀw + b.",
                    (X, y) -> fit(X, y, Mistake.INTERCEPT_SIGN)),
            new Bug<>("y centred but X not",
                    "the normal equations with an intercept are XcᵀXc·w = Xcᵀyc, on the centred X as well as"
                            + " the centred y: subtract each column's mean x̄ⱼ from that column before forming"
                            + " the Gram matrix.",
                    (X, y) -> fit(X, y, Mistake.X_NOT_CENTRED)),
            new Bug<>("normal equations of the uncentred data",
                    "XᵀX·w = Xᵀy is the fit without an intercept; b = ȳ − x̄ᵀw afterwards cannot repair w."
                            + " Form the normal equations from the centred data, Xc = X − 1·x̄ᵀ and yc = y − ȳ.",
                    (X, y) -> fit(X, y, Mistake.UNCENTRED_NORMAL_EQUATIONS)),
            new Bug<>("column of ones first, intercept read from the last entry",
                    "your b and w look swapped or shifted by one place: with a column of ones added to X, the"
                            + " coefficient of that column is b. Check which entry of the solution belongs to the"
                            + " ones column and which to each feature.",
                    (X, y) -> fit(X, y, Mistake.ONES_COLUMN_FIRST)),
            new Bug<>("X centred in place",
                    "your w and b are right, but your code subtracted the column means from the caller's X"
                            + " itself. Centre a copy (X.copy(), then set its entries) and leave X as it was.",
                    (X, y) -> fit(X, y, Mistake.X_CENTRED_IN_PLACE)),
            new Bug<>("row count not checked: too few rows left to Cholesky",
                    "p coefficients and an intercept are p + 1 unknowns: with fewer than p + 1 rows they have no"
                            + " unique fit (one point does not fix a line). Check n ≥ p + 1 first and throw"
                            + " IllegalArgumentException; Cholesky catches this only sometimes, and with another"
                            + " exception.",
                    (X, y) -> fit(X, y, Mistake.ROWS_NOT_COUNTED)),
            new Bug<>("singular XcᵀXc patched with a small ridge ε·I",
                    "when Cholesky throws, XcᵀXc is singular: the centred columns are dependent and no unique fit"
                            + " exists. Adding a small ε·I to make it factor hides that and returns one arbitrary"
                            + " answer (ridge regression's); let NotPositiveDefiniteException propagate instead.",
                    (X, y) -> fit(X, y, Mistake.JITTER)));

    private static LinearParameters fit(Matrix X, double[] y, Mistake mistake) {
        RegressionInputs.check("fit", X, y);
        if (mistake != Mistake.ROWS_NOT_COUNTED) {
            RegressionInputs.requireEnoughRows("fit", X);
        }
        int p = X.cols();
        if (mistake == Mistake.ONES_COLUMN_FIRST) {
            double[] theta = LinearFitSteps.solve(LinearFitSteps.withOnesColumn(X, 0), y, 0.0, false);
            return new LinearParameters(Arrays.copyOf(theta, p), theta[p]);
        }
        if (mistake == Mistake.X_CENTRED_IN_PLACE) {
            return centringInPlace(X, y);
        }
        boolean centreX = mistake != Mistake.NO_INTERCEPT && mistake != Mistake.X_NOT_CENTRED
                && mistake != Mistake.UNCENTRED_NORMAL_EQUATIONS;
        boolean centreY = mistake != Mistake.NO_INTERCEPT && mistake != Mistake.UNCENTRED_NORMAL_EQUATIONS;
        Matrix Xc = LinearFitSteps.centred(X, centreX);
        double[] yc = LinearFitSteps.centred(y, centreY);
        double[] w;
        try {
            w = LinearFitSteps.solve(Xc, yc, 0.0, false);
        } catch (NotPositiveDefiniteException e) {
            if (mistake != Mistake.JITTER) {
                throw e;
            }
            w = LinearFitSteps.solve(Xc, yc, JITTER_SIZE, false);
        }
        double yMean = LinearFitSteps.mean(y);
        double b = switch (mistake) {
            case NO_INTERCEPT -> 0.0;
            case INTERCEPT_IS_MEAN_OF_Y -> yMean;
            case INTERCEPT_SIGN -> 2 * yMean - LinearFitSteps.interceptThroughMeans(X, y, w); // ȳ + x̄ᵀw
            default -> LinearFitSteps.interceptThroughMeans(X, y, w);
        };
        return new LinearParameters(w, b);
    }

    /** The right fit, with X itself centred (its means kept for b). */
    private static LinearParameters centringInPlace(Matrix X, double[] y) {
        double[] xMean = X.columnMeans();
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                X.set(i, j, X.get(i, j) - xMean[j]);
            }
        }
        double[] w = LinearFitSteps.solve(X, LinearFitSteps.centred(y, true), 0.0, false);
        double b = LinearFitSteps.mean(y);
        for (int j = 0; j < w.length; j++) {
            b -= xMean[j] * w[j];
        }
        return new LinearParameters(w, b);
    }
}
