package org.mlbyhand.graders.ps3;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.metrics.Silhouette;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
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
 * Grades {@code SilhouetteScore}: the mean silhouette of a clustering, against core's
 * {@link Silhouette#silhouetteScore}, to {@link Tolerance#ROUNDOFF}. The score is a mean of n terms in
 * [−1, 1], each carrying a few ε of rounding, so random cases are drawn with |score| ≥ {@value #MIN_SCORE}
 * (a mean that cancels to nearly 0 would be judged relative to itself). Random labels are arbitrary ints,
 * negative ones and gaps included: the silhouette reads them as names, and the invariant checks that
 * renaming the clusters leaves the score as it is.
 */
public final class SilhouetteScoreGrader extends Grader<SilhouetteScoreGrader.Score> {
    /** The smallest |score| of a random case. */
    static final double MIN_SCORE = 0.01;
    private static final int[] NAMES = {-1, 2, 7, 40};

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 3, 10).dim("p", 1, 3).matrix("X", "n", "p")
            .value("labels", int[].class, List.of("n"), SilhouetteScoreGrader::names, labels -> true)
            .require("2 to n − 1 distinct labels", c -> clusters(c.labels("labels")) >= 2
                    && clusters(c.labels("labels")) <= c.dim("n") - 1)
            .require("|score| ≥ " + MIN_SCORE, c -> Math.abs(Silhouette.silhouetteScore(c.matrix("X"),
                    c.labels("labels"))) >= MIN_SCORE);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Score {
        /** Returns the mean silhouette of the clustering of X (n×p) given by labels (length n). */
        double score(Matrix X, int[] labels);
    }

    @Override
    public Exercise exercise() {
        return exercise(130, "silhouette", "Silhouette score", 10);
    }

    @Override
    public Score reference() {
        return Silhouette::silhouetteScore;
    }

    @Override
    public List<Bug<Score>> bugs() {
        return SilhouetteScoreBugs.ALL;
    }

    @Override
    public List<Alternative<Score>> alternatives() {
        return SilhouetteScoreAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Silhouette.class));
    }

    @Override
    public Object call(Score score, Case c) {
        return score.score(c.matrix("X"), c.labels("labels"));
    }

    @Override
    public String output() {
        return "score";
    }

    @Override
    public void declare(Checks checks) {
        double[][] paper = {{0}, {1}, {4}, {5}};
        checks.agrees("on paper: X = [[0], [1], [4], [5]], labels = [0, 0, 1, 1]: s = [7/9, 5/7, 5/7, 7/9],"
                                + " score ≈ 0.746", problem(paper, new int[] {0, 0, 1, 1}), Tolerance.ROUNDOFF)
                .agrees("b is the NEAREST other cluster: X = [[0], [1], [4], [5], [20], [21]], labels = [0, 0, 1, 1,"
                                + " 2, 2]", problem(new double[][] {{0}, {1}, {4}, {5}, {20}, {21}},
                                new int[] {0, 0, 1, 1, 2, 2}), Tolerance.ROUNDOFF)
                .agrees("a point nearer to the other cluster: X = [[0], [2], [5], [6], [8]], labels = [0, 0, 0, 1, 1];"
                                + " for [5], a = 4 > b = 2, so s = (2 − 4)/4 = −1/2",
                        problem(new double[][] {{0}, {2}, {5}, {6}, {8}}, new int[] {0, 0, 0, 1, 1}), Tolerance.ROUNDOFF)
                .agrees("a singleton scores 0: X = [[0], [1], [10]], labels = [0, 0, 1] give (0.9 + 8/9 + 0)/3",
                        problem(new double[][] {{0}, {1}, {10}}, new int[] {0, 0, 1}), Tolerance.ROUNDOFF)
                .agrees("labels are names: the paper case with labels [7, 7, −1, −1] scores the same 0.746",
                        problem(paper, new int[] {7, 7, -1, -1}), Tolerance.ROUNDOFF)
                .agrees("duplicate points, perfectly separated: X = [[1, 1], [1, 1], [5, 5], [5, 5]] score 1",
                        problem(new double[][] {{1, 1}, {1, 1}, {5, 5}, {5, 5}}, new int[] {0, 0, 1, 1}),
                        Tolerance.ROUNDOFF)
                .agrees("all points equal: a = b = 0 gives s = 0, X = [[1], [1], [1], [1]], labels = [0, 0, 1, 1]",
                        problem(new double[][] {{1}, {1}, {1}, {1}}, new int[] {0, 0, 1, 1}), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random points and labels", PROBLEMS, Tolerance.ROUNDOFF)
                .holds("the score is in [−1, 1] and does not change when the clusters are renamed or the data"
                        + " scaled by 4", PROBLEMS, SilhouetteScoreGrader::invariant)
                .rejects("rejects a single cluster: labels = [3, 3, 3]", problem(new double[][] {{0}, {1}, {2}},
                        new int[] {3, 3, 3}), IllegalArgumentException.class)
                .rejects("rejects n clusters of one point each: labels = [0, 1, 2]", problem(new double[][] {{0}, {1},
                        {2}}, new int[] {0, 1, 2}), IllegalArgumentException.class)
                .rejects("rejects labels of the wrong length: X is 3×1, labels = [0, 1]",
                        problem(new double[][] {{0}, {1}, {2}}, new int[] {0, 1}), ShapeMismatchException.class)
                .rejects("rejects a NaN in X", problem(new double[][] {{0}, {Double.NaN}, {2}, {3}}, new int[] {0, 0, 1, 1}),
                        IllegalArgumentException.class);
    }

    /**
     * The exercise's checks, for the bugs and alternatives; returns the labels renumbered 0 … k−1 by
     * increasing value.
     */
    static int[] check(Matrix X, int[] labels) {
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException("score: X is " + X.shape());
        }
        ClusterInputs.finite("score", "X", X);
        if (labels.length != X.rows()) {
            throw new ShapeMismatchException("score: X is " + X.shape() + ", labels has length " + labels.length);
        }
        int[] values = Arrays.stream(labels).distinct().sorted().toArray();
        if (values.length < 2 || values.length > X.rows() - 1) {
            throw new IllegalArgumentException("score: " + values.length + " clusters among " + X.rows() + " points");
        }
        int[] code = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            code[i] = Arrays.binarySearch(values, labels[i]);
        }
        return code;
    }

    private static void invariant(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        int[] labels = c.labels("labels");
        double score = (Double) run.on(c);
        Expect.that(score >= -1 && score <= 1, "the score is " + MatrixFormat.number(score) + ", but every s(i), and"
                + " so their mean, lies in [−1, 1].");
        int[] renamed = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            renamed[i] = 1000 - 3 * labels[i];
        }
        Expect.close("the score with the clusters renamed (label v → 1000 − 3v)", score,
                run.on(Case.of("X", X, "labels", renamed)), Tolerance.ROUNDOFF);
        Expect.close("the score of 4·X", score, run.on(Case.of("X", X.scale(4), "labels", labels)), Tolerance.ROUNDOFF);
    }

    private static int[] names(Rng rng, int[] shape) {
        int[] labels = new int[shape[0]];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = NAMES[rng.nextInt(NAMES.length)];
        }
        return labels;
    }

    private static int clusters(int[] labels) {
        return (int) Arrays.stream(labels).distinct().count();
    }

    private static Case problem(double[][] X, int[] labels) {
        return Case.of("X", Matrix.of(X), "labels", labels);
    }
}
