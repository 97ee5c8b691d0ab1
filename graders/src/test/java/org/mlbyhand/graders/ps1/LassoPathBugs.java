package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a lasso path with an intercept, each a complete implementation the grader must
 * reject; all of them call core's sweep, as the exercise allows, so they are the mistakes still
 * possible then. The hand-picked cases separate them in this order: the exact line y = 1 + 2x at
 * α = 0 (no intercept: w = 2.6, b = 0; X not centred: w = 0.8, b = 2.2; b = ȳ: b = 3), the intercept
 * under a penalty (a penalized b is shrunk towards 0), three alphas out of order (sorted results, or
 * every result the last w), and two nearly collinear features (one sweep, or a loose stopping rule,
 * stops far from the answer).
 */
final class LassoPathBugs {
    /** The exercise's cap on sweeps per alpha. */
    private static final int MAX_SWEEPS = 100_000;

    private LassoPathBugs() {
    }

    private enum Mistake {
        NO_INTERCEPT, X_NOT_CENTRED, INTERCEPT_IS_Y_MEAN, PENALIZED_INTERCEPT, SORTED_ORDER, SHARED_ARRAY, ONE_SWEEP,
        LOOSE_STOP
    }

    static final List<Bug<LassoPathGrader.Path>> ALL = List.of(
            new Bug<>("no intercept: X and y not centred, b = 0",
                    "the model has an intercept b that is not penalized. Centre X and y (subtract the column"
                            + " means and ȳ), run coordinate descent on the centred data, then b = ȳ − x̄ᵀw. On the"
                            + " raw data the line is forced through the origin.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.NO_INTERCEPT)),
            new Bug<>("X not centred (only y)",
                    "centring y alone is not enough: with the raw X, w still has to explain X's column means,"
                            + " which is the intercept's job. Centre every column of X too (Xc = X − 1·x̄ᵀ),"
                            + " then b = ȳ − x̄ᵀw.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.X_NOT_CENTRED)),
            new Bug<>("b = ȳ: x̄ᵀw not subtracted",
                    "on centred data the intercept is 0; back on the original scale the prediction X·w + b must"
                            + " equal Xc·w + ȳ, so b = ȳ − x̄ᵀw. Only when x̄ = 0 is b = ȳ.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.INTERCEPT_IS_Y_MEAN)),
            new Bug<>("penalized intercept: a column of ones appended to X",
                    "appending a column of ones makes b one more coefficient, and the ℓ1 penalty then shrinks it"
                            + " towards 0 too. The objective penalizes only w: centre X and y instead, and recover"
                            + " b = ȳ − x̄ᵀw after the fit.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.PENALIZED_INTERCEPT)),
            new Bug<>("results returned in sorted order",
                    "visit the alphas from the largest to the smallest, but store each result at the position"
                            + " its alpha had in the list you were given: keep the index, e.g. sort an array of"
                            + " indices by alpha instead of sorting the alphas.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.SORTED_ORDER)),
            new Bug<>("every result holds the same w array",
                    "a LinearParameters keeps the array you give it. If you then keep updating that array for"
                            + " the next alpha, every result you returned changes with it and they all end up with"
                            + " the last w: give each result its own copy (w.clone()).",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.SHARED_ARRAY)),
            new Bug<>("one sweep per alpha",
                    "one sweep improves w but does not reach the minimum unless the features are uncorrelated:"
                            + " repeat sweeps for each alpha until the largest change in w is below the stopping"
                            + " rule (1e-12 relative), with the cap on sweeps only as a safeguard.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.ONE_SWEEP)),
            new Bug<>("stopping rule too loose (change < 1e-4)",
                    "coordinate descent converges slowly when features are correlated: a change of 1e-4 in"
                            + " one sweep can leave w more than 1e-3 from the answer. Stop only when"
                            + " max|Δwⱼ| ≤ 1e-12·max(1, max|wⱼ|).",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.LOOSE_STOP)));

    private static List<LinearParameters> path(Matrix X, double[] y, double[] alphas, Mistake mistake) {
        RegressionInputs.check("path", X, y);
        if (alphas.length == 0) {
            throw new IllegalArgumentException("path: alphas is empty");
        }
        for (double alpha : alphas) {
            RegressionInputs.requireAlpha("path", alpha);
        }
        int p = X.cols();
        boolean centreX = mistake != Mistake.NO_INTERCEPT && mistake != Mistake.X_NOT_CENTRED
                && mistake != Mistake.PENALIZED_INTERCEPT;
        boolean centreY = centreX || mistake == Mistake.X_NOT_CENTRED;
        Matrix Xd = mistake == Mistake.PENALIZED_INTERCEPT ? LinearFitSteps.withOnesColumn(X, p)
                : LinearFitSteps.centred(X, centreX);
        double[] yd = LinearFitSteps.centred(y, centreY);
        Integer[] largestFirst = IntStream.range(0, alphas.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> alphas[i]).reversed()).toArray(Integer[]::new);
        LinearParameters[] results = new LinearParameters[alphas.length];
        double[] w = new double[Xd.cols()];
        double[] shared = new double[p];
        for (int visit = 0; visit < alphas.length; visit++) {
            int i = largestFirst[visit];
            w = descend(Xd, yd, w, alphas[i], mistake);
            double[] coef = Arrays.copyOf(w, p);
            double b = switch (mistake) {
                case NO_INTERCEPT -> 0.0;
                case PENALIZED_INTERCEPT -> w[p];
                case INTERCEPT_IS_Y_MEAN -> LinearFitSteps.mean(y);
                default -> LinearFitSteps.interceptThroughMeans(X, y, coef);
            };
            if (mistake == Mistake.SHARED_ARRAY) {
                System.arraycopy(coef, 0, shared, 0, p);
                coef = shared;
            }
            results[mistake == Mistake.SORTED_ORDER ? visit : i] = new LinearParameters(coef, b);
        }
        return List.of(results);
    }

    /** Sweeps from w until the exercise's stopping rule holds (or as the mistake says). */
    private static double[] descend(Matrix X, double[] y, double[] w, double alpha, Mistake mistake) {
        for (int sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
            double[] next = CoordinateDescent.coordinateSweep(X, y, w, alpha, 1.0);
            double change = 0.0;
            double size = 0.0;
            for (int j = 0; j < w.length; j++) {
                change = Math.max(change, Math.abs(next[j] - w[j]));
                size = Math.max(size, Math.abs(next[j]));
            }
            w = next;
            boolean done = switch (mistake) {
                case ONE_SWEEP -> true;
                case LOOSE_STOP -> change < 1e-4;
                default -> change <= 1e-12 * Math.max(1.0, size);
            };
            if (done) {
                break;
            }
        }
        return w;
    }
}
