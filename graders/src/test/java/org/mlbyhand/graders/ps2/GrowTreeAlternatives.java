package org.mlbyhand.graders.ps2;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.ClassificationCriterion;
import org.mlbyhand.core.tree.Impurity;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.core.tree.Splitter;
import org.mlbyhand.core.tree.TreeArrays;
import org.mlbyhand.grading.Alternative;

/**
 * Correct tree growers written differently from core's (a stack of pending nodes and the presorted
 * sweep): recursion with core's Splitter per node, an explicit stack with the phase-1 sweep per
 * column, and recursion with the naive O(n²) split per column. Each must be graded solved.
 */
final class GrowTreeAlternatives {
    private GrowTreeAlternatives() {
    }

    static final List<Alternative<GrowTreeGrader.Grow>> ALL = List.of(
            new Alternative<>("recursion, core's Splitter.bestSplit on each node's rows",
                    (X, y, d, s, l) -> GrowTreeBugs.grow(X, y, d, s, l, GrowTreeBugs.Mistake.NONE)),
            new Alternative<>("an explicit stack (right pushed first), a sorted sweep per column",
                    GrowTreeAlternatives::withStack),
            new Alternative<>("recursion, the naive split per column, leaves tested after the search",
                    GrowTreeAlternatives::naive));

    private static TreeArrays withStack(Matrix X, int[] y, int maxDepth, int minSamplesSplit, int minSamplesLeaf) {
        int k = TreeRules.checked(X, y, maxDepth, minSamplesSplit, minSamplesLeaf);
        record Pending(int parent, boolean isLeft, int[] rows, int depth) {
        }
        GrowTreeBugs.Nodes nodes = new GrowTreeBugs.Nodes();
        Deque<Pending> stack = new ArrayDeque<>();
        stack.push(new Pending(-1, false, TreeRules.allRows(X.rows()), 0));
        while (!stack.isEmpty()) {
            Pending p = stack.pop();
            int t = nodes.add();
            if (p.parent() >= 0) {
                (p.isLeft() ? nodes.left : nodes.right).set(p.parent(), t);
            }
            int[] ys = TreeRules.take(y, p.rows());
            double[] counts = NodeInputs.counts(ys, k);
            nodes.value.set(t, counts);
            nodes.impurity.set(t, Impurity.gini(counts));
            nodes.samples.set(t, p.rows().length);
            if (p.depth() >= maxDepth || p.rows().length < minSamplesSplit || Impurity.gini(counts) == 0.0) {
                continue;
            }
            Matrix Xt = X.selectRows(p.rows());
            Split best = null;
            for (int j = 0; j < X.cols(); j++) {
                Split s = FeatureSplitBugs.split(Xt.column(j), ys, k, minSamplesLeaf, FeatureSplitBugs.Mistake.NONE);
                if (s.found() && (best == null || s.improvement() > best.improvement())) {
                    best = new Split(j, s.threshold(), s.nLeft(), s.nRight(), s.impurity(), s.impurityLeft(),
                            s.impurityRight(), s.improvement());
                }
            }
            if (best == null) {
                continue;
            }
            nodes.feature.set(t, best.feature());
            nodes.threshold.set(t, best.threshold());
            int f = best.feature();
            double thr = best.threshold();
            int[] right = Arrays.stream(p.rows()).filter(i -> X.get(i, f) > thr).toArray();
            int[] left = Arrays.stream(p.rows()).filter(i -> X.get(i, f) <= thr).toArray();
            stack.push(new Pending(t, false, right, p.depth() + 1));
            stack.push(new Pending(t, true, left, p.depth() + 1));
        }
        return nodes.arrays();
    }

    private static TreeArrays naive(Matrix X, int[] y, int maxDepth, int minSamplesSplit, int minSamplesLeaf) {
        int k = TreeRules.checked(X, y, maxDepth, minSamplesSplit, minSamplesLeaf);
        GrowTreeBugs.Nodes nodes = new GrowTreeBugs.Nodes();
        naiveNode(nodes, X, y, k, TreeRules.allRows(X.rows()), 0, maxDepth, minSamplesSplit, minSamplesLeaf);
        return nodes.arrays();
    }

    private static int naiveNode(GrowTreeBugs.Nodes nodes, Matrix X, int[] y, int k, int[] rows, int depth, int maxDepth,
                                 int minSamplesSplit, int minSamplesLeaf) {
        int t = nodes.add();
        int[] ys = TreeRules.take(y, rows);
        double[] counts = new double[k];
        for (int label : ys) {
            counts[label] += 1.0;
        }
        double gini = 1.0;
        for (double c : counts) {
            gini -= (c / rows.length) * (c / rows.length);
        }
        nodes.value.set(t, counts);
        nodes.impurity.set(t, gini);
        nodes.samples.set(t, rows.length);
        Split best = null;
        for (int j = 0; j < X.cols(); j++) {
            double[] x = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                x[r] = X.get(rows[r], j);
            }
            Split s = Splitter.bestSplitNaive(x, ys, k, ClassificationCriterion.GINI, minSamplesLeaf);
            if (s.found() && (best == null || s.improvement() > best.improvement())) {
                best = new Split(j, s.threshold(), s.nLeft(), s.nRight(), s.impurity(), s.impurityLeft(),
                        s.impurityRight(), s.improvement());
            }
        }
        boolean pure = Arrays.stream(ys).allMatch(label -> label == ys[0]);
        if (best == null || pure || depth >= maxDepth || rows.length < minSamplesSplit) {
            return t;
        }
        int f = best.feature();
        double thr = best.threshold();
        int left = naiveNode(nodes, X, y, k, Arrays.stream(rows).filter(i -> X.get(i, f) <= thr).toArray(), depth + 1,
                maxDepth, minSamplesSplit, minSamplesLeaf);
        int right = naiveNode(nodes, X, y, k, Arrays.stream(rows).filter(i -> X.get(i, f) > thr).toArray(), depth + 1,
                maxDepth, minSamplesSplit, minSamplesLeaf);
        nodes.left.set(t, left);
        nodes.right.set(t, right);
        nodes.feature.set(t, f);
        nodes.threshold.set(t, thr);
        return t;
    }
}
