package org.mlbyhand.core.tree;

import java.util.Arrays;

/**
 * The arrays of a {@link Tree} while it grows, scikit-learn's {@code Tree._add_node}: nodes are
 * appended in the order they are created, and a new node is registered as its parent's left or right
 * child. Growable primitive arrays (doubling), frozen by {@link #toTree}.
 */
final class NodeList {
    private int count;
    private int[] childrenLeft = new int[16];
    private int[] childrenRight = new int[16];
    private int[] feature = new int[16];
    private double[] threshold = new double[16];
    private double[][] value = new double[16][];
    private double[] impurity = new double[16];
    private int[] nNodeSamples = new int[16];
    private double[] weightedNNodeSamples = new double[16];
    private int maxDepth;

    /**
     * Appends a node and returns its id; a leaf gets TREE_LEAF children and TREE_UNDEFINED feature and
     * threshold, a split node TREE_LEAF children until its own children are added.
     *
     * @param parent the parent's id, or −1 for the root
     * @param value  the node's value (kept, not copied: the caller hands it over)
     */
    int add(int parent, boolean isLeft, boolean isLeaf, int splitFeature, double splitThreshold, double[] value,
            double impurity, int nNodeSamples, double weightedNNodeSamples, int depth) {
        if (count == feature.length) {
            grow();
        }
        int id = count++;
        if (parent >= 0) {
            if (isLeft) {
                childrenLeft[parent] = id;
            } else {
                childrenRight[parent] = id;
            }
        }
        childrenLeft[id] = Tree.TREE_LEAF;
        childrenRight[id] = Tree.TREE_LEAF;
        feature[id] = isLeaf ? Tree.TREE_UNDEFINED : splitFeature;
        threshold[id] = isLeaf ? Tree.TREE_UNDEFINED : splitThreshold;
        this.value[id] = value;
        this.impurity[id] = impurity;
        this.nNodeSamples[id] = nNodeSamples;
        this.weightedNNodeSamples[id] = weightedNNodeSamples;
        maxDepth = Math.max(maxDepth, depth);
        return id;
    }

    /** Returns the immutable tree of the nodes added so far. */
    Tree toTree(int numFeatures) {
        return new Tree(Arrays.copyOf(childrenLeft, count), Arrays.copyOf(childrenRight, count), Arrays.copyOf(feature, count),
                Arrays.copyOf(threshold, count), Arrays.copyOf(value, count), Arrays.copyOf(impurity, count),
                Arrays.copyOf(nNodeSamples, count), Arrays.copyOf(weightedNNodeSamples, count), maxDepth, numFeatures);
    }

    private void grow() {
        int capacity = 2 * feature.length;
        childrenLeft = Arrays.copyOf(childrenLeft, capacity);
        childrenRight = Arrays.copyOf(childrenRight, capacity);
        feature = Arrays.copyOf(feature, capacity);
        threshold = Arrays.copyOf(threshold, capacity);
        value = Arrays.copyOf(value, capacity);
        impurity = Arrays.copyOf(impurity, capacity);
        nNodeSamples = Arrays.copyOf(nNodeSamples, capacity);
        weightedNNodeSamples = Arrays.copyOf(weightedNNodeSamples, capacity);
    }
}
