package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · reduce-bwd — the local backward of a sum or a mean along one axis.
 *
 * <p>Each entry of x goes into exactly one output entry, the one with the same index but for the reduced
 * axis; its gradient is that output's gradient (divided by n for a mean):
 * <pre>{@code
 *   out = x.sum(axis)     dx[…, i, …] = g[…, …]          (i runs along axis, n of them)
 *   out = x.mean(axis)    dx[…, i, …] = g[…, …] / n
 *   x (2, 3), sum over axis 1, g = [1, 2]   →   dx = [[1, 1, 1], [2, 2, 2]]
 * }</pre>
 * Without keepdim the output has lost the axis: put it back (size 1) before spreading g along it.
 * Broadcasting g as it is aligns it with the last axis instead, which is wrong whenever the reduced axis
 * is not the last. The grader plugs your rule into core's engine for sum and mean.
 *
 * <p>Arguments (not modified): shape, x's shape (≥ 1 axis); axis in [0, shape.length); keepdim; mean,
 * true for a mean; g, the output's gradient: x's shape with shape[axis] replaced by 1 (keepdim) or
 * removed. Return dx, of x's shape. You may use {@code reshape}, {@code expand}, {@code div},
 * {@code Tensors}, or loops.
 *
 * <p>Do not use core's {@code Sum} or {@code Mean} rules, nor the engine's {@code backward}, {@code grad}
 * or {@code gradFn}.
 *
 * <p>Classic traps: spreading g without putting the reduced axis back; forgetting 1/n for a mean, or
 * dividing a sum by n; dividing by the number of all entries instead of the axis' size; putting the axis
 * back when keepdim already kept it.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=reduce-bwd}
 */
public final class ReduceBackward {
    private ReduceBackward() {
    }

    /**
     * Returns ∂L/∂x for out = x.sum(axis, keepdim) or x.mean(axis, keepdim).
     *
     * @param shape   x's shape (not modified)
     * @param axis    the reduced axis, from 0
     * @param keepdim whether out kept the axis with size 1
     * @param mean    true for a mean, false for a sum
     * @param g       ∂L/∂out (not modified)
     * @return ∂L/∂x, of x's shape
     */
    public static Tensor grad(int[] shape, int axis, boolean keepdim, boolean mean, Tensor g) {
        // TODO: g with the axis back (size 1), spread along it; divide by shape[axis] for a mean.
        throw new NotImplementedYet("ps5 reduce-bwd");
    }
}
