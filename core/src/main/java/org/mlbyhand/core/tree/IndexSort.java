package org.mlbyhand.core.tree;

/**
 * Sorting and partitioning of row indices by a feature, without boxing: the two operations a tree's
 * presorted orders need.
 * <pre>{@code
 *   sort(rows, x)                       rows reordered so that x[rows[0]] ≤ x[rows[1]] ≤ …   (stable)
 *   partition(rows, a, b, left, tmp)    rows[a:b) reordered: those with left[row] first, each part
 *                                       keeping its order (so a sorted range stays sorted)     (stable)
 * }</pre>
 * The sort is a least-significant-digit radix sort. Each value becomes a 64-bit key whose unsigned
 * order is the order of the doubles:
 * <pre>{@code
 *   b = bits(x + 0.0)                   (+0.0 turns −0.0 into 0.0: the two compare equal, so they tie)
 *   key = b ^ 0x8000…0   if x ≥ 0       (positive: above every negative)
 *   key = ~b             if x < 0       (negative: a larger magnitude is smaller)
 * }</pre>
 * and the keys are sorted by 11-bit digits, lowest first, each pass a stable counting sort (a histogram
 * of the digit, its prefix sums, then every row to its bucket in order): 6 passes of O(n + 2¹¹), a pass
 * skipped when every key has the same digit. Stable passes make ties keep their order, so the result is
 * the one any stable comparison sort by ≤ gives (an insertion sort is used below 64 rows, where the
 * buckets would cost more than the rows). Keys move with the rows, so memory is read in order.
 * Partitioning is O(b − a). Values must not be NaN.
 */
final class IndexSort {
    private static final int SMALL = 64;
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    private IndexSort() {
    }

    /** Sorts rows (overwritten) by x[row], ties in their current order; x is not modified, and holds no NaN. */
    static void sort(int[] rows, double[] x) {
        int n = rows.length;
        if (n < SMALL) {
            insertion(rows, x);
            return;
        }
        long[] keys = new long[n];
        for (int q = 0; q < n; q++) {
            keys[q] = key(x[rows[q]]);
        }
        long[] keysTo = new long[n];
        int[] rowsFrom = rows;
        int[] rowsTo = new int[n];
        int[] bucketStart = new int[BUCKETS];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            java.util.Arrays.fill(bucketStart, 0);
            for (int q = 0; q < n; q++) {
                bucketStart[digit(keys[q], shift)]++;
            }
            if (bucketStart[digit(keys[0], shift)] == n) {
                continue;   // every key has this digit: the pass would not move anything
            }
            int sum = 0;
            for (int d = 0; d < BUCKETS; d++) {
                int count = bucketStart[d];
                bucketStart[d] = sum;
                sum += count;
            }
            for (int q = 0; q < n; q++) {
                int to = bucketStart[digit(keys[q], shift)]++;
                keysTo[to] = keys[q];
                rowsTo[to] = rowsFrom[q];
            }
            long[] k = keys;
            keys = keysTo;
            keysTo = k;
            int[] r = rowsFrom;
            rowsFrom = rowsTo;
            rowsTo = r;
        }
        if (rowsFrom != rows) {
            System.arraycopy(rowsFrom, 0, rows, 0, n);
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
            int toLeft = left[row] ? 1 : 0;
            rows[l] = row;   // both writes, one kept: no branch to mispredict on a random side
            tmp[r] = row;
            l += toLeft;
            r += 1 - toLeft;
        }
        System.arraycopy(tmp, 0, rows, l, r);
    }

    /** The 64-bit key whose unsigned order is the order of x (−0.0 and 0.0 the same key). */
    static long key(double x) {
        long b = Double.doubleToRawLongBits(x + 0.0);
        return b ^ ((b >> 63) | Long.MIN_VALUE);
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (BUCKETS - 1);
    }

    /** The stable insertion sort by x[row] (a row moves left past larger values only). */
    private static void insertion(int[] rows, double[] x) {
        for (int i = 1; i < rows.length; i++) {
            int row = rows[i];
            double value = x[row];
            int j = i - 1;
            while (j >= 0 && x[rows[j]] > value) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = row;
        }
    }
}
