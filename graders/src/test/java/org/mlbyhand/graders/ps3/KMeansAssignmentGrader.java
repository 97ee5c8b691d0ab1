package org.mlbyhand.graders.ps3;

import java.util.List;
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
import org.mlbyhand.grading.Equivalence;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;

/**
 * Grades {@code KMeansAssignment}: labelᵢ = argmin_j ‖xᵢ − c_j‖², the lowest j on a tie, against core's
 * {@link Lloyd#assign}. Labels are compared exactly, not up to a renaming: a label is the row number of
 * a given centre, and the tie rule makes it unique. Random points and centres are Gaussian with no near
 * tie ({@link ClusterInputs#NO_NEAR_TIES}), so that every correct way of computing a distance gives the
 * same labels; a second generator draws small integers, where ties are exact and frequent and every way
 * computes them exactly.
 */
public final class KMeansAssignmentGrader extends Grader<KMeansAssignmentGrader.Assign> {
    private static final CaseGen GAUSSIAN = CaseGen.create().dim("n", 1, 8).dim("p", 1, 4).dim("k", 1, 5)
            .matrix("X", "n", "p").matrix("C", "k", "p")
            .require(ClusterInputs.NO_NEAR_TIES, c -> ClusterInputs.separated(c.matrix("X"), c.matrix("C")));
    private static final CaseGen INTEGERS = CaseGen.create().dim("n", 1, 8).dim("p", 1, 3).dim("k", 1, 4)
            .value("X", Matrix.class, List.of("n", "p"), (rng, s) -> ClusterInputs.smallIntegers(rng, s[0], s[1], 2),
                    X -> true)
            .value("C", Matrix.class, List.of("k", "p"), (rng, s) -> ClusterInputs.smallIntegers(rng, s[0], s[1], 2),
                    C -> true);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Assign {
        /** Returns the nearest centre of each row of X (n×p) among the rows of C (k×p). */
        int[] assign(Matrix X, Matrix C);
    }

    @Override
    public Exercise exercise() {
        return exercise(10, "kmeans-assign", "k-means: assignment step", 10);
    }

    @Override
    public Assign reference() {
        return Lloyd::assign;
    }

    @Override
    public List<Bug<Assign>> bugs() {
        return KMeansAssignmentBugs.ALL;
    }

