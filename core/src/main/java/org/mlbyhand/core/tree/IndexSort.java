package org.mlbyhand.core.tree;

/**
 * Sorting and partitioning of row indices by a feature, without boxing: the two operations a tree's
 * presorted orders need.
 * <pre>{@code
 *   sort(rows, x)                       rows reordered so that x[rows[0]] ≤ x[rows[1]] ≤ …   (stable)
 *   partition(rows, a, b, left, tmp)    rows[a:b) reordered: those with left[row] first, each part
 *                                       keeping its order (so a sorted range stays sorted)     (stable)
 * }</pre>
 * The sort is a bottom-up merge sort, O(n log n) comparisons; partitioning is O(b − a).
 */
final class IndexSort {
    private static final int INSERTION = 16;

    private IndexSort() {
    }

    /** Sorts rows (overwritten) by x[row], ties in their current order; x is not modified. */
    static void sort(int[] rows, double[] x) {
        int n = rows.length;
        for (int lo = 0; lo < n; lo += INSERTION) {
            insertion(rows, x, lo, Math.min(lo + INSERTION, n));
        }
        int[] src = rows;
        int[] dst = new int[n];
        for (int width = INSERTION; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                merge(src, dst, x, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n));
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != rows) {
            System.arraycopy(src, 0, rows, 0, n);
        }
    }

    /**
     * Moves the rows of rows[a:b) with left[row] to the front, the others behind them, both in their
     * current order; tmp (length ≥ b − a) is scratch.
     */
    static void partition(int[] rows, int a, int b, boolean[] left, int[] tmp) {
        int l = a;
        int r = 0;
        for (int q = a; q < b; q++) {
            int row = rows[q];
            if (left[row]) {
                rows[l++] = row;
            } else {
                tmp[r++] = row;
            }
        }
        System.arraycopy(tmp, 0, rows, l, r);
    }

    private static void insertion(int[] rows, double[] x, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int row = rows[i];
            double key = x[row];
            int j = i - 1;
            while (j >= lo && x[rows[j]] > key) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = row;
        }
    }

    private static void merge(int[] src, int[] dst, double[] x, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && x[src[i]] <= x[src[j]])) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
        }
    }
}
