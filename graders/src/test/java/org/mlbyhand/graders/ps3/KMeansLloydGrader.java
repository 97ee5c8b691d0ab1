package org.mlbyhand.graders.ps3;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.cluster.KMeans;
import org.mlbyhand.core.cluster.KMeansModel;
import org.mlbyhand.core.cluster.Lloyd;
import org.mlbyhand.core.cluster.MiniBatchKMeans;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code KMeansLloyd}: the centres of Lloyd's algorithm from given C0, stopped as scikit-learn
 * stops it, against core's {@link Lloyd#run}. The centres are compared exactly as numbered by C0 (the
 * given start fixes which cluster is which, so there is no renaming to allow), to
 * {@link Tolerance#ROUNDOFF}: a correct loop may round its means, shifts and spread differently, so the
 * random cases are those on which core's own run meets no near tie in any assignment, no shift within
 * {@value #SHIFT_MARGIN} (relative) of the threshold, and no final centres far below the size of X;
 * there every correct loop takes the same decisions and ends within round-off of core.
 */
public final class KMeansLloydGrader extends Grader<KMeansLloydGrader.Fit> {
    /** How far, relative to p times the spread, every shift of a random case stays from the threshold. */
    static final double SHIFT_MARGIN = 1e-9;
    /** Iterations given to the runs that must converge. */
    static final int CONVERGENCE_ITERATIONS = 300;
    /** Runs of 1, 2, … this many iterations in the monotonicity check. */
    static final int MONOTONE_RUNS = 6;

    private static final String DECIDED = "core's run meets no near tie and no shift within " + SHIFT_MARGIN
            + " of the threshold, and its centres are not a cancellation";
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 10).dim("p", 1, 3).dim("k", 1, 4)
            .matrix("X", "n", "p").matrix("C0", "k", "p").integer("maxIter", 1, 12).scalar("tol", 0, 1)
            .require("n ≥ k", c -> c.dim("n") >= c.dim("k"))
            .require(DECIDED, KMeansLloydGrader::decided);
    private static final CaseGen CONVERGING = CaseGen.create().dim("n", 1, 10).dim("p", 1, 3).dim("k", 1, 4)
            .matrix("X", "n", "p").matrix("C0", "k", "p")
            .integer("maxIter", CONVERGENCE_ITERATIONS, CONVERGENCE_ITERATIONS).scalar("tol", 0, 0)
            .require("n ≥ k", c -> c.dim("n") >= c.dim("k"))
            .require(DECIDED, KMeansLloydGrader::decided)
            .require("core's run converges (the labels repeat) and ends on a fixed point", KMeansLloydGrader::fixedPoint);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Fit {
        /** Returns the final k×p centres of Lloyd's algorithm on X (n×p) from C0 (k×p). */
        Matrix fit(Matrix X, Matrix C0, int maxIter, double tol);
    }

    @Override
    public Exercise exercise() {
        return exercise(40, "kmeans-lloyd", "k-means: Lloyd's loop", 20);
    }

    @Override
    public Fit reference() {
        return (X, C0, maxIter, tol) -> Lloyd.run(X, C0, maxIter, tol).clusterCenters();
    }

    @Override
    public List<Bug<Fit>> bugs() {
        return KMeansLloydBugs.ALL;
    }

    @Override
    public List<Alternative<Fit>> alternatives() {
        return KMeansLloydAlternatives.ALL;
    }

    /** The loop and its stopping rule are the exercise; Lloyd's assign and update are allowed. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Lloyd.class, "run"), Forbidden.method(Lloyd.class, "tolerance"),
                Forbidden.method(Lloyd.class, "centreShift"), Forbidden.type(KMeans.class),
                Forbidden.type(KMeansModel.class), Forbidden.type(MiniBatchKMeans.class));
    }

    @Override
    public Object call(Fit fit, Case c) {
        return fit.fit(c.matrix("X"), c.matrix("C0"), c.integer("maxIter"), c.scalar("tol"));
    }

    @Override
    public String output() {
        return "C";
    }

    @Override
    public void declare(Checks checks) {
        double[][] large = {{0}, {1}, {10}, {11}};
        double[][] start = {{0}, {1}};
        checks.agrees("one iteration on paper: X = [[0], [1], [10], [11]], C0 = [[0], [1]], maxIter = 1 give labels"
                                + " [0, 1, 1, 1] and C = [[0], [22/3]]",
                        problem(large, start, 1, 0), Tolerance.ROUNDOFF)
                .agrees("to convergence: the same X and C0 with maxIter = 100, tol = 0 give [[0.5], [10.5]] (iteration"
                                + " 3 repeats the labels of iteration 2)",
                        problem(large, start, 100, 0), Tolerance.ROUNDOFF)
                .agrees("tol is relative to the spread: X = [[0], [0.1], [1], [1.1]] (spread 0.2525), C0 = [[0], [0.1]],"
                                + " tol = 3: threshold 0.7575 ≥ the first shift 0.401, so C = [[0], [0.7333]]",
                        problem(new double[][] {{0}, {0.1}, {1}, {1.1}}, new double[][] {{0}, {0.1}}, 100, 3),
                        Tolerance.ROUNDOFF)
                .agrees("the same at ten times the scale: X = [[0], [1], [10], [11]] (spread 25.25), tol = 3: threshold"
                                + " 75.75 ≥ 40.1, so C = [[0], [22/3]]",
                        problem(large, start, 100, 3), Tolerance.ROUNDOFF)
                .agrees("the shift is squared: X = [[0], [1], [10], [11]], tol = 1: threshold 25.25 < (19/3)² ≈ 40.1,"
                                + " then ≥ 10.3, so C = [[0.5], [10.5]]",
                        problem(large, start, 100, 1), Tolerance.ROUNDOFF)
                .agrees("the spread divides by n: X = [[0], [1], [10], [11]], tol = 1.4: threshold 35.35 < 40.1, so two"
                                + " iterations, C = [[0.5], [10.5]]",
                        problem(large, start, 100, 1.4), Tolerance.ROUNDOFF)
                .agrees("the spread is a mean over the columns: X = [[0, 0], [1, 0], [10, 0], [11, 0]] (spread 12.625),"
                                + " tol = 2: threshold 25.25 < 40.1, so C = [[0.5, 0], [10.5, 0]]",
                        problem(new double[][] {{0, 0}, {1, 0}, {10, 0}, {11, 0}}, new double[][] {{0, 0}, {1, 0}}, 100, 2),
                        Tolerance.ROUNDOFF)
                .agrees("k = 1: one iteration moves the centre to the mean, the second stops: X = [[1, 2], [3, 4],"
                                + " [5, 9]], C0 = [[0, 0]] give [[3, 5]]",
                        problem(new double[][] {{1, 2}, {3, 4}, {5, 9}}, new double[][] {{0, 0}}, 100, 0),
                        Tolerance.ROUNDOFF)
                .agrees("k = n from C0 = X: nothing moves, X = C0 = [[1, 2], [3, 4], [5, 9]]",
                        problem(new double[][] {{1, 2}, {3, 4}, {5, 9}}, new double[][] {{1, 2}, {3, 4}, {5, 9}}, 100, 0),
                        Tolerance.ROUNDOFF)
                .agrees("an empty first cluster takes the farthest point: X = [[0], [1], [2], [20]], C0 = [[0], [100]]"
                                + " give [[1], [20]]",
                        problem(new double[][] {{0}, {1}, {2}, {20}}, new double[][] {{0}, {100}}, 100, 0),
                        Tolerance.ROUNDOFF)
                .agrees("duplicate points: X = [[1, 1], [1, 1], [1, 1], [5, 5]], C0 = [[1, 1], [2, 2]] give"
                                + " [[1, 1], [5, 5]]",
                        problem(new double[][] {{1, 1}, {1, 1}, {1, 1}, {5, 5}}, new double[][] {{1, 1}, {2, 2}}, 100, 0),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random data, starts, maxIter ≤ 12 and tol ≤ 1", PROBLEMS,
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference run to convergence (tol = 0)", CONVERGING, Tolerance.ROUNDOFF)
                .holds("the inertia never increases: runs of 1, 2, …, " + MONOTONE_RUNS + " iterations end lower and"
                        + " lower", CONVERGING, KMeansLloydGrader::monotone)
                .holds("run to convergence, the centres are a fixed point: one more assignment and update move"
                        + " nothing", CONVERGING, KMeansLloydGrader::stable)
                .rejects("rejects maxIter = 0", problem(large, start, 0, 0), IllegalArgumentException.class)
                .rejects("rejects a negative tol: −0.1", problem(large, start, 10, -0.1), IllegalArgumentException.class)
                .rejects("rejects tol = NaN", problem(large, start, 10, Double.NaN), IllegalArgumentException.class)
                .rejects("rejects more centres than points: X is 1×1, C0 is 2×1",
                        problem(new double[][] {{0}}, start, 10, 0), IllegalArgumentException.class)
                .rejects("rejects C0 with another number of columns: X is 4×1, C0 is 2×2",
                        problem(large, new double[][] {{0, 0}, {1, 1}}, 10, 0), ShapeMismatchException.class)
                .rejects("rejects a NaN in X", problem(new double[][] {{0}, {Double.NaN}, {10}, {11}}, start, 10, 0),
                        IllegalArgumentException.class);
    }

    /**
     * Returns true when core's run from this case takes no decision that rounding could flip: every
     * assignment is free of near ties, every shift compared with a positive threshold is clearly above or
     * below it, and the final centres are not far below the size of X.
     */
    private static boolean decided(Case c) {
        Matrix X = c.matrix("X");
        Matrix C = c.matrix("C0");
        double tol = c.scalar("tol");
        double spread = ClusterSteps.meanColumnVariance(X);
        double threshold = tol * spread;
        double margin = SHIFT_MARGIN * X.cols() * spread;
        int[] previous = null;
        for (int t = 0; t < c.integer("maxIter"); t++) {
            if (!ClusterInputs.separated(X, C)) {
                return false;
            }
            int[] labels = Lloyd.assign(X, C);
            Matrix next = Lloyd.update(X, labels, C);
            double shift = Lloyd.centreShift(C, next);
            C = next;
            if (tol > 0 && Math.abs(shift - threshold) <= margin) {
                return false;
            }
            if (Arrays.equals(labels, previous) || shift <= threshold) {
                break;
            }
            previous = labels;
        }
        return ClusterInputs.separated(X, C) && C.maxAbs() >= KMeansUpdateGrader.MIN_CENTRE_SIZE * X.maxAbs();
    }

    private static boolean fixedPoint(Case c) {
        Matrix X = c.matrix("X");
        KMeansModel model = Lloyd.run(X, c.matrix("C0"), CONVERGENCE_ITERATIONS, 0);
        Matrix C = model.clusterCenters();
        return model.nIter() < CONVERGENCE_ITERATIONS && Lloyd.update(X, Lloyd.assign(X, C), C).equals(C);
    }

    /** inertia(C_t) = Σᵢ minⱼ ‖xᵢ − c_t,j‖² is non-increasing in t = maxIter = 1 … MONOTONE_RUNS (tol = 0). */
    private static void monotone(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix C0 = c.matrix("C0");
        double before = inertia(X, C0);
        double size = 0.0;
        for (int i = 0; i < X.rows(); i++) {
            size += ClusterInputs.norm2(X.row(i));
        }
        double slack = Tolerance.ROUNDOFF.relative() * (size + before);
        Matrix previous = C0;
        for (int t = 1; t <= MONOTONE_RUNS; t++) {
            Matrix C = (Matrix) run.on(problem(X, C0, t, 0.0));
            Expect.that(C.rows() == C0.rows() && C.cols() == C0.cols() && C.firstNonFinite() == null,
                    "with maxIter = " + t + " your centres are " + MatrixFormat.format(C) + ": expected a finite "
                            + C0.shape() + " matrix, like C0.");
            double after = inertia(X, C);
            Expect.that(after <= before + slack, String.format(Locale.ROOT, "with maxIter = %d the inertia is %s, with"
                            + " maxIter = %d it is %s: it went up. Each assignment and each update can only lower it, so"
                            + " one more iteration never raises it\n  (centres %s, then %s; allowed above it %.1e)",
                    t - 1, MatrixFormat.number(before), t, MatrixFormat.number(after), MatrixFormat.format(previous),
                    MatrixFormat.format(C), slack));
            before = after;
            previous = C;
        }
    }

    /** update(X, assign(X, C), C) = C for the learner's converged C. */
    private static void stable(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix C = (Matrix) run.on(c);
        Expect.that(C.rows() == c.matrix("C0").rows() && C.cols() == X.cols() && C.firstNonFinite() == null,
                "your centres are " + MatrixFormat.format(C) + ": expected a finite " + c.matrix("C0").shape()
                        + " matrix, like C0.");
        Expect.close("C after one more assignment and update", C, Lloyd.update(X, Lloyd.assign(X, C), C),
                Tolerance.ROUNDOFF);
    }

    /** Σᵢ minⱼ ‖xᵢ − c_j‖². */
    private static double inertia(Matrix X, Matrix C) {
        double sum = 0.0;
        for (int i = 0; i < X.rows(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < C.rows(); j++) {
                best = Math.min(best, ClusterInputs.squaredDistance(X.row(i), C.row(j)));
            }
            sum += best;
        }
        return sum;
    }

    private static Case problem(double[][] X, double[][] C0, int maxIter, double tol) {
        return problem(Matrix.of(X), Matrix.of(C0), maxIter, tol);
    }

    private static Case problem(Matrix X, Matrix C0, int maxIter, double tol) {
        return Case.of("X", X, "C0", C0, "maxIter", maxIter, "tol", tol);
    }
}