    @Override
    public List<Alternative<Assign>> alternatives() {
        return KMeansAssignmentAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Lloyd.class), Forbidden.type(KMeans.class), Forbidden.type(KMeansModel.class),
                Forbidden.type(MiniBatchKMeans.class));
    }

    @Override
    public Object call(Assign assign, Case c) {
        return assign.assign(c.matrix("X"), c.matrix("C"));
    }

    @Override
    public String output() {
        return "labels";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: X = [[0, 0], [1, 0], [4, 4], [5, 5]], C = [[0, 0], [5, 5]] give [0, 0, 1, 1]"
                                + " ([4, 4] is 32 from c₀ and 2 from c₁)",
                        problem(new double[][] {{0, 0}, {1, 0}, {4, 4}, {5, 5}}, new double[][] {{0, 0}, {5, 5}}),
                        Equivalence.exactly())
                .agrees("a tie goes to the lowest centre: X = [[0, 1], [2, 1]], C = [[−1, 1], [1, 1], [3, 1]] give [0, 1]"
                                + " ([0, 1] is 1 from c₀ and c₁, [2, 1] is 1 from c₁ and c₂)",
                        problem(new double[][] {{0, 1}, {2, 1}}, new double[][] {{-1, 1}, {1, 1}, {3, 1}}),
                        Equivalence.exactly())
                .agrees("squares, not absolute values: X = [[0, 0]], C = [[9, 9], [3, 0], [2, 2]] give [2]"
                                + " (3² = 9 > 2² + 2² = 8, although 3 < 2 + 2)",
                        problem(new double[][] {{0, 0}}, new double[][] {{9, 9}, {3, 0}, {2, 2}}), Equivalence.exactly())
                .agrees("every coordinate counts: X = [[0, 5]], C = [[9, 9], [0, 0], [1, 5]] give [2] (97, 25 and 1)",
                        problem(new double[][] {{0, 5}}, new double[][] {{9, 9}, {0, 0}, {1, 5}}), Equivalence.exactly())
                .agrees("twice the same centre: X = [[0, 0], [2, 3]], C = [[1, 1], [1, 1]] give [0, 0]",
                        problem(new double[][] {{0, 0}, {2, 3}}, new double[][] {{1, 1}, {1, 1}}),
                        Equivalence.exactly())
                .agrees("k = 1: every point belongs to the one centre, X = [[1], [−4], [9]], C = [[0]] give [0, 0, 0]",
                        problem(new double[][] {{1}, {-4}, {9}}, new double[][] {{0}}), Equivalence.exactly())
                .agrees("k = n with C = X: each point is its own centre, X = C = [[0, 0], [1, 1], [2, 0]] give [0, 1, 2]",
                        problem(new double[][] {{0, 0}, {1, 1}, {2, 0}}, new double[][] {{0, 0}, {1, 1}, {2, 0}}),
                        Equivalence.exactly())
                .agrees("no points: X is 0×2, C = [[1, 2]] give []",
                        Case.of("X", Matrix.zeros(0, 2), "C", Matrix.of(new double[][] {{1, 2}})), Equivalence.exactly())
                .agrees("matches the reference on random points and centres", GAUSSIAN, Equivalence.exactly())
                .agrees("matches the reference on small integers, with duplicate points and exact ties", INTEGERS,
                        Equivalence.exactly())
                .holds("no centre is nearer than a point's own, and none as near has a lower number", INTEGERS,
                        KMeansAssignmentGrader::nearest)
                .holds("renaming the centres renames the labels: with C's rows reversed, label j becomes k − 1 − j",
                        GAUSSIAN, KMeansAssignmentGrader::reversed)
                .rejects("rejects C with no rows: X = [[1, 2]], C is 0×2",
                        Case.of("X", Matrix.of(new double[][] {{1, 2}}), "C", Matrix.zeros(0, 2)),
                        IllegalArgumentException.class)
                .rejects("rejects C whose rows are not points of X: X is 2×2, C is 1×3",
                        problem(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2, 3}}), ShapeMismatchException.class)
                .rejects("rejects a NaN in X", problem(new double[][] {{1, 2}, {Double.NaN, 4}}, new double[][] {{0, 0}}),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite centre: C = [[0, 0], [∞, 0]]",
                        problem(new double[][] {{1, 2}}, new double[][] {{0, 0}, {Double.POSITIVE_INFINITY, 0}}),
                        IllegalArgumentException.class);
    }

    /** For every i and j: ‖xᵢ − c_{labelᵢ}‖² ≤ ‖xᵢ − c_j‖², and strictly < for every j < labelᵢ. */
    private static void nearest(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix C = c.matrix("C");
        int[] labels = (int[]) run.on(c);
        Expect.that(labels.length == X.rows(), "labels has length " + labels.length + ", but X has " + X.rows()
                + " rows: one label per point.");
        for (int i = 0; i < labels.length; i++) {
            Expect.that(labels[i] >= 0 && labels[i] < C.rows(), "labels[" + i + "] = " + labels[i]
                    + " is not the number of a centre: C has rows 0 … " + (C.rows() - 1) + ".");
            double own = ClusterInputs.squaredDistance(X.row(i), C.row(labels[i]));
            for (int j = 0; j < C.rows(); j++) {
                double other = ClusterInputs.squaredDistance(X.row(i), C.row(j));
                Expect.that(other >= own, "labels[" + i + "] = " + labels[i] + ", but centre " + j + " is nearer to x"
                        + i + " = " + MatrixFormat.format(X.row(i)) + ": squared distance " + MatrixFormat.number(other)
                        + " < " + MatrixFormat.number(own) + ".");
                Expect.that(j >= labels[i] || other > own, "labels[" + i + "] = " + labels[i] + ", but centre " + j
                        + " is as near to x" + i + " = " + MatrixFormat.format(X.row(i)) + " (squared distance "
                        + MatrixFormat.number(own) + "): on a tie the label is the lowest such centre, " + j + ".");
            }
        }
    }

    /** With no ties, assign(X, C reversed)ᵢ = k − 1 − assign(X, C)ᵢ. */
    private static void reversed(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix C = c.matrix("C");
        int k = C.rows();
        int[] rows = new int[k];
        for (int j = 0; j < k; j++) {
            rows[j] = k - 1 - j;
        }
        Matrix R = C.selectRows(rows);
        int[] before = (int[]) run.on(c);
        int[] after = (int[]) run.on(Case.of("X", X, "C", R));
        Expect.that(before.length == X.rows() && after.length == X.rows(), "expected one label per point, "
                + X.rows() + " in all.");
        for (int i = 0; i < before.length; i++) {
            Expect.that(after[i] == k - 1 - before[i], "with C = " + MatrixFormat.format(C) + ", labels[" + i + "] = "
                    + before[i] + "; with its rows in reverse order, C = " + MatrixFormat.format(R) + ", the same centre is"
                    + " number " + (k - 1 - before[i]) + ", but labels[" + i + "] = " + after[i] + ". Nothing but"
                    + " the distances may decide a label (there is no tie here).");
        }
    }

    private static Case problem(double[][] X, double[][] C) {
        return Case.of("X", Matrix.of(X), "C", Matrix.of(C));
    }
}
