package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · softmax — softmax along one axis, computed so that it never overflows.
 *
 * <pre>{@code
 *   softmax(x)ᵢ = e^(xᵢ) / Σⱼ e^(xⱼ) = e^(xᵢ − m) / Σⱼ e^(xⱼ − m),     m = maxⱼ xⱼ of the same run
 * }</pre>
 * Each run along the axis (the entries that differ only in their index along it) is normalised on its
 * own. Shifting a run by its own maximum changes nothing in exact arithmetic (e^(−m) cancels) but makes
 * every exponent ≤ 0 and the largest term exactly 1: e^1000 would overflow to ∞ and ∞/∞ is NaN, while
 * a shift by the maximum of the whole tensor lets a run far below it underflow to 0/0.
 *
 * <p>Arguments (not modified): x, ≥ 1 axis; axis in [0, x.ndim()). Return a tensor of x's shape. You
 * may use {@code exp}, {@code sub}, {@code div}, {@code sum}, {@code amax}, or loops.
 *
 * <p>Do not use core's {@code softmax}, {@code logSoftmax} or {@code logsumexp}.
 *
 * <p>Classic traps: no shift (NaN for large logits); one shift for the whole tensor; normalising along
 * another axis, or over the whole tensor.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=softmax}
 */
public final class Softmax {
    private Softmax() {
    }

    /**
     * Returns softmax(x) along axis.
     *
     * @param x    the logits (not modified)
     * @param axis the axis along which each run sums to 1
     * @return e^(x − m) / Σ e^(x − m), of x's shape
     */
    public static Tensor of(Tensor x, int axis) {
        // TODO: shift each run by its own maximum, exponentiate, divide by the run's sum.
        throw new NotImplementedYet("ps5 softmax");
    }
}
