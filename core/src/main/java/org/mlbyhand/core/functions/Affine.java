package org.mlbyhand.core.functions;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The affine map every linear model, and every linear layer of a network, applies to its input rows:
 * <pre>{@code
 *   z = X·w + b            X n×p, w length p, b a scalar       →  z length n     (one output)
 *   Z = X·Wᵀ + 1·bᵀ        X n×p, W k×p, b length k            →  Z n×k          (k outputs, one row of W each)
 * }</pre>
 * The scores (logits) that {@link Activations} and {@link Losses} take. NaN and infinities propagate as
 * in the arithmetic; the callers that need finite input check it first. The products are
 * {@link Matrix#multiply}'s, so a result is bit-identical to writing the product and the sum out by hand.
 */
public final class Affine {
    private Affine() {
    }

    /**
     * Returns z = X·w + b.
     *
     * @param X n×p (not modified)
     * @param w length p (not modified)
     * @param b the intercept
     * @return length n
     * @throws ShapeMismatchException if w's length is not p
     */
    public static double[] scores(Matrix X, double[] w, double b) {
        if (w.length != X.cols()) {
            throw new ShapeMismatchException("Affine.scores: X is " + X.shape() + ", w has length " + w.length);
        }
        double[] z = X.multiply(w);
        for (int i = 0; i < z.length; i++) {
            z[i] += b;
        }
        return z;
    }

    /**
     * Returns Z = X·Wᵀ + 1·bᵀ: Z[i][c] = xᵢᵀW_c + b_c.
     *
     * @param X n×p (not modified)
     * @param W k×p, one row per output (not modified)
     * @param b length k (not modified)
     * @return n×k
     * @throws ShapeMismatchException if W does not have p columns or b's length is not k
     */
    public static Matrix scores(Matrix X, Matrix W, double[] b) {
        if (W.cols() != X.cols() || b.length != W.rows()) {
            throw new ShapeMismatchException("Affine.scores: X is " + X.shape() + ", W is " + W.shape()
                    + ", b has length " + b.length);
        }
        Matrix Z = X.multiply(W.transpose());   // n×k
        for (int i = 0; i < Z.rows(); i++) {
            for (int c = 0; c < Z.cols(); c++) {
                Z.set(i, c, Z.get(i, c) + b[c]);
            }
        }
        return Z;
    }
}
