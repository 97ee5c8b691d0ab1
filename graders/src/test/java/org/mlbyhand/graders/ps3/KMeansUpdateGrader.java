package org.mlbyhand.graders.ps3;

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
 * Grades {@code KMeansUpdate}: each cluster's mean, after the farthest points have moved into empty
 * clusters (scikit-learn's rule), against core's {@link Lloyd#update}. Random cases draw labels at
 * random (not from an assignment), so that empty clusters and far points are common, with n ≥ k as
 * k-means guarantees. A correct solution may sum in another order than core's (which subtracts a moved
 * point from its old sum), so the centres are compared to {@link Tolerance#ROUNDOFF} on cases whose new
 * centres are not a cancellation far below the size of the points ({@value #MIN_CENTRE_SIZE} of it).
 */
public final class KMeansUpdateGrader extends Grader<KMeansUpdateGrader.Update> {
    /** The largest new centre entry, relative to the largest |x|, below which a random case is not drawn. */
    static final double MIN_CENTRE_SIZE = 0.01;

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 8).dim("p", 1, 3).dim("k", 1, 4)
            .matrix("X", "n", "p").labels("labels", "n", 4).matrix("C", "k", "p")
            .require("n ≥ k", c -> c.dim("n") >= c.dim("k"))
            .require("every label is a cluster: labels < k", c -> ClusterInputs.below(c.labels("labels"), c.dim("k")))
            .require("the new centres are not a cancellation: max |c| ≥ " + MIN_CENTRE_SIZE + "·max |x|",
                    c -> Lloyd.update(c.matrix("X"), c.labels("labels"), c.matrix("C")).maxAbs()
                            >= MIN_CENTRE_SIZE * c.matrix("X").maxAbs());

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Update {
        /** Returns the new k×p centres for points X (n×p), their labels (length n) and the old centres C (k×p). */
        Matrix update(Matrix X, int[] labels, Matrix C);
    }

    @Override
    public Exercise exercise() {
        return exercise(20, "kmeans-update", "k-means: update step", 15);
    }

    @Override
    public Update reference() {
        return Lloyd::update;
    }

    @Override
    public List<Bug<Update>> bugs() {
        return KMeansUpdateBugs.ALL;
    }

    @Override
    public List<Alternative<Update>> alternatives() {
        return KMeansUpdateAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Lloyd.class), Forbidden.type(KMeans.class), Forbidden.type(KMeansModel.class),
                Forbidden.type(MiniBatchKMeans.class));
    }

    @Override
    public Object call(Update update, Case c) {
        return update.update(c.matrix("X"), c.labels("labels"), c.matrix("C"));
    }

    @Override
    public String output() {
        return "C";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: X = [[0], [2], [10]], labels = [0, 0, 1], C = [[0], [10]] give [[1], [10]]",
                        problem(new double[][] {{0}, {2}, {10}}, new int[] {0, 0, 1}, new double[][] {{0}, {10}}),
                        Tolerance.ROUNDOFF)
                .agrees("an empty cluster takes the farthest point: X = [[0], [1], [5]], labels = [0, 0, 0],"
                                + " C = [[1], [9]]; d = [1, 0, 16], so [5] moves to cluster 1: [[0.5], [5]]",
                        problem(new double[][] {{0}, {1}, {5}}, new int[] {0, 0, 0}, new double[][] {{1}, {9}}),
                        Tolerance.ROUNDOFF)
                .agrees("two empty clusters take the two farthest points, farthest first: X = [[0], [1], [4], [10]],"
                                + " labels = [0, 0, 0, 0], C = [[0], [20], [30]] give [[0.5], [10], [4]]",
                        problem(new double[][] {{0}, {1}, {4}, {10}}, new int[] {0, 0, 0, 0},
                                new double[][] {{0}, {20}, {30}}), Tolerance.ROUNDOFF)
                .agrees("a cluster emptied by a move keeps its centre: X = [[0], [1], [2]], labels = [0, 0, 2],"
                                + " C = [[0], [9], [50]]; [2] (d = 48²) leaves cluster 2 for the empty cluster 1, and"
                                + " cluster 2, empty now, keeps [50]: [[0.5], [2], [50]]",
                        problem(new double[][] {{0}, {1}, {2}}, new int[] {0, 0, 2}, new double[][] {{0}, {9}, {50}}),
                        Tolerance.ROUNDOFF)
                .agrees("nothing moves when every point sits on its centre: X = [[1], [1], [3]], labels = [0, 0, 1],"
                                + " C = [[1], [3], [7]] stay [[1], [3], [7]]",
                        problem(new double[][] {{1}, {1}, {3}}, new int[] {0, 0, 1}, new double[][] {{1}, {3}, {7}}),
                        Tolerance.ROUNDOFF)
                .agrees("on a tie of distances the lower index moves: X = [[0], [2]], labels = [0, 0], C = [[1], [5]];"
                                + " d = [1, 1], so [0] moves: [[2], [0]]",
                        problem(new double[][] {{0}, {2}}, new int[] {0, 0}, new double[][] {{1}, {5}}),
                        Tolerance.ROUNDOFF)
                .agrees("k = 1: the centre is the mean of all points, X = [[1, 2], [3, 4], [5, 9]] give [[3, 5]]",
                        problem(new double[][] {{1, 2}, {3, 4}, {5, 9}}, new int[] {0, 0, 0}, new double[][] {{0, 0}}),
                        Tolerance.ROUNDOFF)
                .agrees("k = n: each point is its own cluster and centre, X = [[1, 2], [3, 4], [5, 9]],"
                                + " labels = [2, 0, 1] give [[3, 4], [5, 9], [1, 2]]",
                        problem(new double[][] {{1, 2}, {3, 4}, {5, 9}}, new int[] {2, 0, 1},
                                new double[][] {{0, 0}, {0, 0}, {0, 0}}), Tolerance.ROUNDOFF)
                .agrees("duplicate points: X = [[2, 2], [2, 2], [4, 0]], labels = [0, 0, 1] give [[2, 2], [4, 0]]",
                        problem(new double[][] {{2, 2}, {2, 2}, {4, 0}}, new int[] {0, 0, 1},
                                new double[][] {{0, 0}, {1, 1}}), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random points, labels and old centres, empty clusters included",
                        PROBLEMS, Tolerance.ROUNDOFF)
                .holds("the inertia never increases: Σᵢ minⱼ ‖xᵢ − new cⱼ‖² ≤ Σᵢ ‖xᵢ − old c_{labelᵢ}‖²", PROBLEMS,
                        KMeansUpdateGrader::inertiaDoesNotIncrease)
                .holds("with no empty cluster, each new centre is the mean of its cluster: Σ_{labelᵢ = j} (xᵢ − cⱼ) = 0",
                        PROBLEMS, KMeansUpdateGrader::meansOfClusters)
                .rejects("rejects labels of the wrong length: X is 3×1, labels = [0, 0]",
                        problem(new double[][] {{0}, {2}, {10}}, new int[] {0, 0}, new double[][] {{0}, {10}}),
                        ShapeMismatchException.class)
                .rejects("rejects a label that is not a cluster: labels = [0, 2, 1] with k = 2",
                        problem(new double[][] {{0}, {2}, {10}}, new int[] {0, 2, 1}, new double[][] {{0}, {10}}),
                        IllegalArgumentException.class)
                .rejects("rejects a negative label: labels = [0, −1, 1]",
                        problem(new double[][] {{0}, {2}, {10}}, new int[] {0, -1, 1}, new double[][] {{0}, {10}}),
                        IllegalArgumentException.class)
                .rejects("rejects C with another number of columns: X is 3×1, C is 2×2",
                        problem(new double[][] {{0}, {2}, {10}}, new int[] {0, 0, 1}, new double[][] {{0, 0}, {10, 0}}),
                        ShapeMismatchException.class)
                .rejects("rejects a NaN in X",
                        problem(new double[][] {{0}, {Double.NaN}, {10}}, new int[] {0, 0, 1}, new double[][] {{0}, {10}}),
                        IllegalArgumentException.class);
    }

    private static void inertiaDoesNotIncrease(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        int[] labels = c.labels("labels");
        Matrix C = c.matrix("C");
        Matrix next = (Matrix) run.on(c);
        Expect.that(next.rows() == C.rows() && next.cols() == C.cols(), "the new centres must be a k×p matrix, "
                + C.shape() + ", like C; yours are " + next.shape() + ".");
        String bad = next.firstNonFinite();
        Expect.that(bad == null, "your new centres hold " + bad + ": every centre must be a point of the space,"
                + " an empty cluster's included.");
        double before = 0.0;
        double after = 0.0;
        double size = 0.0;
        for (int i = 0; i < X.rows(); i++) {
            double[] x = X.row(i);
            before += ClusterInputs.squaredDistance(x, C.row(labels[i]));
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < next.rows(); j++) {
                nearest = Math.min(nearest, ClusterInputs.squaredDistance(x, next.row(j)));
            }
            after += nearest;
            size += ClusterInputs.norm2(x) + ClusterInputs.norm2(C.row(labels[i]));
        }
        double slack = Tolerance.ROUNDOFF.relative() * size;
        Expect.that(after <= before + slack, String.format(Locale.ROOT, "with the old centres and labels the inertia"
                        + " is %s, but with your new centres (each point at its nearest) it is %s: the update step can"
                        + " only lower it, since a mean is the point of least squared distance to its cluster and a"
                        + " moved point sits on its new centre\n  (new centres %s; allowed above it %.1e, round-off)",
                MatrixFormat.number(before), MatrixFormat.number(after), MatrixFormat.format(next), slack));
    }

    private static void meansOfClusters(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        int[] labels = c.labels("labels");
        int k = c.matrix("C").rows();
        int[] counts = new int[k];
        for (int label : labels) {
            counts[label]++;
        }
        for (int count : counts) {
            if (count == 0) {
                return;                 // an empty cluster: the moves decide, which the reference checks
            }
        }
        Matrix next = (Matrix) run.on(c);
        Expect.that(next.rows() == k && next.cols() == X.cols(), "the new centres must be a k×p matrix, " + k + "×"
                + X.cols() + "; yours are " + next.shape() + ".");
        for (int j = 0; j < k; j++) {
            double[] mean = new double[X.cols()];
            for (int i = 0; i < X.rows(); i++) {
                for (int f = 0; f < X.cols() && labels[i] == j; f++) {
                    mean[f] += X.get(i, f) / counts[j];
                }
            }
            Expect.close("centre " + j + " (the mean of its " + counts[j] + " points)", mean, next.row(j),
                    Tolerance.ROUNDOFF);
        }
    }

    private static Case problem(double[][] X, int[] labels, double[][] C) {
        return Case.of("X", Matrix.of(X), "labels", labels, "C", Matrix.of(C));
    }
}
