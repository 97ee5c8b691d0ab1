package org.mlbyhand.core.data;

import org.mlbyhand.core.random.Rng;

/**
 * Splits the rows 0, …, n−1 of a data set into a training set and a held-out test set.
 *
 * <p>The test set has
 * <pre>{@code
 *   nTest = round(testFraction · n),   clamped to [1, n − 1]
 * }</pre>
 * rows, so neither part is ever empty. (scikit-learn's {@code train_test_split} rounds up instead.)
 * Both index arrays come in random order, so the training set is already shuffled.
 *
 * <p>{@link #stratified} keeps each class's share: class c, with n_c members, gets
 * <pre>{@code
 *   t_c ∈ { ⌊nTest · n_c / n⌋, ⌈nTest · n_c / n⌉ },   Σ_c t_c = nTest
 * }</pre>
 * test rows (largest remainders round up, ties to the smaller class index).
 */
public final class TrainTestSplit {
    private TrainTestSplit() {
    }

    /**
     * Returns a random split of n rows with round(testFraction·n) test rows.
     *
     * @param n            number of rows, at least 2
     * @param testFraction share of rows held out, in (0, 1)
     * @param seed         seed of the shuffle; the same seed gives the same split
     * @throws IllegalArgumentException if n &lt; 2 or testFraction is not in (0, 1)
     */
    public static Split random(int n, double testFraction, long seed) {
        int nTest = testSize(n, testFraction);
        int[] order = new Rng(seed).permutation(n);
        int[] test = new int[nTest];
        int[] train = new int[n - nTest];
        System.arraycopy(order, 0, test, 0, nTest);
        System.arraycopy(order, nTest, train, 0, n - nTest);
        return new Split(n, train, test);
    }

    /**
     * Returns a random split in which every class keeps its share of the rows, up to rounding
     * (see the class comment).
     *
     * @param labels       class index of each row, each ≥ 0, at least 2 rows (not modified)
     * @param testFraction share of rows held out, in (0, 1)
     * @param seed         seed of the shuffles; the same seed gives the same split
     * @throws IllegalArgumentException if there are fewer than 2 rows, testFraction is not in (0, 1),
     *                                  or a label is negative
     */
    public static Split stratified(int[] labels, double testFraction, long seed) {
        int n = labels.length;
        int nTest = testSize(n, testFraction);
        int[][] members = Labels.members(labels);
        int[] quota = quotas(members, n, nTest);
        Rng rng = new Rng(seed);
        int[] test = new int[nTest];
        int[] train = new int[n - nTest];
        int t = 0;
        int r = 0;
        for (int c = 0; c < members.length; c++) {
            int[] order = rng.permutation(members[c].length);
            for (int k = 0; k < order.length; k++) {
                int row = members[c][order[k]];
                if (k < quota[c]) {
                    test[t++] = row;
                } else {
                    train[r++] = row;
                }
            }
        }
        // Mix the classes, so neither part is sorted by class.
        return new Split(n, Rows.take(train, rng.permutation(train.length)), Rows.take(test, rng.permutation(nTest)));
    }

    /** Largest-remainder apportionment of nTest test rows among the classes, proportional to their sizes. */
    private static int[] quotas(int[][] members, int n, int nTest) {
        int k = members.length;
        int[] quota = new int[k];
        long[] remainder = new long[k];   // exact: (nTest · n_c) mod n
        int assigned = 0;
        for (int c = 0; c < k; c++) {
            long exact = (long) nTest * members[c].length;
            quota[c] = (int) (exact / n);
            remainder[c] = exact % n;
            assigned += quota[c];
        }
        for (; assigned < nTest; assigned++) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (remainder[c] > 0 && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            quota[best]++;
            remainder[best] = 0;
        }
        return quota;
    }

    static int testSize(int n, double testFraction) {
        if (n < 2) {
            throw new IllegalArgumentException("a train/test split needs at least 2 rows, got " + n);
        }
        if (!(testFraction > 0.0 && testFraction < 1.0)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
        long nTest = Math.round(testFraction * n);
        return (int) Math.max(1, Math.min(n - 1, nTest));
    }
}
