package org.mlbyhand.core.tree;

import java.util.ArrayDeque;
import java.util.Deque;
import org.mlbyhand.core.random.Rng;

/**
 * Grows a tree depth first, scikit-learn 1.2's {@code DepthFirstTreeBuilder}: a stack of nodes to
 * expand, each node decided by
 * <pre>{@code
 *   leaf  ⇐  depth ≥ maxDepth  or  n_t < minSamplesSplit'  or  n_t < 2·minSamplesLeaf  or  i_t ≤ ε
 *   else split = the best split; leaf anyway  ⇐  no split exists  or  improvement + ε < minImpurityDecrease
 * }</pre>
 * with minSamplesSplit' = max(minSamplesSplit, 2·minSamplesLeaf) and ε = 2⁻⁵² ≈ 2.22e-16 (numpy's
 * float64 eps: "impurity == 0 up to rounding", and the slack that keeps a 0 improvement from failing
 * minImpurityDecrease = 0). The root's impurity is computed from its totals; every other node's is the
 * one its parent's split computed for it. After a split the right child is pushed, then the left, so
 * node ids are a preorder with the left subtree first, and every node (leaves and split nodes) stores
 * its value. Rows of weight 0 are left out from the start (they count in no node).
 */
final class TreeBuilder {
    /** numpy's float64 eps, scikit-learn's EPSILON in {@code _tree.pyx}. */
    static final double EPSILON = Math.ulp(1.0);

    private record Frame(int start, int end, int depth, int parent, boolean isLeft, double impurity) {
    }

    private TreeBuilder() {
    }

    /**
     * Returns the grown (unpruned) tree.
     *
     * @param X      n×p training features, checked and presorted (not modified)
     * @param w      length n sample weights, ≥ 0 with a positive sum, checked (not modified)
     * @param stats  the criterion's statistics over y and w
     * @param params the hyper-parameters
     */
    static Tree grow(PresortedFeatures X, double[] w, NodeStatistics stats, TreeParameters params) {
        int positive = positiveRows(w);
        int maxFeatures = params.maxFeatures().resolve(X.cols());
        NodeSplitter splitter = new NodeSplitter(X, w, positive, stats, params.minSamplesLeaf(), maxFeatures, new Rng(params.randomState()));
        int minSamplesSplit = Math.max(params.minSamplesSplit(), 2 * params.minSamplesLeaf());
        NodeList nodes = new NodeList();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(0, positive, 0, -1, false, Double.POSITIVE_INFINITY));
        boolean first = true;
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            int n = f.end() - f.start();
            splitter.initNode(f.start(), f.end());
            double impurity = first ? stats.nodeImpurity() : f.impurity();
            first = false;
            boolean isLeaf = f.depth() >= params.maxDepth() || n < minSamplesSplit || n < 2 * params.minSamplesLeaf()
                    || impurity <= EPSILON;
            Split split = null;
            if (!isLeaf) {
                split = splitter.split(f.start(), f.end(), impurity);
                isLeaf = !split.found() || split.improvement() + EPSILON < params.minImpurityDecrease();
            }
            int id = nodes.add(f.parent(), f.isLeft(), isLeaf, isLeaf ? 0 : split.feature(), isLeaf ? 0.0 : split.threshold(),
                    stats.nodeValue(), impurity, n, stats.weightedNNodeSamples, f.depth());
            if (!isLeaf) {
                int pos = f.start() + split.nLeft();
                splitter.partition(split, f.start(), f.end());
                stack.push(new Frame(pos, f.end(), f.depth() + 1, id, false, split.impurityRight()));
                stack.push(new Frame(f.start(), pos, f.depth() + 1, id, true, split.impurityLeft()));
            }
        }
        return nodes.toTree(X.cols());
    }

    /** The number of rows of positive weight (scikit-learn's splitter drops rows of weight 0). */
    private static int positiveRows(double[] w) {
        int count = 0;
        for (double wi : w) {
            count += wi > 0.0 ? 1 : 0;
        }
        return count;
    }
}
