package org.mlbyhand.core.decompose;

import java.util.Arrays;
import java.util.Comparator;

/** The ordering and sign conventions shared by {@link SymmetricEigen} and {@link Svd}. */
final class Ordering {
    private Ordering() {
    }

    /**
     * Returns the permutation that sorts x in descending order; equal values keep their index order
     * (a stable sort), so the result is deterministic.
     */
    static int[] descending(double[] x) {
        Integer[] index = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            index[i] = i;
        }
        Arrays.sort(index, Comparator.comparingDouble((Integer i) -> x[i]).reversed());
        int[] order = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = index[i];
        }
        return order;
    }

    /**
     * Flips v's sign if its entry of largest magnitude (the first one on a tie) is negative; returns
     * true if it flipped (v is modified).
     */
    static boolean makeLargestEntryPositive(double[] v) {
        int largest = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[largest])) {
                largest = i;
            }
        }
        if (v.length == 0 || v[largest] >= 0.0) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = -v[i];
        }
        return true;
    }
}
