package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · log-softmax — log softmax along one axis, from the logits, never through a probability.
 *
 * <pre>{@code
 *   log softmax(x)ᵢ = xᵢ − log Σⱼ e^(xⱼ) = (xᵢ − m) − log Σⱼ e^(xⱼ − m),     m = maxⱼ xⱼ of the run
 *   x = [1000, 0]  →  [0, −1000]          (log of softmax would give log 0 = −∞ for the second)
 * }</pre>
 * Computed this way every exponent is ≤ 0 and the sum is at least 1, so the log is finite; the log of a
 * probability that underflowed to 0 is −∞, although the answer is a finite −1000.
 *
 * <p>Arguments (not modified): x, ≥ 1 axis; axis in [0, x.ndim()). Return a tensor of x's shape. You may
 * use {@code exp}, {@code log}, {@code sub}, {@code sum}, {@code amax}, or loops.
 *
 * <p>Do not use core's {@code logSoftmax}, {@code softmax} or {@code logsumexp}.
 *
 * <p>Classic traps: the log of the softmax (−∞ for small probabilities); no shift (overflow); one shift
 * for the whole tensor; the shift subtracted but not added back; the normaliser forgotten.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=log-softmax}
 */
public final class LogSoftmax {
    private LogSoftmax() {
    }

    /**
     * Returns log softmax(x) along axis.
     *
     * @param x    the logits (not modified)
     * @param axis the axis along which the probabilities sum to 1
     * @return (x − m) − log Σ e^(x − m), of x's shape
     */
    public static Tensor of(Tensor x, int axis) {
        // TODO: shift by each run's maximum, subtract the log of the shifted sum.
        throw new NotImplementedYet("ps5 log-softmax");
    }
}
