package org.mlbyhand.exercises.ps2;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · entropy — the entropy of a node's class labels, in bits: how many yes/no questions it takes, on
 * average, to learn a row's class.
 *
 * <p>With n rows, N_c of them of class c and p_c = N_c/n,
 * <pre>{@code
 *   entropy(y) = −Σ_{c : p_c > 0} p_c·log₂ p_c               log₂ x = ln x / ln 2
 * }</pre>
 * A class with no rows is skipped (the limit p·log p → 0 as p → 0; in Java {@code 0 * Math.log(0)} is
 * 0·(−∞) = NaN). It is 0 for a pure node and largest, log₂ k, when the k classes are equally frequent:
 * a fair coin, y = [0, 1], is 1 bit. Example: y = [0, 0, 0, 1] gives −(¾·log₂¾ + ¼·log₂¼) ≈ 0.8113.
 * This is scikit-learn's criterion='entropy' (in bits, not nats).
 *
 * <p>Errors: throw {@link IllegalArgumentException} if y is empty or a label is negative or ≥ k.
 *
 * <p>You need: class counts as in the Gini exercise, {@code Math.log}. Not
 * {@code org.mlbyhand.core.tree.Impurity} nor {@code ClassificationCriterion}: they compute it.
 *
 * <p>Classic traps: {@code Math.log} is the natural log (nats), {@code Math.log10} base 10: divide by
 * ln 2; forgetting the minus sign gives a negative entropy; an empty class gives NaN unless skipped;
 * {@code counts[c] / n} on ints is integer division; dividing by log₂ k "normalises" the entropy, which
 * scikit-learn does not do.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=entropy}
 */
public final class Entropy {
    private Entropy() {
    }

    /**
     * Returns the entropy −Σ_c p_c·log₂ p_c, in bits, of the labels y (empty classes skipped).
     *
     * @param y the labels of the node's rows, length n ≥ 1, each in [0, k) (not modified)
     * @param k the number of classes, ≥ 1
     * @return in [0, log₂ k]; 0 for a pure node
     * @throws IllegalArgumentException if y is empty or a label is outside [0, k)
     */
    public static double entropy(int[] y, int k) {
        // TODO: check y, count each class, then −Σ p·log₂ p over the classes with p > 0.
        throw new NotImplementedYet("ps2 entropy");
    }
}
