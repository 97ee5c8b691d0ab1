package org.mlbyhand.exercises.ps2;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · gini — the Gini impurity of a node's class labels: how often two rows drawn at random (with
 * replacement) have different classes.
 *
 * <p>With n rows, N_c of them of class c and p_c = N_c/n the class proportions,
 * <pre>{@code
 *   gini(y) = 1 − Σ_c p_c²  =  Σ_c p_c·(1 − p_c)            c = 0, 1, …, k−1
 * }</pre>
 * It is 0 for a pure node (one class) and largest, 1 − 1/k, when the k classes are equally frequent.
 * Only the proportions count: a class with no rows adds nothing, and repeating every row twice changes
 * nothing. Example: y = [0, 0, 0, 1] has p = (¾, ¼) and gini = 1 − (9/16 + 1/16) = 3/8. scikit-learn's
 * {@code DecisionTreeClassifier} (criterion='gini', its default) splits nodes to make this small.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if y is empty or a label is negative or ≥ k.
 *
 * <p>You need: a {@code double[] counts = new double[k]}, one pass over y, then the sum over the
 * classes. Not {@code org.mlbyhand.core.tree.Impurity} nor {@code ClassificationCriterion}: they compute
 * it.
 *
 * <p>Classic traps: {@code counts[c] / n} on ints is integer division (0 for every class of an impure
 * node); Σ p_c² alone is the purity, not the impurity; p_c is N_c/n, not N_c; summing over the rows
 * instead of the classes counts each class N_c times; dividing by n·(n − 1) counts pairs drawn without
 * replacement, another index.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=gini}
 */
public final class GiniImpurity {
    private GiniImpurity() {
    }

    /**
     * Returns the Gini impurity 1 − Σ_c (N_c/n)² of the labels y.
     *
     * @param y the labels of the node's rows, length n ≥ 1, each in [0, k) (not modified)
     * @param k the number of classes, ≥ 1
     * @return in [0, 1 − 1/k]; 0 for a pure node
     * @throws IllegalArgumentException if y is empty or a label is outside [0, k)
     */
    public static double gini(int[] y, int k) {
        // TODO: check y, count each class, then 1 − Σ (count/n)².
        throw new NotImplementedYet("ps2 gini");
    }
}
