package org.mlbyhand.graders.ps2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.Impurity;
import org.mlbyhand.core.tree.Tree;
import org.mlbyhand.core.tree.TreeArrays;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Tolerance;

/**
 * The rules of a grown Gini tree, for the grow-tree grader: the training sets it draws (every node the
 * tree tries to split has a unique best split in exact arithmetic, so that no correct search can break
 * a tie differently by rounding), the input checks as core makes them (for the bugs and alternatives),
 * and the invariant that needs no reference: the arrays describe a tree in depth-first order whose
 * every node describes the training rows that reach it and obeys the stopping rules, and whose every
 * split is the best allowed one.
 */
final class TreeRules {
    /** Up to 12 rows of 1 to 3 features on the halves of [−1, 2], 3 classes, rules drawn in range. */
    static final CaseGen TRAINING_SETS = CaseGen.create().dim("n", 1, 12).dim("p", 1, 3)
            .value("X", Matrix.class, List.of("n", "p"), (rng, s) -> grid(rng, s[0], s[1]), X -> true)
            .labels("y", "n", 3).integer("maxDepth", 1, 5).integer("minSamplesSplit", 2, 5)
            .integer("minSamplesLeaf", 1, 3)
            .require("every node the tree tries to split has one best split: no exact tie that rounding could break",
                    TreeRules::tieFree);

    private TreeRules() {
    }

    /** The case X, y, maxDepth, minSamplesSplit, minSamplesLeaf. */
    static Case training(double[][] X, int[] y, int maxDepth, int minSamplesSplit, int minSamplesLeaf) {
        return Case.of("X", Matrix.of(X), "y", y, "maxDepth", maxDepth, "minSamplesSplit", minSamplesSplit,
                "minSamplesLeaf", minSamplesLeaf);
    }

    /** Core's tree: DecisionTreeClassifier with these rules, its arrays. */
    static TreeArrays reference(Matrix X, int[] y, int maxDepth, int minSamplesSplit, int minSamplesLeaf) {
        return new DecisionTreeClassifier().withMaxDepth(maxDepth).withMinSamplesSplit(minSamplesSplit)
                .withMinSamplesLeaf(minSamplesLeaf).fit(X, y).tree().arrays();
    }

