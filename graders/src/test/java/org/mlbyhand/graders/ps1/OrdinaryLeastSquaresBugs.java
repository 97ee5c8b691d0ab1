package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in least squares with an intercept, each a complete implementation (checks
 * included) that solves its normal equations by Cholesky, as the exercise asks. All six give
 * different answers on the grader's first case, the line x = [0, 1, 2], y = [1, 3, 5] (w = 2, b = 1):
 * <pre>{@code
 *   no intercept                      w = 2.6, b = 0
 *   b = ȳ                             w = 2,   b = 3
 *   b = ȳ + x̄ᵀw                       w = 2,   b = 5
 *   X not centred (y is)              w = 0.8, b = 2.2
 *   uncentred normal equations        w = 2.6, b = 0.4
 *   ones column first, b read last    w = 1,   b = 2
 * }</pre>
 * so each is recognised there by its own hint, whatever the order.
 */
final class OrdinaryLeastSquaresBugs {
    private OrdinaryLeastSquaresBugs() {
    }

    private enum Mistake {
        NO_INTERCEPT, INTERCEPT_IS_MEAN_OF_Y, INTERCEPT_SIGN, X_NOT_CENTRED, UNCENTRED_NORMAL_EQUATIONS,
        ONES_COLUMN_FIRST
    }

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
                    (X, y) -> fit(X, y, Mistake.ONES_COLUMN_FIRST)));

    private static LinearParameters fit(Matrix X, double[] y, Mistake mistake) {
        RegressionInputs.check("fit", X, y);
        int p = X.cols();
        if (mistake == Mistake.ONES_COLUMN_FIRST) {
            double[] theta = LinearFitSteps.solve(LinearFitSteps.withOnesColumn(X, 0), y, 0.0, false);
            return new LinearParameters(Arrays.copyOf(theta, p), theta[p]);
        }
        boolean centreX = mistake == Mistake.INTERCEPT_IS_MEAN_OF_Y || mistake == Mistake.INTERCEPT_SIGN;
        boolean centreY = centreX || mistake == Mistake.X_NOT_CENTRED;
        double[] w = LinearFitSteps.solve(LinearFitSteps.centred(X, centreX),
                LinearFitSteps.centred(y, centreY), 0.0, false);
        double yMean = LinearFitSteps.mean(y);
        double b = switch (mistake) {
            case NO_INTERCEPT -> 0.0;
            case INTERCEPT_IS_MEAN_OF_Y -> yMean;
            case INTERCEPT_SIGN -> 2 * yMean - LinearFitSteps.interceptThroughMeans(X, y, w); // ȳ + x̄ᵀw
            default -> LinearFitSteps.interceptThroughMeans(X, y, w);
        };
        return new LinearParameters(w, b);
    }
}
