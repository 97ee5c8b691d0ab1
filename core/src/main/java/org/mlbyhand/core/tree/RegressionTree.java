package org.mlbyhand.core.tree;

import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted regression tree, returned by {@link DecisionTreeRegressor#fit}: each row falls into one
 * leaf t and is predicted by the weighted mean of the training targets there,
 * <pre>{@code
 *   ŷ(x) = Σ_{i in t} wᵢyᵢ / Σ_{i in t} wᵢ          (predict; the leaf's value)
 * }</pre>
 * as scikit-learn's {@code predict}. The tree itself is {@link #tree()}. Immutable.
 */
public final class RegressionTree implements RegressionModel {
    private final Tree tree;

    RegressionTree(Tree tree) {
        this.tree = tree;
    }

    /** Returns the fitted tree (immutable): scikit-learn's {@code tree_}, values are leaf means (k = 1). */
    public Tree tree() {
        return tree;
    }

    /** Returns p, the number of features. */
    @Override
    public int numFeatures() {
        return tree.numFeatures();
    }

    /**
     * Returns the value of each row's leaf.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public double[] predict(Matrix X) {
        TreeInputs.features("RegressionTree.predict", X, tree.numFeatures());
        double[] yHat = new double[X.rows()];
        for (int i = 0; i < yHat.length; i++) {
            yHat[i] = tree.value[tree.leaf(X, i)][0];
        }
        return yHat;
    }

    /** Returns the leaf id of each row ({@link Tree#apply}). */
    public int[] apply(Matrix X) {
        return tree.apply(X);
    }

    /** Returns the node ids each row passes through, root to leaf ({@link Tree#decisionPath}). */
    public int[][] decisionPath(Matrix X) {
        return tree.decisionPath(X);
    }

    /** Returns the normalized mean decrease in impurity per feature ({@link Tree#featureImportances}). */
    public double[] featureImportances() {
        return tree.featureImportances();
    }

    /** Returns the tree's depth ({@link Tree#getDepth}). */
    public int getDepth() {
        return tree.getDepth();
    }

    /** Returns the number of leaves ({@link Tree#getNLeaves}). */
    public int getNLeaves() {
        return tree.getNLeaves();
    }

    /** Returns e.g. {@code "RegressionTree(Tree(nodeCount=31, depth=4, leaves=16, p=10))"}. */
    @Override
    public String toString() {
        return "RegressionTree(" + tree + ")";
    }
}
