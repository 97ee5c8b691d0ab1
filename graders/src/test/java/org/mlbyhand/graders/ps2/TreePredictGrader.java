package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.tree.ClassificationTree;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.RegressionTree;
import org.mlbyhand.core.tree.Tree;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Comparison;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code TreePredict}: the value of the leaf each row reaches, from scikit-learn's parallel
 * arrays. Core walks only its own fitted trees, so the agreement checks compare with the same walk on
 * the given arrays ({@link TreeWalk}, core's {@code Tree.apply} loop), on random trees whose shrinker
 * prunes subtrees ({@link TreeCases}); one invariant then grows trees with core's
 * {@link DecisionTreeRegressor} and demands {@link RegressionTree#predict} itself. Prediction moves
 * numbers without arithmetic, hence {@link Tolerance#EXACT}.
 */
public final class TreePredictGrader extends Grader<TreePredictGrader.Predict> {
    private static final TreeCases TREES = new TreeCases();
    /** Training rows on the halves of [−1, 1] (so thresholds on quarters), rows to predict on the quarters. */
    private static final CaseGen TRAINING = CaseGen.create().dim("n", 1, 12).dim("p", 1, 3).dim("m", 1, 5)
            .value("Xtrain", Matrix.class, List.of("n", "p"), (rng, s) -> grid(rng, s[0], s[1], 2), X -> true)
            .vector("ytrain", "n", rng -> rng.nextInt(10)).integer("maxDepth", 1, 4)
            .value("X", Matrix.class, List.of("m", "p"), (rng, s) -> grid(rng, s[0], s[1], 4), X -> true);

    /** The exercise's signature: {@code predict(childrenLeft, childrenRight, feature, threshold, value, X)}. */
    @FunctionalInterface
    public interface Predict {
        /** Returns the value of the leaf each row of X reaches. */
        double[] predict(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold, double[] value,
                         Matrix X);
    }

    @Override
    public Exercise exercise() {
        return exercise(60, "tree-predict", "Predict with a fitted tree", 15);
    }

    @Override
    public Predict reference() {
        return TreeWalk::predict;
    }

    @Override
    public List<Bug<Predict>> bugs() {
        return TreePredictBugs.ALL;
    }

    @Override
    public List<Alternative<Predict>> alternatives() {
        return TreePredictAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Tree.class), Forbidden.type(RegressionTree.class),
                Forbidden.type(ClassificationTree.class));
    }

    @Override
    public Object call(Predict predict, Case c) {
        return predict.predict(c.labels("childrenLeft"), c.labels("childrenRight"), c.labels("feature"),
                c.vector("threshold"), c.vector("value"), c.matrix("X"));
    }

    @Override
    public String output() {
        return "ŷ";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper, one question x[0] ≤ 0.5 with leaves 10 and 30: the rows 0.2, 0.5 and 0.9 give 10,"
                                + " 10 (0.5 ≤ 0.5 goes left) and 30",
                        TreeCases.tree(new int[] {1, -1, -1}, new int[] {2, -1, -1}, new int[] {0, -2, -2},
                                new double[] {0.5, -2, -2}, new double[] {20, 10, 30},
                                Matrix.of(new double[][] {{0.2}, {0.5}, {0.9}})),
                        Tolerance.EXACT)
                .agrees("depth 2: node 0 asks x[0] ≤ 2 (no: leaf 4, value 30), node 1 asks x[1] ≤ 0 (leaves 2 and 3,"
                                + " values 10 and 20); [1, −1] → 10, [1, 5] → 20, [3, 0] → 30, [2, 0] → 10",
                        TreeCases.tree(new int[] {1, 2, -1, -1, -1}, new int[] {4, 3, -1, -1, -1},
                                new int[] {0, 1, -2, -2, -2}, new double[] {2, 0, -2, -2, -2},
                                new double[] {18, 15, 10, 20, 30},
                                Matrix.of(new double[][] {{1, -1}, {1, 5}, {3, 0}, {2, 0}})),
                        Tolerance.EXACT)
                .agrees("a tree of one node is a leaf: every row gets value[0] = 7",
                        TreeCases.tree(new int[] {-1}, new int[] {-1}, new int[] {-2}, new double[] {-2},
                                new double[] {7}, Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}})),
                        Tolerance.EXACT)
                .agrees("no rows to predict: an empty ŷ",
                        TreeCases.tree(new int[] {1, -1, -1}, new int[] {2, -1, -1}, new int[] {0, -2, -2},
                                new double[] {0.5, -2, -2}, new double[] {20, 10, 30}, Matrix.zeros(0, 1)),
                        Tolerance.EXACT)
                .agrees("matches the walk on random trees (depth up to 4, up to 3 features, rows often exactly on a"
                        + " threshold)", TREES, Tolerance.EXACT)
                .holds("predicts as core's fitted DecisionTreeRegressor does, on trees it grows from random data",
                        TRAINING, TreePredictGrader::asCoreGrows)
                .holds("each row's prediction depends on that row only: one row at a time gives the same ŷ", TREES,
                        TreePredictGrader::rowByRow)
                .rejects("rejects a NaN in X",
                        TreeCases.tree(new int[] {1, -1, -1}, new int[] {2, -1, -1}, new int[] {0, -2, -2},
                                new double[] {0.5, -2, -2}, new double[] {20, 10, 30},
                                Matrix.of(new double[][] {{0.2}, {Double.NaN}})),
                        IllegalArgumentException.class)
                .rejects("rejects node arrays of different lengths: value has 2 entries for 3 nodes",
                        TreeCases.tree(new int[] {1, -1, -1}, new int[] {2, -1, -1}, new int[] {0, -2, -2},
                                new double[] {0.5, -2, -2}, new double[] {10, 30},
                                Matrix.of(new double[][] {{0.2}})),
                        ShapeMismatchException.class)
                .rejects("rejects a tree of no node",
                        Case.of("childrenLeft", new int[0], "childrenRight", new int[0], "feature", new int[0],
                                "threshold", new double[0], "value", new double[0], "X", Matrix.of(new double[][] {{1}})),
                        IllegalArgumentException.class);
    }

    /** Grows a tree with core, gives the learner its arrays, and demands core's own prediction. */
    private static void asCoreGrows(Case c, Invariant.Run run) {
        int maxDepth = c.integer("maxDepth");
        RegressionTree model = new DecisionTreeRegressor().withMaxDepth(maxDepth)
                .fit(c.matrix("Xtrain"), c.vector("ytrain"));
        Tree tree = model.tree();
        double[] value = Arrays.stream(tree.value()).mapToDouble(v -> v[0]).toArray();
        Case arrays = TreeCases.tree(tree.childrenLeft(), tree.childrenRight(), tree.feature(), tree.threshold(),
                value, c.matrix("X"));
        Object yHat = run.on(arrays);
        String difference = Comparison.difference("ŷ", model.predict(c.matrix("X")), yHat, Tolerance.EXACT);
        Expect.that(difference == null, "on the tree DecisionTreeRegressor().withMaxDepth(" + maxDepth + ") grows from"
                + " Xtrain and ytrain, " + arrays + ": " + difference);
    }

    /** The prediction of each row alone equals its entry in the prediction of all rows. */
    private static void rowByRow(Case c, Invariant.Run run) {
        Object all = run.on(c);
        Expect.that(all instanceof double[], "your code must return a double[].");
        Matrix X = c.matrix("X");
        for (int i = 0; i < X.rows(); i++) {
            Matrix row = Matrix.of(new double[][] {X.row(i)});
            Object alone = run.on(TreeCases.tree(c.labels("childrenLeft"), c.labels("childrenRight"),
                    c.labels("feature"), c.vector("threshold"), c.vector("value"), row));
            Expect.that(alone instanceof double[] && ((double[]) alone).length == 1
                            && ((double[]) alone)[0] == ((double[]) all)[i],
                    "row " + i + " of X, " + MatrixFormat.format(X.row(i)) + ", is predicted "
                            + MatrixFormat.number(((double[]) all)[i]) + " among all rows but "
                            + (alone instanceof double[] ? MatrixFormat.format((double[]) alone) : alone)
                            + " on its own.");
        }
    }

    /** An n×p matrix of multiples of 1/steps in [−1, 1]. */
    private static Matrix grid(Rng rng, int n, int p, int steps) {
        Matrix X = Matrix.zeros(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                X.set(i, j, rng.nextInt(-steps, steps) / (double) steps);
            }
        }
        return X;
    }
}
