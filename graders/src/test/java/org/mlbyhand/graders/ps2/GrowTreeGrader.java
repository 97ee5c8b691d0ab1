package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.tree.ClassificationTree;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.RegressionTree;
import org.mlbyhand.core.tree.TreeArrays;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code GrowTree}: a Gini tree grown recursively with maxDepth, minSamplesSplit and
 * minSamplesLeaf, against {@code DecisionTreeClassifier(...).fit(X, y).tree().arrays()} field by field
 * (ids in depth-first order, left first). Thresholds, counts and sizes are exact; impurities may be
 * computed by any formula of the counts, hence {@link Tolerance#ROUNDOFF}. Random training sets have a
 * unique best split at every node the tree tries to split ({@link TreeRules}), so that a learner's own
 * split search cannot break a tie differently by rounding; the invariant checks the rules themselves,
 * node by node, without the reference.
 */
public final class GrowTreeGrader extends Grader<GrowTreeGrader.Grow> {
    private static final int UNLIMITED = DecisionTreeClassifier.UNLIMITED;
    private static final double[][] SIX = {{1}, {2}, {3}, {4}, {5}, {6}};
    private static final int[] PAPER = {0, 0, 1, 1, 1, 0};

    /** The exercise's signature: {@code grow(X, y, maxDepth, minSamplesSplit, minSamplesLeaf)}. */
    @FunctionalInterface
    public interface Grow {
        /** Returns the Gini tree grown on (X, y) with these stopping rules, as parallel arrays. */
        TreeArrays grow(Matrix X, int[] y, int maxDepth, int minSamplesSplit, int minSamplesLeaf);
    }

    @Override
    public Exercise exercise() {
        return exercise(50, "grow-tree", "Grow a tree recursively", 25);
    }

    @Override
    public Grow reference() {
        return TreeRules::reference;
    }

    @Override
    public List<Bug<Grow>> bugs() {
        return GrowTreeBugs.ALL;
    }

    @Override
    public List<Alternative<Grow>> alternatives() {
        return GrowTreeAlternatives.ALL;
    }

    /**
     * The trainers and fitted trees grow or hold the answer; core's Splitter stays allowed, and so does
     * {@code Tree} itself, whose constants TREE_LEAF and TREE_UNDEFINED a learner may name (a Tree is
     * only reached through the fitted trees forbidden here).
     */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(DecisionTreeClassifier.class), Forbidden.type(DecisionTreeRegressor.class),
                Forbidden.type(ClassificationTree.class), Forbidden.type(RegressionTree.class));
    }

    @Override
    public Object call(Grow grow, Case c) {
        return grow.grow(c.matrix("X"), c.labels("y"), c.integer("maxDepth"), c.integer("minSamplesSplit"),
                c.integer("minSamplesLeaf"));
    }

    @Override
    public String output() {
        return "tree";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: x = [1, …, 6], y = [0, 0, 1, 1, 1, 0], no limits: the root splits at 2.5, its left"
                                + " child {1, 2} is pure, its right child {3, 4, 5, 6} splits at 5.5 (5 nodes)",
                        TreeRules.training(SIX, PAPER, UNLIMITED, 2, 1), Tolerance.ROUNDOFF)
                .agrees("maxDepth = 1, a stump: the same root split, and node 2 {3, 4, 5, 6} (impurity 0.375) stays"
                                + " a leaf at depth 1",
                        TreeRules.training(SIX, PAPER, 1, 2, 1), Tolerance.ROUNDOFF)
                .agrees("the left child is split too: y = [0, 1, 1, 1, 0, 0] splits at 4.5, then {1, 2, 3, 4} at 1.5;"
                                + " the right leaf {5, 6} is node 4",
                        TreeRules.training(SIX, new int[] {0, 1, 1, 1, 0, 0}, UNLIMITED, 2, 1), Tolerance.ROUNDOFF)
                .agrees("minSamplesSplit = 4: node 2 has exactly 4 rows, so it must still be split"
                        + " (a leaf needs fewer than 4)",
                        TreeRules.training(SIX, PAPER, UNLIMITED, 4, 1), Tolerance.ROUNDOFF)
                .agrees("minSamplesLeaf = 2 limits the children: node 2 {3, 4, 5, 6} may only split at 4.5 (2 rows"
                                + " each side), not at 5.5 (a child of 1 row)",
                        TreeRules.training(SIX, PAPER, UNLIMITED, 2, 2), Tolerance.ROUNDOFF)
                .agrees("a pure root is a single leaf: y = [1, 1, 1] gives value [[0, 3]], impurity [0]",
                        TreeRules.training(new double[][] {{1}, {2}, {3}}, new int[] {1, 1, 1}, UNLIMITED, 2, 1),
                        Tolerance.ROUNDOFF)
                .agrees("every feature constant: the impure root has no split and stays a leaf",
                        TreeRules.training(new double[][] {{2, 5}, {2, 5}, {2, 5}}, new int[] {0, 1, 1}, UNLIMITED, 2, 1),
                        Tolerance.ROUNDOFF)
                .agrees("two features: X = [[1, 5], [2, 8], [3, 6], [4, 7]], y = [0, 1, 0, 1] splits on column 1 at"
                                + " 6.5 into two pure leaves",
                        TreeRules.training(new double[][] {{1, 5}, {2, 8}, {3, 6}, {4, 7}}, new int[] {0, 1, 0, 1},
                                UNLIMITED, 2, 1), Tolerance.ROUNDOFF)
                .agrees("one row: a single leaf", TreeRules.training(new double[][] {{3, 4}}, new int[] {2}, 3, 2, 1),
                        Tolerance.ROUNDOFF)
                .agrees("matches DecisionTreeClassifier on random training sets (up to 12 rows, 3 features, 3 classes,"
                        + " maxDepth 1 to 5, minSamplesSplit 2 to 5, minSamplesLeaf 1 to 3)", TreeRules.TRAINING_SETS,
                        Tolerance.ROUNDOFF)
                .holds("the ids are depth first, every node describes the rows that reach it, splits only where the"
                                + " rules allow, stops only where they say, and takes the best allowed split",
                        TreeRules.TRAINING_SETS, (c, run) -> TreeRules.expectGrownByTheRules(c, run.on(c)))
                .rejects("rejects maxDepth = 0", TreeRules.training(SIX, PAPER, 0, 2, 1), IllegalArgumentException.class)
                .rejects("rejects minSamplesSplit = 1", TreeRules.training(SIX, PAPER, 3, 1, 1),
                        IllegalArgumentException.class)
                .rejects("rejects minSamplesLeaf = 0", TreeRules.training(SIX, PAPER, 3, 2, 0),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in X", TreeRules.training(new double[][] {{1}, {Double.NaN}}, new int[] {0, 1}, 3,
                        2, 1), IllegalArgumentException.class)
                .rejects("rejects a negative label", TreeRules.training(new double[][] {{1}, {2}}, new int[] {0, -1}, 3,
                        2, 1), IllegalArgumentException.class)
                .rejects("rejects y of another length: X is 3×1, y has 2 labels",
                        TreeRules.training(new double[][] {{1}, {2}, {3}}, new int[] {0, 1}, 3, 2, 1),
                        ShapeMismatchException.class)
                .rejects("rejects an X with no rows: 0×1, y = []", Case.of("X", Matrix.zeros(0, 1), "y", new int[0],
                        "maxDepth", 3, "minSamplesSplit", 2, "minSamplesLeaf", 1), IllegalArgumentException.class);
    }
}
