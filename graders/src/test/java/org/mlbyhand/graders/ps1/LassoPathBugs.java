package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a lasso path with an intercept, each a complete implementation the grader must
 * reject; all but one call core's sweep, as the exercise allows, so they are the mistakes still possible
 * then. The hand-picked cases separate them in this order: the exact line y = 1 + 2x at α = 0 (no
 * intercept: w = 2.6, b = 0; X not centred: w = 0.8, b = 2.2; b = ȳ: b = 3), the intercept under a
 * penalty (a penalized b is shrunk towards 0; standardized columns give w ≈ 0.388 instead of 0.25), three
 * alphas out of order (sorted results, every result the last w, no sweep after the first alpha, or the
 * caller's alphas sorted in place), a repeated alpha (a result left empty), a constant column (NaN when
 * its zero centred column is not skipped), and two nearly collinear features (one sweep, or a loose
 * stopping rule, stops far from the answer).
 */
final class LassoPathBugs {
    private LassoPathBugs() {
    }

    private enum Mistake {
        NO_INTERCEPT, X_NOT_CENTRED, INTERCEPT_IS_Y_MEAN, PENALIZED_INTERCEPT, STANDARDIZED, SORTED_ORDER, SHARED_ARRAY,
        NOT_RESET, SORTED_IN_PLACE, POSITION_BY_VALUE, ZERO_COLUMN_NOT_SKIPPED, ONE_SWEEP, LOOSE_STOP
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
            new Bug<>("columns standardized: the penalty put on the scaled coefficients",
                    "the objective penalizes α·‖w‖₁ on X's own scale. Dividing each column by its standard"
                            + " deviation first (and the coefficients by it afterwards) penalizes sⱼ·|wⱼ| instead,"
                            + " another problem with another answer: scikit-learn's Lasso does not standardize."
                            + " Centre the columns, but do not scale them.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.STANDARDIZED)),
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
            new Bug<>("stopping test not reset: no sweep after the first alpha",
                    "every result after the first alpha you visit (the largest) keeps that alpha's w: the state"
                            + " of the stopping test (a 'converged' flag, the last change) carried over, so the sweep"
                            + " loop never ran again. Reset it for each alpha; only w carries over, as the warm start.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.NOT_RESET)),
            new Bug<>("the caller's alphas sorted in place",
                    "Arrays.sort(alphas) reorders the array you were given, so the caller's alphas no longer"
                            + " match the results. Sort a copy (alphas.clone()), or better an array of indices, and"
                            + " leave alphas as it was.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.SORTED_IN_PLACE)),
            new Bug<>("a result's position found by searching for its alpha's value",
                    "an alpha may appear twice: searching the list for the value finds its first place both"
                            + " times, and the second place is left empty (null). Sort the indices 0 … k−1 by alpha"
                            + " and keep each index with its fit, so every position gets a result.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.POSITION_BY_VALUE)),
            new Bug<>("zero centred column not skipped",
                    "a constant column of X is all zeros once centred: ‖xⱼ‖² = 0, and the update S(0, n·α)/0 is"
                            + " 0/0 = NaN, which then spreads through the residual. Skip such a column (core's"
                            + " coordinateSweep does): it explains nothing, and its coefficient stays 0.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.ZERO_COLUMN_NOT_SKIPPED)),
            new Bug<>("one sweep per alpha",
                    "one sweep improves w but does not reach the minimum unless the features are uncorrelated:"
                            + " repeat sweeps for each alpha until the largest change in w is below the stopping"
                            + " rule (1e-12 relative), with the cap on sweeps only as a safeguard.",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.ONE_SWEEP)),
            new Bug<>("stopping rule too loose (1e-4 instead of 1e-12)",
                    "coordinate descent converges slowly when features are correlated: a change of 1e-4 in"
                            + " one sweep can leave w more than 1e-3 from the answer. Stop only when"
                            + " max|Δwⱼ| ≤ 1e-12·max(1, max|wⱼ|).",
                    (X, y, alphas) -> path(X, y, alphas, Mistake.LOOSE_STOP)));

    private static List<LinearParameters> path(Matrix X, double[] y, double[] alphas, Mistake mistake) {
        RegressionInputs.check("path", X, y);
        RegressionInputs.requireAlphas("path", alphas);
        int p = X.cols();
        boolean centreX = mistake != Mistake.NO_INTERCEPT && mistake != Mistake.X_NOT_CENTRED
                && mistake != Mistake.PENALIZED_INTERCEPT;
        boolean centreY = centreX || mistake == Mistake.X_NOT_CENTRED;
        Matrix Xd = mistake == Mistake.PENALIZED_INTERCEPT ? LinearFitSteps.withOnesColumn(X, p)
                : LinearFitSteps.centred(X, centreX);
        double[] scale = mistake == Mistake.STANDARDIZED ? standardizeInPlace(Xd) : null;
        double[] yd = LinearFitSteps.centred(y, centreY);
        double[] grid = alphas;
        if (mistake == Mistake.SORTED_IN_PLACE) {
            Arrays.sort(alphas);                                       // ascending, and the caller's array
        } else if (mistake == Mistake.POSITION_BY_VALUE) {
            grid = alphas.clone();
            Arrays.sort(grid);
        }
        double[] visited = grid;
        Integer[] largestFirst = IntStream.range(0, grid.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> visited[i]).reversed()).toArray(Integer[]::new);
        LinearParameters[] results = new LinearParameters[alphas.length];
        double[] w = new double[Xd.cols()];
        double[] shared = new double[p];
        for (int visit = 0; visit < grid.length; visit++) {
            int i = largestFirst[visit];
            if (mistake != Mistake.NOT_RESET || visit == 0) {
                w = descend(Xd, yd, w, grid[i], mistake);
            }
            double[] coef = Arrays.copyOf(w, p);
            if (scale != null) {
                for (int j = 0; j < p; j++) {
                    coef[j] /= scale[j];
                }
            }
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
            int position = switch (mistake) {
                case SORTED_ORDER -> visit;
                case POSITION_BY_VALUE -> firstIndexOf(alphas, grid[i]);
                default -> i;
            };
            results[position] = new LinearParameters(coef, b);
        }
        return List.of(results);
    }

    /** Sweeps from w until the exercise's stopping rule holds (or as the mistake says). */
    private static double[] descend(Matrix X, double[] y, double[] w, double alpha, Mistake mistake) {
        return switch (mistake) {
            case ONE_SWEEP -> CoordinateDescent.coordinateSweep(X, y, w, alpha, 1.0);
            case LOOSE_STOP -> LinearFitSteps.sweepUntilSettled(v -> CoordinateDescent.coordinateSweep(X, y, v, alpha,
                    1.0), w, 1e-4, LinearFitSteps.MAX_SWEEPS);
            case ZERO_COLUMN_NOT_SKIPPED -> LinearFitSteps.sweepUntilSettled(v -> LinearFitSteps.lassoSweep(X, y, v,
                    alpha, false), w, LinearFitSteps.SETTLED, LinearFitSteps.MAX_SWEEPS);
            default -> LinearFitSteps.sweepUntilSettled(v -> CoordinateDescent.coordinateSweep(X, y, v, alpha, 1.0),
                    w, LinearFitSteps.SETTLED, LinearFitSteps.MAX_SWEEPS);
        };
    }

    /** Divides each column of X by its population standard deviation sⱼ (X is centred); returns s. */
    private static double[] standardizeInPlace(Matrix X) {
        double[] s = new double[X.cols()];
        for (int j = 0; j < s.length; j++) {
            double[] x = X.column(j);
            s[j] = Math.sqrt(Vectors.dot(x, x) / X.rows());
            for (int i = 0; i < X.rows(); i++) {
                X.set(i, j, X.get(i, j) / s[j]);
            }
        }
        return s;
    }

    private static int firstIndexOf(double[] values, double value) {
        int i = 0;
        while (values[i] != value) {
            i++;
        }
        return i;
    }
}
