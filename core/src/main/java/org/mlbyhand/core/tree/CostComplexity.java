package org.mlbyhand.core.tree;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Minimal cost-complexity pruning (Breiman et al., 1984, ch. 3), scikit-learn 1.2's
 * {@code _cost_complexity_prune}. With R(t) = N_t/N·i_t the weighted impurity of node t as a leaf and
 * R(T_t) = Σ_{leaves l of T_t} R(l) that of its current branch, each internal node has the effective α
 * <pre>{@code
 *   α_eff(t) = (R(t) − R(T_t)) / (|leaves(T_t)| − 1)
 * }</pre>
 * (the α above which replacing the branch by a leaf lowers R_α(T) = R(T) + α·|leaves(T)|). Repeat: find
 * the smallest α_eff over the internal nodes still in the tree (the lowest node id among equals); stop if
 * it exceeds ccpAlpha; else prune that branch to a leaf and update R(T_·) and leaf counts of its ancestors
 * by the differences. The path records (0, R(T)) and then (α_eff, R(T)) after each pruning, ending at
 * the root alone.
 *
 * <p>The sums follow scikit-learn's order exactly: R(T_t) is first accumulated leaf by leaf in node-id
 * order, then changed only by the differences R(t) − R(T_t) of the pruned branches.
 */
final class CostComplexity {
    private CostComplexity() {
    }

    /** Returns the pruning path of a grown tree. */
    static PruningPath path(Tree tree) {
        double[] alphas = new double[tree.nodeCount()];
        double[] impurities = new double[tree.nodeCount()];
        int[] count = {0};
        prune(tree, Double.POSITIVE_INFINITY, (alpha, rTree) -> {
            alphas[count[0]] = alpha;
            impurities[count[0]] = rTree;
            count[0]++;
        });
        return new PruningPath(Arrays.copyOf(alphas, count[0]), Arrays.copyOf(impurities, count[0]));
    }

    /** Returns the subtree of tree for ccpAlpha: branches pruned while their α_eff ≤ ccpAlpha. */
    static Tree prune(Tree tree, double ccpAlpha) {
        boolean[] leaf = prune(tree, ccpAlpha, (alpha, rTree) -> { });
        return subtree(tree, leaf);
    }

    private interface Recorder {
        void record(double alpha, double rTree);
    }

    /** The pruning loop; returns which nodes are leaves of the final subtree. */
    private static boolean[] prune(Tree tree, double ccpAlpha, Recorder recorder) {
        int n = tree.nodeCount();
        int[] left = tree.childrenLeft;
        int[] right = tree.childrenRight;
        double total = tree.weightedNNodeSamples[0];
        double[] rNode = new double[n];
        int[] parent = new int[n];
        boolean[] isLeaf = new boolean[n];
        for (int t = 0; t < n; t++) {
            rNode[t] = tree.weightedNNodeSamples[t] * tree.impurity[t] / total;
            isLeaf[t] = left[t] == Tree.TREE_LEAF;
            if (!isLeaf[t]) {
                parent[left[t]] = t;
                parent[right[t]] = t;
            }
        }
        parent[0] = -1;
        double[] rBranch = new double[n];
        int[] nLeaves = new int[n];
        for (int l = 0; l < n; l++) {
            if (isLeaf[l]) {
                rBranch[l] = rNode[l];
                for (int t = l; t != 0; t = parent[t]) {
                    rBranch[parent[t]] += rNode[l];
                    nLeaves[parent[t]]++;
                }
            }
        }
        boolean[] inTree = new boolean[n];
        Arrays.fill(inTree, true);
        recorder.record(0.0, rBranch[0]);
        while (!isLeaf[0]) {
            double effectiveAlpha = Double.MAX_VALUE;
            int pruned = -1;
            for (int t = 0; t < n; t++) {
                if (inTree[t] && !isLeaf[t]) {
                    double alpha = (rNode[t] - rBranch[t]) / (nLeaves[t] - 1);
                    if (alpha < effectiveAlpha) {
                        effectiveAlpha = alpha;
                        pruned = t;
                    }
                }
            }
            if (ccpAlpha < effectiveAlpha) {
                break;
            }
            removeDescendants(pruned, left, right, inTree);
            isLeaf[pruned] = true;
            int prunedLeaves = nLeaves[pruned] - 1;
            nLeaves[pruned] = 0;
            double rDiff = rNode[pruned] - rBranch[pruned];
            rBranch[pruned] = rNode[pruned];
            for (int t = parent[pruned]; t != -1; t = parent[t]) {
                nLeaves[t] -= prunedLeaves;
                rBranch[t] += rDiff;
            }
            recorder.record(effectiveAlpha, rBranch[0]);
        }
        boolean[] leafOfSubtree = new boolean[n];
        for (int t = 0; t < n; t++) {
            leafOfSubtree[t] = inTree[t] && isLeaf[t];
        }
        return leafOfSubtree;
    }

    /** Marks every node strictly below t as out of the tree. */
    private static void removeDescendants(int t, int[] left, int[] right, boolean[] inTree) {
        Deque<Integer> stack = new ArrayDeque<>();
        if (left[t] != Tree.TREE_LEAF) {
            stack.push(right[t]);
            stack.push(left[t]);
        }
        while (!stack.isEmpty()) {
            int u = stack.pop();
            if (inTree[u]) {
                inTree[u] = false;
                if (left[u] != Tree.TREE_LEAF) {
                    stack.push(right[u]);
                    stack.push(left[u]);
                }
            }
        }
    }

    /** The tree cut at the given leaves, renumbered in preorder (left first), values copied. */
    private static Tree subtree(Tree tree, boolean[] leaf) {
        NodeList nodes = new NodeList();
        Deque<int[]> stack = new ArrayDeque<>();   // {original id, new parent id, is left, depth}
        stack.push(new int[] {0, -1, 0, 0});
        while (!stack.isEmpty()) {
            int[] f = stack.pop();
            int t = f[0];
            int id = nodes.add(f[1], f[2] == 1, leaf[t], tree.feature[t], tree.threshold[t], tree.value[t].clone(),
                    tree.impurity[t], tree.nNodeSamples[t], tree.weightedNNodeSamples[t], f[3]);
            if (!leaf[t]) {
                stack.push(new int[] {tree.childrenRight[t], id, 0, f[3] + 1});
                stack.push(new int[] {tree.childrenLeft[t], id, 1, f[3] + 1});
            }
        }
        return nodes.toTree(tree.numFeatures);
    }
}
