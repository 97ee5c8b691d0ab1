package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.tree.ClassificationCriterion;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.core.tree.Splitter;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code BestSplit}: the best Gini split of a node over every column, against core's
 * {@link Splitter#bestSplit(Matrix, int[], int, ClassificationCriterion, int)}, field by field to
 * {@link Tolerance#ROUNDOFF}. The learner may split each column with core's naive
 * {@link Splitter#bestSplitNaive}, whose improvements are computed differently from the reference's
 * sweep: as in the one-feature grader, random nodes are kept only if their best split over all columns
 * is unique in exact arithmetic, and ties (between equal columns, in a pure node) are hand-picked where
 * every formula gives the same bits.
 */
public final class BestSplitGrader extends Grader<BestSplitGrader.Search> {
    private static final CaseGen NODES = CaseGen.create().dim("n", 1, 10).dim("p", 1, 4)
            .value("X", Matrix.class, List.of("n", "p"), (rng, s) -> grid(rng, s[0], s[1]), X -> true)
            .labels("y", "n", 3).integer("k", 3, 3).integer("minSamplesLeaf", 1, 3)
            .require("the best split is unique: no exact tie that rounding could break either way",
                    c -> SplitCandidates.uniqueBest(c.matrix("X"), c.labels("y"), c.integer("k"),
                            c.integer("minSamplesLeaf")));

    /** The exercise's signature: {@code bestSplit(X, y, k, minSamplesLeaf)}. */
    @FunctionalInterface
    public interface Search {
        /** Returns the best Gini split over the columns of X for the labels y, or "no split". */
        Split bestSplit(Matrix X, int[] y, int k, int minSamplesLeaf);
    }

    @Override
    public Exercise exercise() {
        return exercise(40, "best-split", "Best split over all features", 15);
    }

    @Override
    public Search reference() {
        return (X, y, k, minSamplesLeaf) -> Splitter.bestSplit(X, y, k, ClassificationCriterion.GINI, minSamplesLeaf);
    }

    @Override
    public List<Bug<Search>> bugs() {
        return BestSplitBugs.ALL;
    }

    @Override
    public List<Alternative<Search>> alternatives() {
        return BestSplitAlternatives.ALL;
    }

    /** Splitter.bestSplit searches every feature itself; bestSplitNaive, one feature's, stays allowed. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Splitter.class, "bestSplit"), Forbidden.type(DecisionTreeClassifier.class));
    }

    @Override
    public Object call(Search search, Case c) {
        return search.bestSplit(c.matrix("X"), c.labels("y"), c.integer("k"), c.integer("minSamplesLeaf"));
    }

    @Override
    public String output() {
        return "split";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: X = [[1, 5], [2, 8], [3, 6], [4, 7]], y = [0, 1, 0, 1]; column 0 alternates the"
                                + " classes (best 1/6), column 1 sorts them 0, 0, 1, 1: Split(1, 6.5, 2, 2, ½, 0, 0, ½)",
                        node(new double[][] {{1, 5}, {2, 8}, {3, 6}, {4, 7}}, new int[] {0, 1, 0, 1}, 2, 1),
                        Tolerance.ROUNDOFF)
                .agrees("a tie between columns goes to the lower one: X = [[1, 1, 3], [2, 2, 1], [3, 3, 2]], y = [0, 0,"
                                + " 1]; columns 0 and 1 are equal and split at 2.5 (improvement 4/9), column 2 does"
                                + " worse (1/9): feature 0",
                        node(new double[][] {{1, 1, 3}, {2, 2, 1}, {3, 3, 2}}, new int[] {0, 0, 1}, 2, 1),
                        Tolerance.ROUNDOFF)
                .agrees("a pure node still has a split, column 0's first: X = [[1, 4], [2, 3], [3, 2], [4, 1], [5, 0]],"
                                + " y = [1, 1, 1, 1, 1] gives Split(0, 1.5, 1, 4, 0, 0, 0, 0)",
                        node(new double[][] {{1, 4}, {2, 3}, {3, 2}, {4, 1}, {5, 0}}, new int[] {1, 1, 1, 1, 1}, 2, 1),
                        Tolerance.ROUNDOFF)
                .agrees("a constant column is skipped: X = [[7, 1], [7, 2], [7, 3]], y = [0, 1, 1] splits column 1"
                                + " at 1.5",
                        node(new double[][] {{7, 1}, {7, 2}, {7, 3}}, new int[] {0, 1, 1}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("every column constant: no split, Split(−1, NaN, 2, 0, ½, ∞, ∞, −∞)",
                        node(new double[][] {{7, 1}, {7, 1}}, new int[] {0, 1}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("one row: no split", node(new double[][] {{3, 4}}, new int[] {1}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("minSamplesLeaf = 2 rules out column 1's pure split x ≤ 1.5: X = [[1, 1], [2, 2], [3, 2],"
                                + " [4, 2]], y = [1, 0, 0, 0]; column 0 at 2.5",
                        node(new double[][] {{1, 1}, {2, 2}, {3, 2}, {4, 2}}, new int[] {1, 0, 0, 0}, 2, 2),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random nodes (up to 10 rows and 4 columns, minSamplesLeaf 1 to 3)",
                        NODES, Tolerance.ROUNDOFF)
                .holds("the split describes its own rows, is allowed, and no column has a better threshold (or an"
                                + " equal one in a lower column, or lower in the same column)", NODES,
                        (c, run) -> SplitCandidates.expectBest(c.matrix("X"), c.labels("y"), c.integer("k"),
                                c.integer("minSamplesLeaf"), run.on(c), false))
                .rejects("rejects a NaN in X", node(new double[][] {{1, 2}, {Double.NaN, 3}}, new int[] {0, 1}, 2, 1),
                        IllegalArgumentException.class)
                .rejects("rejects y of another length: X is 3×1, y has 2 labels",
                        node(new double[][] {{1}, {2}, {3}}, new int[] {0, 1}, 2, 1), ShapeMismatchException.class)
                .rejects("rejects a label equal to k: y = [0, 2], k = 2", node(new double[][] {{1}, {2}}, new int[] {0, 2},
                        2, 1), IllegalArgumentException.class)
                .rejects("rejects minSamplesLeaf = 0", node(new double[][] {{1}, {2}}, new int[] {0, 1}, 2, 0),
                        IllegalArgumentException.class)
                .rejects("rejects an X with no columns: 2×0",
                        Case.of("X", Matrix.zeros(2, 0), "y", new int[] {0, 1}, "k", 2, "minSamplesLeaf", 1),
                        IllegalArgumentException.class)
                .rejects("rejects an X with no rows: 0×2, y = []",
                        Case.of("X", Matrix.zeros(0, 2), "y", new int[0], "k", 2, "minSamplesLeaf", 1),
                        IllegalArgumentException.class);
    }

    /** An n×p matrix of values from {−1, −½, …, 2}: many equal values, never closer than 1e-7. */
    private static Matrix grid(Rng rng, int n, int p) {
        Matrix X = Matrix.zeros(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                X.set(i, j, rng.nextInt(7) / 2.0 - 1);
            }
        }
        return X;
    }

    private static Case node(double[][] X, int[] y, int k, int minSamplesLeaf) {
        return Case.of("X", Matrix.of(X), "y", y, "k", k, "minSamplesLeaf", minSamplesLeaf);
    }
}
