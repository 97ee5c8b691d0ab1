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
 * Grades {@code Inertia}: Σᵢ ‖xᵢ − c_{labelᵢ}‖², against core's {@link Lloyd#inertia}, to
 * {@link Tolerance#ROUNDOFF}. Random labels are drawn at random (so that a point's own centre is often
 * not its nearest), on cases whose inertia is at least {@value #MIN_SIZE} of Σᵢ(‖xᵢ‖² + ‖c_{labelᵢ}‖²),
 * the scale on which the expansion ‖x‖² − 2xᵀc + ‖c‖² rounds.
 */
public final class InertiaGrader extends Grader<InertiaGrader.Score> {
    /** The smallest inertia, relative to Σᵢ(‖xᵢ‖² + ‖c_{labelᵢ}‖²), of a random case. */
    static final double MIN_SIZE = 0.01;

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 8).dim("p", 1, 4).dim("k", 1, 4)
            .matrix("X", "n", "p").matrix("C", "k", "p").labels("labels", "n", 4)
            .require("every label is a cluster: labels < k", c -> ClusterInputs.below(c.labels("labels"), c.dim("k")))
            .require("the inertia is at least " + MIN_SIZE + "·Σᵢ(‖xᵢ‖² + ‖c_{labelᵢ}‖²)", InertiaGrader::notCancelled);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Score {
        /** Returns Σᵢ ‖xᵢ − c_{labelᵢ}‖² for points X (n×p), centres C (k×p) and labels (length n). */
        double inertia(Matrix X, Matrix C, int[] labels);
    }

    @Override
    public Exercise exercise() {
        return exercise(30, "inertia", "k-means inertia", 5);
    }

    @Override
    public Score reference() {
        return Lloyd::inertia;
    }

    @Override
    public List<Bug<Score>> bugs() {
        return InertiaBugs.ALL;
    }

    @Override
    public List<Alternative<Score>> alternatives() {
        return InertiaAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Lloyd.class), Forbidden.type(KMeans.class), Forbidden.type(KMeansModel.class),
                Forbidden.type(MiniBatchKMeans.class));
    }

    @Override
    public Object call(Score score, Case c) {
        return score.inertia(c.matrix("X"), c.matrix("C"), c.labels("labels"));
    }

    @Override
    public String output() {
        return "inertia";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: X = [[0, 0], [3, 4], [6, 8]], C = [[0, 0]], labels = [0, 0, 0] give"
                                + " 0 + 25 + 100 = 125",
                        problem(new double[][] {{0, 0}, {3, 4}, {6, 8}}, new double[][] {{0, 0}}, new int[] {0, 0, 0}),
                        Tolerance.ROUNDOFF)
                .agrees("the labelled centre, not the nearest: X = [[0], [10]], C = [[0], [10]], labels = [1, 0]"
                                + " give 100 + 100 = 200",
                        problem(new double[][] {{0}, {10}}, new double[][] {{0}, {10}}, new int[] {1, 0}),
                        Tolerance.ROUNDOFF)
                .agrees("one term per point: X = [[1], [2], [3], [7]], C = [[2], [7]], labels = [0, 0, 0, 1] give"
                                + " 1 + 0 + 1 + 0 = 2",
                        problem(new double[][] {{1}, {2}, {3}, {7}}, new double[][] {{2}, {7}}, new int[] {0, 0, 0, 1}),
                        Tolerance.ROUNDOFF)
                .agrees("k = n with C = X, every point on its own centre: X = C = [[1, 2], [3, 4]], labels = [0, 1]"
                                + " give 0",
                        problem(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2}, {3, 4}}, new int[] {0, 1}),
                        Tolerance.ROUNDOFF)
                .agrees("duplicate points count twice: X = [[1, 1], [1, 1]], C = [[0, 0]], labels = [0, 0] give 4",
                        problem(new double[][] {{1, 1}, {1, 1}}, new double[][] {{0, 0}}, new int[] {0, 0}),
                        Tolerance.ROUNDOFF)
                .agrees("no points: X is 0×2, C = [[1, 2]], labels = [] give 0",
                        Case.of("X", Matrix.zeros(0, 2), "C", Matrix.of(new double[][] {{1, 2}}), "labels", new int[0]),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random points, centres and labels", PROBLEMS, Tolerance.ROUNDOFF)
                .holds("the inertia is the sum of the points' own inertias, each ≥ 0", PROBLEMS, InertiaGrader::additive)
                .holds("relabelling each point to its nearest centre never raises the inertia", PROBLEMS,
                        InertiaGrader::nearestIsLower)
                .rejects("rejects labels of the wrong length: X is 2×1, labels = [0]",
                        problem(new double[][] {{0}, {10}}, new double[][] {{0}, {10}}, new int[] {0}),
                        ShapeMismatchException.class)
                .rejects("rejects a label that is not a centre: labels = [0, 2] with k = 2",
                        problem(new double[][] {{0}, {10}}, new double[][] {{0}, {10}}, new int[] {0, 2}),
                        IllegalArgumentException.class)
                .rejects("rejects C with another number of columns: X is 2×1, C is 1×2",
                        problem(new double[][] {{0}, {10}}, new double[][] {{0, 1}}, new int[] {0, 0}),
                        ShapeMismatchException.class)
                .rejects("rejects a NaN in C",
                        problem(new double[][] {{0}, {10}}, new double[][] {{Double.NaN}}, new int[] {0, 0}),
                        IllegalArgumentException.class);
    }

    private static void additive(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix C = c.matrix("C");
        int[] labels = c.labels("labels");
        double total = (Double) run.on(c);
        double sum = 0.0;
        double size = 0.0;
        for (int i = 0; i < X.rows(); i++) {
            Matrix row = X.slice(i, i + 1, 0, X.cols());
            double own = (Double) run.on(Case.of("X", row, "C", C, "labels", new int[] {labels[i]}));
            Expect.that(own >= 0, "the inertia of the point x" + i + " = " + MatrixFormat.format(X.row(i)) + " alone is "
                    + MatrixFormat.number(own) + ", but a sum of squares is never negative.");
            sum += own;
            size += ClusterInputs.norm2(X.row(i)) + ClusterInputs.norm2(C.row(labels[i]));
        }
        double slack = Tolerance.ROUNDOFF.relative() * size;
        Expect.that(Math.abs(total - sum) <= slack, String.format(Locale.ROOT, "the inertia of all %d points is %s, but"
                        + " the inertias of the points one at a time add up to %s: it is a sum of one term per point"
                        + "\n  (allowed difference %.1e, round-off)", X.rows(), MatrixFormat.number(total),
                MatrixFormat.number(sum), slack));
    }

    private static void nearestIsLower(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix C = c.matrix("C");
        int[] nearest = new int[X.rows()];
        double size = 0.0;
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 1; j < C.rows(); j++) {
                if (ClusterInputs.squaredDistance(X.row(i), C.row(j)) < ClusterInputs.squaredDistance(X.row(i),
                        C.row(nearest[i]))) {
                    nearest[i] = j;
                }
            }
            size += ClusterInputs.norm2(X.row(i)) + ClusterInputs.norm2(C.row(c.labels("labels")[i]));
        }
        double given = (Double) run.on(c);
        double best = (Double) run.on(Case.of("X", X, "C", C, "labels", nearest));
        double slack = Tolerance.ROUNDOFF.relative() * size;
        Expect.that(best <= given + slack, String.format(Locale.ROOT, "with labels %s the inertia is %s, but with"
                        + " each point labelled by its nearest centre, %s, it is %s: no labelling can have a lower"
                        + " inertia than the nearest centres\n  (allowed above it %.1e, round-off)",
                MatrixFormat.format(toDoubles(c.labels("labels"))), MatrixFormat.number(given),
                MatrixFormat.format(toDoubles(nearest)), MatrixFormat.number(best), slack));
    }

    private static boolean notCancelled(Case c) {
        Matrix X = c.matrix("X");
        Matrix C = c.matrix("C");
        int[] labels = c.labels("labels");
        double size = 0.0;
        for (int i = 0; i < X.rows(); i++) {
            size += ClusterInputs.norm2(X.row(i)) + ClusterInputs.norm2(C.row(labels[i]));
        }
        return Lloyd.inertia(X, C, labels) >= MIN_SIZE * size;
    }

    private static double[] toDoubles(int[] labels) {
        double[] d = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            d[i] = labels[i];
        }
        return d;
    }

    private static Case problem(double[][] X, double[][] C, int[] labels) {
        return Case.of("X", Matrix.of(X), "C", Matrix.of(C), "labels", labels);
    }
}
