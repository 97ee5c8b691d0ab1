package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
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
 * Grades {@code FeatureSplit}: the best Gini split of one feature, against core's
 * {@link Splitter#bestSplit(double[], int[], int, ClassificationCriterion, int)} (scikit-learn's
 * {@code BestSplitter}), field by field: feature, threshold, the two counts, the three impurities and
 * the improvement, each to {@link Tolerance#ROUNDOFF} on the scale of the whole split (the counts make
 * it at least 1).
 *
 * <p>Which split wins must not depend on rounding: two candidates whose improvements are equal in exact
 * arithmetic may come out one ulp apart in another correct formula, and then the learner's tie-break
 * and the reference's differ. So the random cases keep only nodes whose best split is unique, checked
 * in exact integer arithmetic ({@link SplitCandidates}), and ties are tested on hand-picked nodes where
 * the tied improvements are equal in any formula (a pure child on each side, or a pure node).
 * Values are drawn from {−1, −½, …, 2}, so many are equal, and never closer than scikit-learn's 1e-7.
 */
public final class FeatureSplitGrader extends Grader<FeatureSplitGrader.Search> {
    private static final CaseGen NODES = nodes(1, 12);
    private static final CaseGen LARGER_NODES = nodes(20, 60);

    /** The exercise's signature: {@code bestSplit(x, y, k, minSamplesLeaf)}. */
    @FunctionalInterface
    public interface Search {
        /** Returns the best Gini split of the feature x for the labels y, or "no split". */
        Split bestSplit(double[] x, int[] y, int k, int minSamplesLeaf);
    }

    @Override
    public Exercise exercise() {
        return exercise(30, "feature-split", "Best split of one feature", 25);
    }

    @Override
    public Search reference() {
        return (x, y, k, minSamplesLeaf) -> Splitter.bestSplit(x, y, k, ClassificationCriterion.GINI, minSamplesLeaf);
    }

    @Override
    public List<Bug<Search>> bugs() {
        return FeatureSplitBugs.ALL;
    }

