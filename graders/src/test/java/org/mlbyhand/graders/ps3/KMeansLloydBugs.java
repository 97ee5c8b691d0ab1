package org.mlbyhand.graders.ps3;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.cluster.Lloyd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in Lloyd's loop, each a complete implementation (with the reference's checks, and
 * core's assignment and update, as the stub allows) the grader must reject. The grader's hand-picked
 * cases on X = [[0], [1], [10], [11]] from C0 = [[0], [1]] (shifts 40.1 then 10.3; spread 25.25) and on
 * the same X shrunk tenfold separate them: one iteration too few or too many, and C0 overwritten, on
 * maxIter = 1; the ignored tol on the small X with tol = 3, where an absolute tol (3 &gt; 0.40) still stops
 * in time; the absolute tol on the large X with tol = 3 (3 &lt; 40.1), where the ignored tol fails too,
 * hence the absolute one is listed first; the n − 1 spread on tol = 1.4 (35.35 against 47.1); the summed
 * spread on a second, constant column; the unsquared shift on tol = 1, where 19/3 ≈ 6.3 already stops. The
 * n − 1 and summed spreads come before the unsquared shift, which also stops early on their cases. The old
 * centres returned on a stop by the shift fail on the small X.
 */
final class KMeansLloydBugs {
    private KMeansLloydBugs() {
    }

    private enum Mistake {
        ONE_SHORT, ONE_EXTRA, WRITES_INTO_C0, ABSOLUTE_TOL, TOL_IGNORED, SAMPLE_VARIANCE, SUMMED_VARIANCE,
        UNSQUARED_SHIFT, RETURNS_OLD_CENTRES
    }

    static final List<Bug<KMeansLloydGrader.Fit>> ALL = List.of(
            new Bug<>("one iteration too few",
                    "with maxIter = 1 your loop returned C0 unchanged: run iterations t = 1 … maxIter, at most"
                            + " maxIter and at least one (for (int t = 0; t < maxIter; t++)).",
                    (X, C0, maxIter, tol) -> fit(X, C0, maxIter, tol, Mistake.ONE_SHORT)),
            new Bug<>("one iteration too many",
                    "with maxIter = 1 your loop ran a second iteration: maxIter is the most iterations, each one an"
                            + " assignment and an update (t < maxIter, not t <= maxIter).",
                    (X, C0, maxIter, tol) -> fit(X, C0, maxIter, tol, Mistake.ONE_EXTRA)),
            new Bug<>("new centres written into C0",
                    "your centres are right, but you wrote them into the caller's C0, which comes back changed."
                            + " Start from C = C0.copy(), or let Lloyd.update return new matrices and keep them.",
                    (X, C0, maxIter, tol) -> fit(X, C0, maxIter, tol, Mistake.WRITES_INTO_C0)),
            new Bug<>("tol used as an absolute threshold",
                    "tol is relative to the spread of X: the loop stops when the shift is at most"
                            + " tol·(1/p)·Σ_f var_f, not tol itself. Here the spread is 25.25, so tol = 3 allows a shift"
                            + " of 75.75 and the first one, 40.1, stops the loop.",
                    (X, C0, maxIter, tol) -> fit(X, C0, maxIter, tol, Mistake.ABSOLUTE_TOL)),
            new Bug<>("tol ignored",
                    "your loop ran on to convergence, but the centre shift fell below the threshold"
                            + " tol·(1/p)·Σ_f var_f earlier: after each update, stop if Σ_j ‖next_j − C_j‖² ≤ threshold.",
                    (X, C0, maxIter, tol) -> fit(X, C0, maxIter, tol, Mistake.TOL_IGNORED)),
            new Bug<>("spread with n − 1",
                    "the threshold uses scikit-learn's np.var, which divides by n, not n − 1: var_f ="
                            + " (1/n)·Σᵢ (X_if − x̄_f)². With n = 4 the n − 1 version is 4/3 too large, and here that"
                            + " stops the loop one iteration early.",
                    (X, C0, maxIter, tol) -> fit(X, C0, maxIter, tol, Mistake.SAMPLE_VARIANCE)),
            new Bug<>("spread summed over the columns",
                    "the threshold is tol times the MEAN of the p column variances, (1/p)·Σ_f var_f, not their sum:"
                            + " a column of constant values halves the spread of a 2-column X.",
                    (X, C0, maxIter, tol) -> fit(X, C0, maxIter, tol, Mistake.SUMMED_VARIANCE)),
            new Bug<>("shift not squared",
                    "the shift adds SQUARED distances, Σ_j ‖next_j − C_j‖² (scikit-learn's"
                            + " (center_shift**2).sum()): here the first shift is (19/3)² ≈ 40.1, not 19/3 ≈ 6.3.",
                    (X, C0, maxIter, tol) -> fit(X, C0, maxIter, tol, Mistake.UNSQUARED_SHIFT)),
            new Bug<>("the centres before the last update returned",
                    "when the shift stops the loop, return the centres of that last update, not the ones the"
                            + " iteration started from: set C = next before you test the shift.",
                    (X, C0, maxIter, tol) -> fit(X, C0, maxIter, tol, Mistake.RETURNS_OLD_CENTRES)));

    private static Matrix fit(Matrix X, Matrix C0, int maxIter, double tol, Mistake mistake) {
        ClusterInputs.lloyd("fit", X, C0, maxIter, tol);
        int n = X.rows();
        double spread = ClusterSteps.meanColumnVariance(X);
        if (mistake == Mistake.SAMPLE_VARIANCE && n > 1) {
            spread = spread * n / (n - 1);
        } else if (mistake == Mistake.SUMMED_VARIANCE) {
            spread *= X.cols();
        }
        double threshold = mistake == Mistake.ABSOLUTE_TOL ? tol : tol * spread;
        int iterations = switch (mistake) {
            case ONE_SHORT -> maxIter - 1;
            case ONE_EXTRA -> maxIter + 1;
            default -> maxIter;
        };
        Matrix C = mistake == Mistake.WRITES_INTO_C0 ? C0 : C0.copy();
        int[] previous = null;
        for (int t = 0; t < iterations; t++) {
            int[] labels = Lloyd.assign(X, C);
            Matrix next = Lloyd.update(X, labels, C);
            double shift = 0.0;
            for (int j = 0; j < C.rows(); j++) {
                double d = ClusterInputs.squaredDistance(next.row(j), C.row(j));
                shift += mistake == Mistake.UNSQUARED_SHIFT ? Math.sqrt(d) : d;
            }
            boolean strict = Arrays.equals(labels, previous);
            if (mistake == Mistake.RETURNS_OLD_CENTRES && !strict && shift <= threshold) {
                break;
            }
            if (mistake == Mistake.WRITES_INTO_C0) {
                for (int j = 0; j < C.rows(); j++) {
                    for (int f = 0; f < C.cols(); f++) {
                        C.set(j, f, next.get(j, f));
                    }
                }
            } else {
                C = next;
            }
            if (strict || (mistake != Mistake.TOL_IGNORED && shift <= threshold)) {
                break;
            }
            previous = labels;
        }
        return C.copy();
    }
}
