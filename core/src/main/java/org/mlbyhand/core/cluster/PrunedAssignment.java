package org.mlbyhand.core.cluster;

import org.mlbyhand.core.linalg.Matrix;

/**
 * Lloyd's assignment step, labelᵢ = argmin_j ‖xᵢ − c_j‖² (the lowest j on a tie), with the same labels
 * as {@link Lloyd#assign} but most distances skipped by the triangle inequality (Elkan 2003, "Using the
 * triangle inequality to accelerate k-means", Lemma 1): if b is any centre and
 * <pre>{@code
 *   ‖c_b − c_j‖ ≥ 2·‖x − c_b‖    then    ‖x − c_j‖ ≥ ‖c_b − c_j‖ − ‖x − c_b‖ ≥ ‖x − c_b‖
 * }</pre>
 * so c_j is no nearer than c_b and its distance need not be computed. In squared distances, which is
 * what is computed: skip c_j when ‖c_b − c_j‖² ≥ 4·‖x − c_b‖².
 *
 * <p><b>The scan.</b> Once per call the k·(k−1)/2 centre-to-centre distances are computed. For each row
 * xᵢ the search starts from a guessed centre b (the row's previous label; 0 without a guess), whose
 * distance is computed, then visits j = 0, 1, …, k−1 (j ≠ b): c_j is skipped if the test above, against
 * the best b so far, says it is no nearer; else its distance is computed and it becomes the best if it
 * is nearer, or as near and numbered lower. When c_b's nearest other centre passes the test, the row is
 * done at once. On well-separated clusters most rows cost one distance instead of k. Rows go two at a
 * time, their guessed centres' distances summed side by side (each still in order), only so that the
 * processor has two independent sums to work on. (When k² &gt; n·p,
 * the table would outgrow X itself, and every distance is computed.)
 *
 * <p><b>Exactly Lloyd's labels.</b> Every distance that is computed is {@link Lloyd#squaredDistance},
 * Σ_f (x_f − c_f)² summed in order, the very number {@link Lloyd#assign} compares. The skip test is
 * <pre>{@code
 *   d(c_b, c_j) > 4·(1 + 2⁻⁹)·d(x, c_b) + 2⁻¹⁰⁰⁰        d = the computed squared distance, finite
 * }</pre>
 * Each finite computed d is within about (p + 2)·2⁻⁵³ relative plus p·2⁻¹⁰⁷⁴ absolute (underflow) of
 * the exact value, and the test itself rounds by about 2⁻⁵² relative; the test's margins (2⁻⁹ relative,
 * 2⁻¹⁰⁰⁰ absolute) exceed all of it for any p &lt; 2³¹, so whenever a centre is skipped the exact
 * distances satisfy ‖c_b − c_j‖ > 2·(1 + 2⁻¹²)·‖x − c_b‖ and ‖c_b − c_j‖² > 2⁻¹⁰⁰², and then, by the
 * lemma, ‖x − c_j‖² exceeds ‖x − c_b‖² by more than either distance's rounding: the computed d(x, c_j)
 * would have been strictly greater than d(x, c_b). A skipped centre can therefore be neither the minimum nor tied with it, and the
 * scan returns the lowest j of the least computed distance: {@link Lloyd#assign}'s label, bit for bit.
 * An infinite (overflowed) d is never used to skip.
 */
final class PrunedAssignment {
    /** 4·(1 + 2⁻⁹): the factor of the skip test (class comment). */
    private static final double FACTOR = 4.0 * (1.0 + 0x1p-9);
    /** 2⁻¹⁰⁰⁰: the absolute margin of the skip test, far above any underflow of a sum of p squares. */
    private static final double MARGIN = 0x1p-1000;

    private PrunedAssignment() {
    }

    /**
     * Returns labelᵢ = argmin_j ‖xᵢ − c_j‖², the lowest j on a tie: {@link Lloyd#assign}'s labels. The
     * inputs are not checked (the caller has).
     *
     * @param X     n×p, finite (not modified)
     * @param C     k×p, k ≥ 1, finite (not modified)
     * @param guess length n, each in [0, k), where each row's search starts (its previous label), or
     *              null to start at 0 (not modified)
     * @return length n, each in [0, k)
     */
    static int[] assign(Matrix X, Matrix C, int[] guess) {
        int n = X.rows();
        int p = X.cols();
        int k = C.rows();
        double[] x = X.storage();                            // n·p row-major, read only
        double[] c = C.storage();                            // k·p row-major, read only
        boolean prune = (long) k * k <= (long) n * p;        // the k×k table is no bigger than X
        double[] between = new double[prune ? k * k : 0];   // (b, j) ↦ d(c_b, c_j), 0 if it overflowed
        double[] nearest = new double[k];                    // b ↦ min_{j ≠ b} d(c_b, c_j)
        java.util.Arrays.fill(nearest, prune ? Double.POSITIVE_INFINITY : 0.0);
        for (int b = 0; prune && b < k; b++) {
            for (int j = b + 1; j < k; j++) {
                double d = squaredDistance(c, b * p, c, j * p, p);
                d = d < Double.POSITIVE_INFINITY ? d : 0.0;  // 0 never passes the skip test
                between[b * k + j] = d;
                between[j * k + b] = d;
                nearest[b] = Math.min(nearest[b], d);
                nearest[j] = Math.min(nearest[j], d);
            }
        }
        int[] labels = new int[n];
        int i = 0;
        for (; i + 1 < n; i += 2) {          // two rows at a time: two independent sums keep the adder busy
            int b0 = guess == null ? 0 : guess[i];
            int b1 = guess == null ? 0 : guess[i + 1];
            int row0 = i * p;
            int row1 = row0 + p;
            double d0 = 0.0;
            double d1 = 0.0;
            for (int f = 0; f < p; f++) {    // each summed in order: the same numbers as squaredDistance
                double e0 = x[row0 + f] - c[b0 * p + f];
                double e1 = x[row1 + f] - c[b1 * p + f];
                d0 += e0 * e0;
                d1 += e1 * e1;
            }
            labels[i] = nearestFrom(b0, d0, x, row0, c, p, k, between, nearest);
            labels[i + 1] = nearestFrom(b1, d1, x, row1, c, p, k, between, nearest);
        }
        if (i < n) {
            int b = guess == null ? 0 : guess[i];
            labels[i] = nearestFrom(b, squaredDistance(x, i * p, c, b * p, p), x, i * p, c, p, k, between, nearest);
        }
        return labels;
    }

    /**
     * The scan of the class comment for the row at x[row … row + p), from centre b at computed squared
     * distance best: returns the row's label.
     */
    private static int nearestFrom(int b, double best, double[] x, int row, double[] c, int p, int k, double[] between,
                                   double[] nearest) {
        double skipAbove = FACTOR * best + MARGIN;
        if (nearest[b] > skipAbove) {
            return b;                                    // every other centre is farther
        }
        for (int j = 0; j < k; j++) {
            if (j == b || between.length > 0 && between[b * k + j] > skipAbove) {
                continue;
            }
            double d = squaredDistance(x, row, c, j * p, p);
            if (d < best || (d == best && j < b)) {
                best = d;
                b = j;
                skipAbove = FACTOR * best + MARGIN;
            }
        }
        return b;
    }

    /** Returns Σ_f (a[from + f] − b[at + f])² over f &lt; p, summed in order as {@link Lloyd#squaredDistance}. */
    private static double squaredDistance(double[] a, int from, double[] b, int at, int p) {
        double sum = 0.0;
        for (int f = 0; f < p; f++) {
            double d = a[from + f] - b[at + f];
            sum += d * d;
        }
        return sum;
    }
}
