package org.mlbyhand.graders.ps2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.ClassificationCriterion;
import org.mlbyhand.core.tree.Impurity;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.core.tree.Splitter;
import org.mlbyhand.core.tree.Tree;
import org.mlbyhand.core.tree.TreeArrays;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in growing a tree, each a complete recursive grower (core's Splitter for each node's
 * split, as the exercise allows) the grader must reject. On x = [1, …, 6], y = [0, 0, 1, 1, 1, 0] (the
 * root splits at 2.5, its pure left child {1, 2} is a leaf, the right child {3, …, 6} splits at 5.5):
 * splitting the pure node adds a split of {1, 2}; the right subtree first, a node after its children,
 * −1 at a leaf and proportions all show in the arrays. With maxDepth = 1 the depth checked with
 * {@code >} grows node 2's split, the root at depth 1 leaves a single leaf, and the leaf's impurity at 0
 * shows on {3, …, 6} (0.375). The level order shows only when the left child is split too (y = [0, 1, 1,
 * 1, 0, 0]); {@code n <= minSamplesSplit} with minSamplesSplit = 4 (node 2 has 4 rows); minSamplesLeaf =
 * 2 checked on the node lets node 2 split at 5.5 with a child of one row (the rule allows only 4.5).
 */
final class GrowTreeBugs {
    private GrowTreeBugs() {
    }

    enum Mistake {
        NONE, PURE_SPLIT, RIGHT_FIRST, AFTER_CHILDREN, LEAF_MINUS_ONE, PROPORTIONS, TOO_DEEP, ROOT_AT_ONE,
        LEAF_IMPURITY_ZERO, LEVEL_ORDER, SPLIT_AT_EQUAL, LEAF_ON_NODE
    }

