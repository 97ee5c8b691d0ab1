package org.mlbyhand.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.random.Rng;

/**
 * K-fold cross-validation: cut the rows into k folds of nearly equal size; split i tests on fold i
 * and trains on the other k−1.
 * <pre>{@code
 *   |fold_i| = ⌊n/k⌋ + 1   for i < n mod k,     ⌊n/k⌋ otherwise
 *   fold_0 ∪ … ∪ fold_{k−1} = {0, …, n−1},   fold_i ∩ fold_j = ∅ (i ≠ j)
 * }</pre>
 * Every row is tested exactly once. {@link #folds} cuts the rows in their order (right when the rows
 * are already in random order); {@link #shuffled} cuts a seeded permutation. Test and training
 * indices of each split are in increasing order.
 */
public final class KFold {
    private KFold() {
    }

    /**
     * Returns the k splits of rows 0, …, n−1 cut in order: fold 0 is rows 0 … |fold_0|−1, and so on.
     *
     * @param n number of rows, at least k
     * @param k number of folds, at least 2
     * @throws IllegalArgumentException if k &lt; 2 or n &lt; k
     */
    public static List<Split> folds(int n, int k) {
        check(n, k);
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        return cut(order, k);
    }

    /**
     * Returns the k splits of a seeded random permutation of rows 0, …, n−1.
     *
     * @param n    number of rows, at least k
     * @param k    number of folds, at least 2
     * @param seed seed of the permutation; the same seed gives the same folds
     * @throws IllegalArgumentException if k &lt; 2 or n &lt; k
     */
    public static List<Split> shuffled(int n, int k, long seed) {
        check(n, k);
        return cut(new Rng(seed).permutation(n), k);
    }

    private static List<Split> cut(int[] order, int k) {
        int n = order.length;
        int[] foldOf = new int[n];
        int start = 0;
        for (int i = 0; i < k; i++) {
            int size = n / k + (i < n % k ? 1 : 0);
            for (int j = start; j < start + size; j++) {
                foldOf[order[j]] = i;
            }
            start += size;
        }
        return fromAssignment(foldOf, k);
    }

    /** Turns "row r is in fold foldOf[r]" into the k splits, each with indices in increasing order. */
    static List<Split> fromAssignment(int[] foldOf, int k) {
        int n = foldOf.length;
        int[] sizes = new int[k];
        for (int f : foldOf) {
            sizes[f]++;
        }
        List<Split> splits = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int[] test = new int[sizes[i]];
            int[] train = new int[n - sizes[i]];
            int t = 0;
            int r = 0;
            for (int row = 0; row < n; row++) {
                if (foldOf[row] == i) {
                    test[t++] = row;
                } else {
                    train[r++] = row;
                }
            }
            splits.add(new Split(n, train, test));
        }
        return List.copyOf(splits);
    }

    static void check(int n, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold needs k ≥ 2 folds, got k = " + k);
        }
        if (n < k) {
            throw new IllegalArgumentException("k-fold with k = " + k + " needs at least " + k + " rows, got " + n);
        }
    }
}
