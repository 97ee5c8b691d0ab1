package org.mlbyhand.core.tree;

/**
 * The impurity a classification tree minimises: scikit-learn's {@code criterion} of
 * {@code DecisionTreeClassifier}. For a node whose rows have weighted class counts N_c (the number of
 * rows of class c when there are no sample weights), N = Σ_c N_c:
 * <pre>{@code
 *   GINI      i = 1 − Σ_c N_c² / N²                          scikit-learn 'gini' (the default)
 *   ENTROPY   i = −Σ_{c : N_c > 0} (N_c/N)·log₂(N_c/N)       scikit-learn 'entropy' (in bits)
 * }</pre>
 * Both are 0 for a pure node and largest when the classes are equally frequent (1 − 1/k and log₂ k).
 * {@link Impurity#gini(double[])} and {@link Impurity#entropy(double[])} compute them; a split is
 * scored by the proxy −N_R·i_R − N_L·i_L (see {@link Splitter}).
 */
public enum ClassificationCriterion {
    /** The Gini index 1 − Σ_c p_c², p_c = N_c/N. */
    GINI,
    /** The Shannon entropy −Σ_c p_c·log₂ p_c, in bits. */
    ENTROPY;

    /**
     * Returns this impurity of weighted class counts, N = Σ_c counts[c].
     *
     * @param counts length k, each ≥ 0, not all 0 (not modified)
     * @throws IllegalArgumentException if counts is empty, sums to 0, or holds a negative or non-finite count
     */
    public double impurity(double[] counts) {
        return this == GINI ? Impurity.gini(counts) : Impurity.entropy(counts);
    }

    /** The impurity of counts whose total N is already known (as the sweep keeps it). */
    double impurity(double[] counts, double N) {
        return this == GINI ? Impurity.gini(counts, N) : Impurity.entropy(counts, N);
    }

    /** Returns scikit-learn's name: {@code "gini"} or {@code "entropy"}. */
    @Override
    public String toString() {
        return this == GINI ? "gini" : "entropy";
    }
}
