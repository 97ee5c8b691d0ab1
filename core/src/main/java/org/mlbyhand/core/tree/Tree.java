package org.mlbyhand.core.tree;

import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted binary decision tree stored as scikit-learn stores its {@code tree_}: parallel arrays indexed
 * by node id, the root being node 0 and ids given in depth-first order, left child first
 * (a node's left child is the next id):
 * <pre>{@code
 *   childrenLeft[t], childrenRight[t]   child ids, TREE_LEAF (−1) for a leaf
 *   feature[t], threshold[t]            the split x[feature] ≤ threshold goes left; TREE_UNDEFINED (−2) at a leaf
 *   value[t]                            the node's weighted class counts N_c (classifier, length k, as
 *                                       scikit-learn 1.2 stores them) or its weighted mean of y (regressor, length 1)
 *   impurity[t]                         the node's impurity (as computed when its parent was split)
 *   nNodeSamples[t]                     its number of training rows (rows of weight 0 excluded)
 *   weightedNNodeSamples[t]             their total weight N_t
 * }</pre>
 * A row reaches exactly one leaf ({@link #apply}) along one path ({@link #decisionPath}). The mean
 * decrease in impurity of each feature ({@link #featureImportances}) is
 * <pre>{@code
 *   imp_j = Σ_{t split on j} (N_t·i_t − N_L·i_L − N_R·i_R) / N_root,      then divided by Σ_j imp_j (if > 0)
 * }</pre>
 * Immutable: every accessor returns a copy. Features are compared as doubles (scikit-learn first rounds
 * X to float32, in fit and in predict: the two agree on float32-representable inputs).
 */
public final class Tree {
    /** The child id of a leaf (scikit-learn's TREE_LEAF). */
    public static final int TREE_LEAF = -1;
    /** The feature and threshold of a leaf (scikit-learn's TREE_UNDEFINED). */
    public static final int TREE_UNDEFINED = -2;

    // Package-private for the builder and the pruner, which only read them; never handed out.
    final int[] childrenLeft;
    final int[] childrenRight;
    final int[] feature;
    final double[] threshold;
    final double[][] value;
    final double[] impurity;
    final int[] nNodeSamples;
    final double[] weightedNNodeSamples;
    final int maxDepth;
    final int numFeatures;

    Tree(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold, double[][] value,
         double[] impurity, int[] nNodeSamples, double[] weightedNNodeSamples, int maxDepth, int numFeatures) {
        this.childrenLeft = childrenLeft;
        this.childrenRight = childrenRight;
        this.feature = feature;
        this.threshold = threshold;
        this.value = value;
        this.impurity = impurity;
        this.nNodeSamples = nNodeSamples;
        this.weightedNNodeSamples = weightedNNodeSamples;
        this.maxDepth = maxDepth;
        this.numFeatures = numFeatures;
    }

    /** Returns the number of nodes (scikit-learn's {@code node_count}). */
    public int nodeCount() {
        return feature.length;
    }

    /** Returns p, the number of features of the training matrix. */
    public int numFeatures() {
        return numFeatures;
    }

    /** Returns the depth: the largest number of splits from the root to a leaf (0 for a single leaf). */
    public int getDepth() {
        return maxDepth;
    }

    /** Returns the number of leaves. */
    public int getNLeaves() {
        int leaves = 0;
        for (int left : childrenLeft) {
            leaves += left == TREE_LEAF ? 1 : 0;
        }
        return leaves;
    }

    /** Returns a copy of the left child ids, TREE_LEAF (−1) at leaves. */
    public int[] childrenLeft() {
        return childrenLeft.clone();
    }

    /** Returns a copy of the right child ids, TREE_LEAF (−1) at leaves. */
    public int[] childrenRight() {
        return childrenRight.clone();
    }

    /** Returns a copy of the split features, TREE_UNDEFINED (−2) at leaves. */
    public int[] feature() {
        return feature.clone();
    }

    /** Returns a copy of the split thresholds, TREE_UNDEFINED (−2.0) at leaves. */
    public double[] threshold() {
        return threshold.clone();
    }

    /** Returns a copy of the node values: nodeCount × k weighted class counts, or nodeCount × 1 means. */
    public double[][] value() {
        double[][] copy = new double[value.length][];
        for (int t = 0; t < value.length; t++) {
            copy[t] = value[t].clone();
        }
        return copy;
    }

    /** Returns a copy of the node impurities. */
    public double[] impurity() {
        return impurity.clone();
    }

    /** Returns a copy of the number of training rows in each node. */
    public int[] nNodeSamples() {
        return nNodeSamples.clone();
    }

    /** Returns a copy of the total training weight in each node. */
    public double[] weightedNNodeSamples() {
        return weightedNNodeSamples.clone();
    }

    /**
     * Returns the leaf each row ends in: from the root, go left while x[feature[t]] ≤ threshold[t],
     * else right.
     *
     * @param X m×p, finite (not modified)
     * @return length m, leaf ids
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public int[] apply(Matrix X) {
        TreeInputs.features("Tree.apply", X, numFeatures);
        int[] leaves = new int[X.rows()];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = leaf(X, i);
        }
        return leaves;
    }

    /**
     * Returns the nodes each row passes through, root first and its leaf last (the column indices of
     * scikit-learn's sparse {@code decision_path} indicator, row by row).
     *
     * @param X m×p, finite (not modified)
     * @return m arrays of node ids, each of length depth(leaf) + 1
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public int[][] decisionPath(Matrix X) {
        TreeInputs.features("Tree.decisionPath", X, numFeatures);
        int[][] paths = new int[X.rows()][];
        int[] path = new int[maxDepth + 1];
        for (int i = 0; i < paths.length; i++) {
            int length = 0;
            int t = 0;
            path[length++] = t;
            while (childrenLeft[t] != TREE_LEAF) {
                t = X.get(i, feature[t]) <= threshold[t] ? childrenLeft[t] : childrenRight[t];
                path[length++] = t;
            }
            paths[i] = java.util.Arrays.copyOf(path, length);
        }
        return paths;
    }

    /**
     * Returns the normalized mean decrease in impurity of each feature (formula in the class comment):
     * scikit-learn's {@code feature_importances_}. All zeros if the root is a leaf.
     *
     * @return length p, entries ≥ 0 summing to 1 (or all 0)
     */
    public double[] featureImportances() {
        double[] importances = new double[numFeatures];
        for (int t = 0; t < nodeCount(); t++) {
            int l = childrenLeft[t];
            int r = childrenRight[t];
            if (l != TREE_LEAF) {
                importances[feature[t]] += weightedNNodeSamples[t] * impurity[t]
                        - weightedNNodeSamples[l] * impurity[l] - weightedNNodeSamples[r] * impurity[r];
            }
        }
        double normalizer = 0.0;
        for (int j = 0; j < numFeatures; j++) {
            importances[j] /= weightedNNodeSamples[0];
            normalizer += importances[j];
        }
        if (normalizer > 0.0) {
            for (int j = 0; j < numFeatures; j++) {
                importances[j] /= normalizer;
            }
        }
        return importances;
    }

    /** The leaf of row i of X (checked by the caller). */
    int leaf(Matrix X, int i) {
        return TreeArrays.leaf(childrenLeft, childrenRight, feature, threshold, X, i);
    }

    /** Returns the tree as plain parallel arrays (copies), {@link TreeArrays}. */
    public TreeArrays arrays() {
        return new TreeArrays(childrenLeft.clone(), childrenRight.clone(), feature.clone(), threshold.clone(),
                Matrix.of(value), impurity.clone(), nNodeSamples.clone());
    }

    /** Returns e.g. {@code "Tree(nodeCount=17, depth=5, leaves=9, p=4)"}. */
    @Override
    public String toString() {
        return "Tree(nodeCount=" + nodeCount() + ", depth=" + maxDepth + ", leaves=" + getNLeaves() + ", p=" + numFeatures + ")";
    }
}
