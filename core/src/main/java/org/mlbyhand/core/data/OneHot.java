package org.mlbyhand.core.data;

import org.mlbyhand.core.linalg.Matrix;

/**
 * One-hot encoding of class labels, and its inverse:
 * <pre>{@code
 *   encode:  Y_ic = 1 if labels[i] = c, else 0          (n×k)
 *   decode:  labels[i] = argmax_c P_ic                  (first maximum on ties)
 * }</pre>
 * {@code decode} turns a matrix of class scores or probabilities back into labels.
 */
public final class OneHot {
    private OneHot() {
    }

    /**
     * Returns the n×k one-hot matrix of the labels.
     *
     * @param labels class indices in [0, k), length n (not modified)
     * @param k      number of classes, at least 1
     * @return n×k, one 1 per row
     * @throws IllegalArgumentException if k &lt; 1, or naming the first label outside [0, k)
     */
    public static Matrix encode(int[] labels, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("OneHot.encode: k must be ≥ 1, got " + k);
        }
        Matrix Y = Matrix.zeros(labels.length, k);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException("OneHot.encode: labels[" + i + "] = " + labels[i]
                        + " is outside [0, " + k + ")");
            }
            Y.set(i, labels[i], 1.0);
        }
        return Y;
    }

    /**
     * Returns the one-hot matrix with k = max(labels) + 1 classes.
     *
     * @param labels class indices, each ≥ 0, at least one (not modified)
     * @throws IllegalArgumentException if labels is empty or naming the first negative label
     */
    public static Matrix encode(int[] labels) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("OneHot.encode: no labels, so the number of classes is unknown; pass k");
        }
        return encode(labels, Labels.numClasses(labels));
    }

    /**
     * Returns the index of the largest entry of each row of P.
     *
     * @param P n×k scores with k ≥ 1 (not modified)
     * @return labels in [0, k), length n
     * @throws IllegalArgumentException if P has no columns, or naming the first NaN entry
     */
    public static int[] decode(Matrix P) {
        if (P.cols() == 0) {
            throw new IllegalArgumentException("OneHot.decode: P is " + P.shape() + ", needs at least one column");
        }
        int[] labels = new int[P.rows()];
        for (int i = 0; i < P.rows(); i++) {
            int best = 0;
            for (int c = 0; c < P.cols(); c++) {
                double v = P.get(i, c);
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("OneHot.decode: P[" + i + "][" + c + "] is NaN");
                }
                if (v > P.get(i, best)) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        return labels;
    }
}
