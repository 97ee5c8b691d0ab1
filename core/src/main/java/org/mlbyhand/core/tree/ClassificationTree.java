package org.mlbyhand.core.tree;

import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted classification tree, returned by {@link DecisionTreeClassifier#fit}: each row falls into one
 * leaf t, whose weighted class counts N_{t,c} give
 * <pre>{@code
 *   P(y = c | x) = N_{t,c} / Σ_c' N_{t,c'}         (predictProba, m×k)
 *   ŷ = the first c with the largest N_{t,c}       (predict)
 * }</pre>
 * as scikit-learn's {@code predict_proba} and {@code predict}. The tree itself, with scikit-learn's
 * arrays, is {@link #tree()}. Immutable.
 */
public final class ClassificationTree implements ClassificationModel {
    private final Tree tree;
    private final int k;

    ClassificationTree(Tree tree, int k) {
        this.tree = tree;
        this.k = k;
    }

    /** Returns the fitted tree (immutable): scikit-learn's {@code tree_}, values are weighted class counts. */
    public Tree tree() {
        return tree;
    }

    /** Returns k = max(y) + 1, the number of classes seen by fit (a label without rows has probability 0). */
    @Override
    public int numClasses() {
        return k;
    }

    /** Returns p, the number of features. */
    @Override
    public int numFeatures() {
        return tree.numFeatures();
    }

    /**
     * Returns the class frequencies of each row's leaf, weighted by the sample weights.
     *
     * @param X m×p, finite (not modified)
     * @return m×k, rows summing to 1 up to rounding
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public Matrix predictProba(Matrix X) {
        TreeInputs.features("ClassificationTree.predictProba", X, tree.numFeatures());
        Matrix P = Matrix.zeros(X.rows(), k);   // m×k
        for (int i = 0; i < X.rows(); i++) {
            double[] counts = tree.value[tree.leaf(X, i)];
            double total = 0.0;
            for (double count : counts) {
                total += count;
            }
            for (int c = 0; c < k; c++) {
                P.set(i, c, counts[c] / total);
            }
        }
        return P;
    }

    /**
     * Returns the most frequent class of each row's leaf, the lowest label among ties.
     *
     * @param X m×p, finite (not modified)
     * @return length m, labels in [0, k)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public int[] predict(Matrix X) {
        TreeInputs.features("ClassificationTree.predict", X, tree.numFeatures());
        int[] labels = new int[X.rows()];
        for (int i = 0; i < labels.length; i++) {
            double[] counts = tree.value[tree.leaf(X, i)];
            int best = 0;
            for (int c = 1; c < k; c++) {
                best = counts[c] > counts[best] ? c : best;
            }
            labels[i] = best;
        }
        return labels;
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

    /** Returns e.g. {@code "ClassificationTree(k=3, Tree(nodeCount=17, depth=5, leaves=9, p=4))"}. */
    @Override
    public String toString() {
        return "ClassificationTree(k=" + k + ", " + tree + ")";
    }
}