    @Override
    public List<Alternative<Search>> alternatives() {
        return FeatureSplitAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Splitter.class), Forbidden.type(DecisionTreeClassifier.class));
    }

    @Override
    public Object call(Search search, Case c) {
        return search.bestSplit(c.vector("x"), c.labels("y"), c.integer("k"), c.integer("minSamplesLeaf"));
    }

    @Override
    public String output() {
        return "split";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: x = [3, 1, 1.5, 2, 0.5], y = [1, 0, 0, 1, 0] sort to 0.5, 1, 1.5, 2, 3 with labels"
                                + " 0, 0, 0, 1, 1; t = 1.75, halfway between 1.5 and 2, leaves two pure children:"
                                + " Split(0, 1.75, 3, 2, 0.48, 0, 0, 0.48)",
                        node(new double[] {3, 1, 1.5, 2, 0.5}, new int[] {1, 0, 0, 1, 0}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("children weighted by size: x = [1, 2, 3, 4], y = [0, 1, 0, 0]; t = 1.5 leaves a pure child of"
                                + " 1 row and i_R = 4/9 on 3 (improvement 3/8 − ¾·4/9 = 1/24), t = 2.5 two mixed rows"
                                + " and two pure (3/8 − 2/4·½ = 1/8): t = 2.5 wins",
                        node(new double[] {1, 2, 3, 4}, new int[] {0, 1, 0, 0}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("equal values stay together: x = [1, 1, 2], y = [0, 1, 1]; the only threshold is 1.5, with both"
                                + " 1s on the left (nLeft = 2, i_L = ½)",
                        node(new double[] {1, 1, 2}, new int[] {0, 1, 1}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("minSamplesLeaf = 2 on both children: x = [1, 2, 3, 4, 5, 6], y = [0, 1, 0, 1, 0, 1]; t = 1.5"
                                + " and t = 5.5 would cut off one pure row, but only t = 2.5, 3.5 and 4.5 leave 2 rows"
                                + " on each side, and t = 3.5 is the best of those (improvement 1/18)",
                        node(new double[] {1, 2, 3, 4, 5, 6}, new int[] {0, 1, 0, 1, 0, 1}, 2, 2), Tolerance.ROUNDOFF)
                .agrees("a tie goes to the lowest threshold: x = [1, 2, 3, 4], y = [0, 1, 1, 0]; t = 1.5 and t = 3.5"
                                + " both cut off one pure row (improvement 1/6), so t = 1.5",
                        node(new double[] {1, 2, 3, 4}, new int[] {0, 1, 1, 0}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("a pure node still has a best split, the first: x = [1, 2, 3, 4, 5], y = [1, 1, 1, 1, 1] gives"
                                + " Split(0, 1.5, 1, 4, 0, 0, 0, 0)",
                        node(new double[] {1, 2, 3, 4, 5}, new int[] {1, 1, 1, 1, 1}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("one row: no split, Split(−1, NaN, 1, 0, 0, ∞, ∞, −∞)",
                        node(new double[] {3}, new int[] {1}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("a constant feature: no split, x = [2, 2, 2], y = [0, 1, 0] gives Split(−1, NaN, 3, 0, 4/9, ∞,"
                                + " ∞, −∞)",
                        node(new double[] {2, 2, 2}, new int[] {0, 1, 0}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("no position leaves minSamplesLeaf = 2 rows on both sides of 3 rows: no split",
                        node(new double[] {1, 2, 3}, new int[] {0, 1, 0}, 2, 2), Tolerance.ROUNDOFF)
                .agrees("negative and unsorted values: x = [0.5, −1, 0, −0.5], y = [1, 0, 1, 0] gives t = −0.25",
                        node(new double[] {0.5, -1, 0, -0.5}, new int[] {1, 0, 1, 0}, 2, 1), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random nodes (up to 12 rows, 3 classes, minSamplesLeaf 1 to 3)", NODES,
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on nodes of 20 to 60 rows", LARGER_NODES, Tolerance.ROUNDOFF)
                .holds("the split describes its own rows, is allowed, and no allowed threshold improves the impurity"
                                + " more (or as much with a lower t)", NODES,
                        (c, run) -> SplitCandidates.expectBest(Matrix.column(c.vector("x")), c.labels("y"),
                                c.integer("k"), c.integer("minSamplesLeaf"), run.on(c), true))
                .rejects("rejects a NaN in x", node(new double[] {1, Double.NaN}, new int[] {0, 1}, 2, 1),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite x", node(new double[] {Double.NEGATIVE_INFINITY, 1}, new int[] {0, 1}, 2, 1),
                        IllegalArgumentException.class)
                .rejects("rejects y of another length: x has 3 values, y 2",
                        node(new double[] {1, 2, 3}, new int[] {0, 1}, 2, 1), ShapeMismatchException.class)
                .rejects("rejects a label equal to k: y = [0, 2], k = 2", node(new double[] {1, 2}, new int[] {0, 2}, 2, 1),
                        IllegalArgumentException.class)
                .rejects("rejects minSamplesLeaf = 0", node(new double[] {1, 2}, new int[] {0, 1}, 2, 0),
                        IllegalArgumentException.class)
                .rejects("rejects an empty node: x = [], y = []", node(new double[0], new int[0], 2, 1),
                        IllegalArgumentException.class);
    }

    /** n rows in [min, max], values from {−1, −½, …, 2}, 3 classes, minSamplesLeaf 1 to 3, a unique best split. */
    private static CaseGen nodes(int min, int max) {
        return CaseGen.create().dim("n", min, max).vector("x", "n", rng -> rng.nextInt(7) / 2.0 - 1)
                .labels("y", "n", 3).integer("k", 3, 3).integer("minSamplesLeaf", 1, 3)
                .require("the best split is unique: no exact tie that rounding could break either way",
                        c -> SplitCandidates.uniqueBest(Matrix.column(c.vector("x")), c.labels("y"), c.integer("k"),
                                c.integer("minSamplesLeaf")));
    }

    private static Case node(double[] x, int[] y, int k, int minSamplesLeaf) {
        return Case.of("x", x, "y", y, "k", k, "minSamplesLeaf", minSamplesLeaf);
    }
}