    /**
     * The checks core makes, in its order (the rules, then X, then y); returns k = max(y) + 1.
     *
     * @throws IllegalArgumentException for a rule out of range, an empty or non-finite X, a negative label
     * @throws ShapeMismatchException if y's length is not n
     */
    static int checked(Matrix X, int[] y, int maxDepth, int minSamplesSplit, int minSamplesLeaf) {
        String who = "GrowTree.grow";
        if (maxDepth < 1 || minSamplesSplit < 2 || minSamplesLeaf < 1) {
            throw new IllegalArgumentException(who + ": maxDepth = " + maxDepth + ", minSamplesSplit = "
                    + minSamplesSplit + ", minSamplesLeaf = " + minSamplesLeaf);
        }
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape());
        }
        NodeInputs.finite(who, X);
        if (y.length != X.rows()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", y has length " + y.length);
        }
        int max = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + " is negative");
            }
            max = Math.max(max, y[i]);
        }
        return max + 1;
    }

    /** True when every node core's tree tries to split (by depth, size and purity) has a unique best split. */
    static boolean tieFree(Case c) {
        Matrix X = c.matrix("X");
        int[] y = c.labels("y");
        int maxDepth = c.integer("maxDepth");
        int minSamplesSplit = c.integer("minSamplesSplit");
        int minSamplesLeaf = c.integer("minSamplesLeaf");
        TreeArrays tree = reference(X, y, maxDepth, minSamplesSplit, minSamplesLeaf);
        int k = tree.value().cols();
        List<int[]> rows = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        walk(tree, 0, allRows(X.rows()), 0, X, rows, depths);
        for (int t = 0; t < rows.size(); t++) {
            int[] r = rows.get(t);
            boolean tried = depths.get(t) < maxDepth && r.length >= minSamplesSplit
                    && Impurity.gini(NodeInputs.counts(take(y, r), k)) > 0.0;
            if (tried && !SplitCandidates.uniqueBest(X.selectRows(r), take(y, r), k, minSamplesLeaf)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The invariant: {@code result} is a tree in depth-first order (left first) whose nodes describe
     * the rows of X that reach them (counts, impurity, size), split only where the rules allow, stop
     * only where they say to, and split at the best allowed threshold (ties: the lowest feature, then
     * the lowest threshold).
     */
    static void expectGrownByTheRules(Case c, Object result) {
        Expect.that(result instanceof TreeArrays, "your code must return a TreeArrays (new TreeArrays(childrenLeft,"
                + " childrenRight, feature, threshold, value, impurity, nNodeSamples)).");
        TreeArrays tree = (TreeArrays) result;
        Matrix X = c.matrix("X");
        int[] y = c.labels("y");
        int k = Arrays.stream(y).max().orElse(0) + 1;
        int nodes = tree.nodeCount();
        Expect.that(nodes >= 1, "your tree has no node; a tree has at least its root.");
        Expect.that(tree.value().cols() == k, "value must have k = max(y) + 1 = " + k + " columns, one per class,"
                + " but yours has " + tree.value().cols() + ".");
        int[] order = preorder(tree);
        Expect.that(order != null, "your node ids are not in depth-first order, left child first (a split node t"
                + " has its left child at t + 1 and its right child right after the left subtree, every id used"
                + " once): " + MatrixFormat.format(intsAsDoubles(tree.childrenLeft())) + " and "
                + MatrixFormat.format(intsAsDoubles(tree.childrenRight())) + ".");
        List<int[]> rows = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        walk(tree, 0, allRows(X.rows()), 0, X, rows, depths);
        int maxDepth = c.integer("maxDepth");
        int minSamplesSplit = c.integer("minSamplesSplit");
        int minSamplesLeaf = c.integer("minSamplesLeaf");
        for (int t = 0; t < nodes; t++) {
            int[] r = rows.get(t);
            String node = "node " + t + " (depth " + depths.get(t) + ", the rows " + MatrixFormat.format(intsAsDoubles(r))
                    + " of X)";
            Expect.that(r.length > 0, node + " is reached by no training row: a split must leave rows on both sides.");
            double[] counts = NodeInputs.counts(take(y, r), k);
            Expect.that(tree.nNodeSamples()[t] == r.length, node + ": nNodeSamples must be its number of rows, "
                    + r.length + ", not " + tree.nNodeSamples()[t] + ".");
            Expect.that(Arrays.equals(tree.value().row(t), counts), node + ": value must be its class counts "
                    + MatrixFormat.format(counts) + ", not " + MatrixFormat.format(tree.value().row(t)) + ".");
            double gini = Impurity.gini(counts);
            Expect.that(Math.abs(tree.impurity()[t] - gini) <= Tolerance.ROUNDOFF.relative(), node
                    + ": impurity must be the Gini impurity of its counts, " + MatrixFormat.number(gini) + ", not "
                    + MatrixFormat.number(tree.impurity()[t]) + "  (tolerance " + Tolerance.ROUNDOFF + ").");
            boolean leaf = tree.childrenLeft()[t] == Tree.TREE_LEAF;
            Expect.that(!leaf || tree.feature()[t] == Tree.TREE_UNDEFINED && tree.threshold()[t] == Tree.TREE_UNDEFINED,
                    node + " is a leaf: its feature and threshold must be −2 (Tree.TREE_UNDEFINED), not "
                            + tree.feature()[t] + " and " + MatrixFormat.number(tree.threshold()[t]) + ".");
            SplitCandidates.Candidate best = SplitCandidates.best(SplitCandidates.of(X.selectRows(r), take(y, r), k,
                    minSamplesLeaf));
            String stop = depths.get(t) >= maxDepth ? "it is at depth maxDepth = " + maxDepth
                    : r.length < minSamplesSplit ? "it has fewer than minSamplesSplit = " + minSamplesSplit + " rows"
                    : gini == 0.0 ? "it is pure" : best == null ? "no split leaves minSamplesLeaf = " + minSamplesLeaf
                    + " rows on both sides" : null;
            if (leaf) {
                Expect.that(stop != null, node + " is a leaf, but no rule stops there (depth < maxDepth = " + maxDepth
                        + ", at least minSamplesSplit = " + minSamplesSplit + " rows, impure, and an allowed split"
                        + " exists: column " + (best == null ? "?" : best.feature() + " ≤ "
                        + MatrixFormat.number(best.threshold())) + ").");
                continue;
            }
            Expect.that(stop == null, node + " is split, but " + stop + ": it must be a leaf.");
            int f = tree.feature()[t];
            Expect.that(f >= 0 && f < X.cols(), node + " splits on feature " + f + ", which is not a column of X.");
            int nLeft = rows.get(tree.childrenLeft()[t]).length;
            int nRight = rows.get(tree.childrenRight()[t]).length;
            Expect.that(nLeft >= minSamplesLeaf && nRight >= minSamplesLeaf, node + " splits into " + nLeft + " and "
                    + nRight + " rows: each child must keep minSamplesLeaf = " + minSamplesLeaf + ".");
            Expect.that(best.feature() == f && best.threshold() == tree.threshold()[t], node + " splits at column "
                    + f + " ≤ " + MatrixFormat.number(tree.threshold()[t]) + ", but the best allowed split of its rows"
                    + " (largest impurity decrease, then the lowest feature and threshold, the threshold halfway"
                    + " between neighbouring values) is column " + best.feature() + " ≤ "
                    + MatrixFormat.number(best.threshold()) + ".");
        }
    }

    /**
     * Returns the ids in the order a depth-first, left-first walk from the root visits them, or null
     * unless that order is 0, 1, 2, … and reaches every node exactly once.
     */
    private static int[] preorder(TreeArrays tree) {
        int nodes = tree.nodeCount();
        int[] order = new int[nodes];
        int[] next = {0};
        return visit(tree, 0, order, next) && next[0] == nodes ? order : null;
    }

    private static boolean visit(TreeArrays tree, int t, int[] order, int[] next) {
        if (t != next[0] || t >= order.length) {
            return false;
        }
        order[next[0]++] = t;
        int left = tree.childrenLeft()[t];
        int right = tree.childrenRight()[t];
        if (left == Tree.TREE_LEAF || right == Tree.TREE_LEAF) {
            return left == right;
        }
        return visit(tree, left, order, next) && visit(tree, right, order, next);
    }

    /** Records, by node id, the rows of X that reach each node of a well-formed tree and its depth. */
    private static void walk(TreeArrays tree, int t, int[] rows, int depth, Matrix X, List<int[]> out,
                             List<Integer> depths) {
        while (out.size() <= t) {
            out.add(new int[0]);
            depths.add(0);
        }
        out.set(t, rows);
        depths.set(t, depth);
        if (tree.childrenLeft()[t] == Tree.TREE_LEAF) {
            return;
        }
        int f = tree.feature()[t];
        double thr = tree.threshold()[t];
        if (f < 0 || f >= X.cols()) {
            walk(tree, tree.childrenLeft()[t], new int[0], depth + 1, X, out, depths);
            walk(tree, tree.childrenRight()[t], new int[0], depth + 1, X, out, depths);
            return;
        }
        walk(tree, tree.childrenLeft()[t], Arrays.stream(rows).filter(i -> X.get(i, f) <= thr).toArray(), depth + 1,
                X, out, depths);
        walk(tree, tree.childrenRight()[t], Arrays.stream(rows).filter(i -> X.get(i, f) > thr).toArray(), depth + 1,
                X, out, depths);
    }

    static int[] allRows(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    static int[] take(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = y[rows[k]];
        }
        return out;
    }

    private static double[] intsAsDoubles(int[] v) {
        return Arrays.stream(v).asDoubleStream().toArray();
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
}
