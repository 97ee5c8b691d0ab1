package org.mlbyhand.graders.ps1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.graders.ps1.LassoPathGrader.Path;
import org.mlbyhand.grading.Alternative;

/**
 * Correct lasso paths that differ from the reference's warm-started descent from the largest alpha:
 * every alpha started cold from w = 0; the alphas visited in the order given, each warm-started from
 * the last (the lasso's solution is unique on the grader's problems, so the order only changes the
 * number of sweeps); and a sweep of one's own, with one fit per distinct alpha looked up by value.
 * Each stops by the exercise's rule (max|Δwⱼ| ≤ 1e-12·max(1, max|wⱼ|)), which on these problems leaves
 * w far inside {@code Tolerance.ITERATIVE} of the answer.
 */
final class LassoPathAlternatives {
    private LassoPathAlternatives() {
    }

    static final List<Alternative<Path>> ALL = List.of(
            new Alternative<>("every alpha started cold from w = 0, in the order given",
                    (X, y, alphas) -> inGivenOrder(X, y, alphas, false)),
            new Alternative<>("alphas visited in the order given, each warm-started from the last",
                    (X, y, alphas) -> inGivenOrder(X, y, alphas, true)),
            new Alternative<>("own sweep, largest alpha first, one fit per distinct alpha looked up by value",
                    LassoPathAlternatives::byDistinctValue));

    private static List<LinearParameters> inGivenOrder(Matrix X, double[] y, double[] alphas, boolean warm) {
        RegressionInputs.check("path", X, y);
        RegressionInputs.requireAlphas("path", alphas);
        Matrix Xc = LinearFitSteps.centred(X, true);
        double[] yc = LinearFitSteps.centred(y, true);
        List<LinearParameters> fits = new ArrayList<>();
        double[] w = new double[X.cols()];
        for (double alpha : alphas) {
            UnaryOperator<double[]> sweep = v -> CoordinateDescent.coordinateSweep(Xc, yc, v, alpha, 1.0);
            w = LinearFitSteps.sweepUntilSettled(sweep, warm ? w : new double[X.cols()], LinearFitSteps.SETTLED,
                    LinearFitSteps.MAX_SWEEPS);
            fits.add(new LinearParameters(w, LinearFitSteps.interceptThroughMeans(X, y, w)));
        }
        return fits;
    }

    private static List<LinearParameters> byDistinctValue(Matrix X, double[] y, double[] alphas) {
        RegressionInputs.check("path", X, y);
        RegressionInputs.requireAlphas("path", alphas);
        Matrix Xc = LinearFitSteps.centred(X, true);
        double[] yc = LinearFitSteps.centred(y, true);
        double[] distinct = Arrays.stream(alphas).distinct().sorted().toArray();   // ascending
        Map<Double, LinearParameters> fits = new HashMap<>();
        double[] w = new double[X.cols()];
        for (int k = distinct.length - 1; k >= 0; k--) {
            double alpha = distinct[k];
            w = LinearFitSteps.sweepUntilSettled(v -> LinearFitSteps.lassoSweep(Xc, yc, v, alpha, true), w,
                    LinearFitSteps.SETTLED, LinearFitSteps.MAX_SWEEPS);
            fits.put(alpha, new LinearParameters(w, LinearFitSteps.interceptThroughMeans(X, y, w)));
        }
        return Arrays.stream(alphas).mapToObj(fits::get).toList();
    }
}