    static final List<Bug<GrowTreeGrader.Grow>> ALL = List.of(
            new Bug<>("a pure node split anyway",
                    "a pure node (impurity 0, every row of one class) is a leaf: no split can improve it, and the"
                            + " split search still returns its first candidate. Stop when the node's impurity is 0.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.PURE_SPLIT)),
            new Bug<>("the right subtree numbered first",
                    "ids are depth first with the left subtree first: grow the left child (ids t + 1, …) before"
                            + " the right one, whose id comes after the whole left subtree.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.RIGHT_FIRST)),
            new Bug<>("a node numbered after its children",
                    "the root must be node 0: reserve a node's id (append it) before growing its children, and fill"
                            + " in childrenLeft and childrenRight when they return.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.AFTER_CHILDREN)),
            new Bug<>("−1 for a leaf's feature and threshold",
                    "at a leaf only the children are −1 (TREE_LEAF); its feature and threshold are −2"
                            + " (TREE_UNDEFINED), as scikit-learn's tree_ stores them.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.LEAF_MINUS_ONE)),
            new Bug<>("proportions in value",
                    "value[t] holds the node's class counts N_c (as doubles), not the proportions N_c/n: scikit-learn"
                            + " 1.2's tree_.value, which predictProba divides by their sum.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.PROPORTIONS)),
            new Bug<>("depth > maxDepth",
                    "the root is at depth 0 and its children at depth 1: a node at depth maxDepth is already as deep"
                            + " as a leaf may be. Stop when depth ≥ maxDepth, not only when depth > maxDepth.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.TOO_DEEP)),
            new Bug<>("the root at depth 1",
                    "the root is at depth 0: with maxDepth = 1 it still splits once (a stump), and its children, at"
                            + " depth 1, are leaves.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.ROOT_AT_ONE)),
            new Bug<>("a leaf's impurity left at 0",
                    "every node stores its impurity, leaves too: a leaf stopped by maxDepth or minSamplesSplit can be"
                            + " impure, and its Gini impurity is what cost-complexity pruning and the feature importances"
                            + " read.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.LEAF_IMPURITY_ZERO)),
            new Bug<>("level order",
                    "the ids are depth first, not level by level: after node t come its whole left subtree, then its"
                            + " right subtree. Recursion (or a stack, pushing the right child before the left) gives"
                            + " that order; a queue gives level order.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.LEVEL_ORDER)),
            new Bug<>("n <= minSamplesSplit",
                    "a node with exactly minSamplesSplit rows may still be split: it is a leaf only when n <"
                            + " minSamplesSplit.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.SPLIT_AT_EQUAL)),
            new Bug<>("minSamplesLeaf checked on the node before the split",
                    "minSamplesLeaf limits the children of a split, not the node: a split is allowed only if both"
                            + " children keep ≥ minSamplesLeaf rows. Pass it to the split search instead of testing the"
                            + " node's size against it.",
                    (X, y, d, s, l) -> grow(X, y, d, s, l, Mistake.LEAF_ON_NODE)));

    /** The tree's arrays as lists while it grows; a node is appended with placeholders and filled in later. */
    static final class Nodes {
        final List<Integer> left = new ArrayList<>();
        final List<Integer> right = new ArrayList<>();
        final List<Integer> feature = new ArrayList<>();
        final List<Double> threshold = new ArrayList<>();
        final List<double[]> value = new ArrayList<>();
        final List<Double> impurity = new ArrayList<>();
        final List<Integer> samples = new ArrayList<>();

        int add() {
            left.add(Tree.TREE_LEAF);
            right.add(Tree.TREE_LEAF);
            feature.add(Tree.TREE_UNDEFINED);
            threshold.add((double) Tree.TREE_UNDEFINED);
            value.add(null);
            impurity.add(0.0);
            samples.add(0);
            return left.size() - 1;
        }

        TreeArrays arrays() {
            return new TreeArrays(ints(left), ints(right), ints(feature),
                    threshold.stream().mapToDouble(Double::doubleValue).toArray(), Matrix.of(value.toArray(new double[0][])),
                    impurity.stream().mapToDouble(Double::doubleValue).toArray(), ints(samples));
        }

        private static int[] ints(List<Integer> list) {
            return list.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The recursive grower with one mistake (NONE: correct). */
    static TreeArrays grow(Matrix X, int[] y, int maxDepth, int minSamplesSplit, int minSamplesLeaf, Mistake mistake) {
        int k = TreeRules.checked(X, y, maxDepth, minSamplesSplit, minSamplesLeaf);
        Grower g = new Grower(X, y, k, maxDepth, minSamplesSplit, minSamplesLeaf, mistake);
        if (mistake == Mistake.LEVEL_ORDER) {
            g.levelOrder();
        } else {
            g.node(TreeRules.allRows(X.rows()), mistake == Mistake.ROOT_AT_ONE ? 1 : 0);
        }
        return g.nodes.arrays();
    }

    private static final class Grower {
        final Matrix X;
        final int[] y;
        final int k;
        final int maxDepth;
        final int minSamplesSplit;
        final int minSamplesLeaf;
        final Mistake mistake;
        final Nodes nodes = new Nodes();

        Grower(Matrix X, int[] y, int k, int maxDepth, int minSamplesSplit, int minSamplesLeaf, Mistake mistake) {
            this.X = X;
            this.y = y;
            this.k = k;
            this.maxDepth = maxDepth;
            this.minSamplesSplit = minSamplesSplit;
            this.minSamplesLeaf = minSamplesLeaf;
            this.mistake = mistake;
        }

        /** Grows the subtree of these rows and returns its root's id. */
        int node(int[] rows, int depth) {
            int t = mistake == Mistake.AFTER_CHILDREN ? -1 : nodes.add();
            Split split = split(rows, depth);
            if (split == null) {
                t = t < 0 ? nodes.add() : t;
                describe(t, rows, null);
                return t;
            }
            int[][] children = partition(rows, split);
            int left;
            int right;
            if (mistake == Mistake.RIGHT_FIRST) {
                right = node(children[1], depth + 1);
                left = node(children[0], depth + 1);
            } else {
                left = node(children[0], depth + 1);
                right = node(children[1], depth + 1);
            }
            t = t < 0 ? nodes.add() : t;
            nodes.left.set(t, left);
            nodes.right.set(t, right);
            describe(t, rows, split);
            return t;
        }

        /** Level order: a queue of (id, rows, depth). */
        void levelOrder() {
            record Pending(int id, int[] rows, int depth) {
            }
            Deque<Pending> queue = new ArrayDeque<>();
            queue.add(new Pending(nodes.add(), TreeRules.allRows(X.rows()), 0));
            while (!queue.isEmpty()) {
                Pending p = queue.poll();
                Split split = split(p.rows(), p.depth());
                describe(p.id(), p.rows(), split);
                if (split != null) {
                    int[][] children = partition(p.rows(), split);
                    int left = nodes.add();
                    int right = nodes.add();
                    nodes.left.set(p.id(), left);
                    nodes.right.set(p.id(), right);
                    queue.add(new Pending(left, children[0], p.depth() + 1));
                    queue.add(new Pending(right, children[1], p.depth() + 1));
                }
            }
        }

        /** The node's split, or null for a leaf. */
        Split split(int[] rows, int depth) {
            int n = rows.length;
            double impurity = Impurity.gini(NodeInputs.counts(TreeRules.take(y, rows), k));
            boolean leaf = (mistake == Mistake.TOO_DEEP ? depth > maxDepth : depth >= maxDepth)
                    || (mistake == Mistake.SPLIT_AT_EQUAL ? n <= minSamplesSplit : n < minSamplesSplit)
                    || mistake != Mistake.PURE_SPLIT && impurity == 0.0
                    || mistake == Mistake.LEAF_ON_NODE && n < minSamplesLeaf;
            if (leaf) {
                return null;
            }
            Split s = Splitter.bestSplit(X.selectRows(rows), TreeRules.take(y, rows), k, ClassificationCriterion.GINI,
                    mistake == Mistake.LEAF_ON_NODE ? 1 : minSamplesLeaf);
            return s.found() ? s : null;
        }

        int[][] partition(int[] rows, Split split) {
            int f = split.feature();
            double thr = split.threshold();
            return new int[][] {Arrays.stream(rows).filter(i -> X.get(i, f) <= thr).toArray(),
                    Arrays.stream(rows).filter(i -> X.get(i, f) > thr).toArray()};
        }

        void describe(int t, int[] rows, Split split) {
            double[] counts = NodeInputs.counts(TreeRules.take(y, rows), k);
            double impurity = Impurity.gini(counts);
            if (mistake == Mistake.PROPORTIONS) {
                for (int c = 0; c < k; c++) {
                    counts[c] /= rows.length;
                }
            }
            nodes.value.set(t, counts);
            nodes.samples.set(t, rows.length);
            nodes.impurity.set(t, mistake == Mistake.LEAF_IMPURITY_ZERO && split == null ? 0.0 : impurity);
            if (split != null) {
                nodes.feature.set(t, split.feature());
                nodes.threshold.set(t, split.threshold());
            } else if (mistake == Mistake.LEAF_MINUS_ONE) {
                nodes.feature.set(t, Tree.TREE_LEAF);
                nodes.threshold.set(t, (double) Tree.TREE_LEAF);
            }
        }
    }
}
