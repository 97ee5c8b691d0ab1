package org.mlbyhand.core.data;

import java.util.List;
import org.mlbyhand.core.random.Rng;

/**
 * K-fold cross-validation that keeps each class's share in every fold.
 *
 * <p>The rows of each class are shuffled, then the classes are laid end to end (class 0 first) and
 * dealt to the folds like cards: the j-th row of that sequence goes to fold j mod k. Hence, for every
 * class c with n_c rows and every fold i,
 * <pre>{@code
 *   #{rows of class c in fold i} ∈ { ⌊n_c/k⌋, ⌈n_c/k⌉ },     |fold_i| ∈ { ⌊n/k⌋, ⌈n/k⌉ }
 * }</pre>
 * and the folds partition the rows, as in {@link KFold}. A class with fewer than k rows is absent
 * from some folds. Indices within each split are in increasing order.
 */
public final class StratifiedKFold {
    private StratifiedKFold() {
    }

    /**
     * Returns the k stratified splits of the rows.
     *
     * @param labels class index of each row, each ≥ 0; n = labels.length (not modified)
     * @param k      number of folds, at least 2
     * @param seed   seed of the shuffles; the same seed gives the same folds
     * @throws IllegalArgumentException if k &lt; 2, n &lt; k, or a label is negative
     */
    public static List<Split> folds(int[] labels, int k, long seed) {
        KFold.check(labels.length, k);
        int[][] members = Labels.members(labels);
        Rng rng = new Rng(seed);
        int[] foldOf = new int[labels.length];
        int dealt = 0;
        for (int[] rows : members) {
            int[] order = rng.permutation(rows.length);
            for (int j : order) {
                foldOf[rows[j]] = dealt++ % k;
            }
        }
        return KFold.fromAssignment(foldOf, k);
    }
}
