package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · ce-bwd — the local backward of the mean cross-entropy of logits.
 *
 * <pre>{@code
 *   L = (1/n) Σᵢ −log softmax(zᵢ)_{yᵢ}           z (n, k) logits, y n labels in [0, k)
 *   ∂L/∂z = (g/n) · (softmax(z) − onehot(y))       row by row; g = ∂(loss)/∂L, a number
 *   z = [[0, 0]], y = [0], g = 1  →  softmax = [0.5, 0.5],  dz = [[0.5 − 1, 0.5]] = [[−0.5, 0.5]]
 * }</pre>
 * Softmax and the log cancel into this simple form, which is why losses take logits. Compute the
 * softmax of each row stably (shifted by its maximum): logits of 1000 are common in a confident model.
 * You may use core's {@code Tensor.softmax} (an earlier exercise, core's so that a slip there cannot
 * spill over here). The grader plugs your rule into core's engine for cross-entropy, after a linear
 * layer.
 *
 * <p>Arguments (not modified): z (n, k) with n, k ≥ 1; y, n labels in [0, k); g. Return dz, (n, k).
 *
 * <p>Do not use core's {@code crossEntropy} or its rule, nor the engine's {@code backward}, {@code grad}
 * or {@code gradFn}.
 *
 * <p>Classic traps: forgetting 1/n (the loss is a mean), or g; onehot − softmax (the sign); the
 * log-softmax in place of the softmax; an unshifted softmax (NaN for large logits).
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=ce-bwd}
 */
public final class CrossEntropyBackward {
    private CrossEntropyBackward() {
    }

    /**
     * Returns ∂L/∂z for L = mean cross-entropy of logits z with labels y, times the upstream g.
     *
     * @param z the logits, (n, k) (not modified)
     * @param y the labels, in [0, k) (not modified)
     * @param g ∂(loss)/∂L
     * @return (g/n)·(softmax(z) − onehot(y)), (n, k)
     */
    public static Tensor grad(Tensor z, int[] y, double g) {
        // TODO: softmax of each row, minus 1 at the label, times g/n.
        throw new NotImplementedYet("ps5 ce-bwd");
    }
}
