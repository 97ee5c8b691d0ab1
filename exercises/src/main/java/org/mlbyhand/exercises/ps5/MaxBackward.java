package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · max-bwd — the local backward of max along one axis: the gradient goes to the first maximum.
 *
 * <p>out = x.max(axis) picks one entry per run along the axis; only that entry moves the output, so it
 * receives the whole gradient and every other entry 0. When several entries tie for the maximum, core
 * (as PyTorch's {@code max(dim)}) sends all of it to the <em>first</em> of them, the index
 * {@code argmax} returns:
 * <pre>{@code
 *   x = [[1, 5, 2], [7, 0, 3]], max over axis 1, g = [10, 20]   →   dx = [[0, 10, 0], [20, 0, 0]]
 *   x = [[4, 4, 1]], g = [1]                                     →   dx = [[1, 0, 0]]      (not [[1, 1, 0]])
 * }</pre>
 * Giving every tied entry the whole gradient counts it twice (the output moves by g·ε, not 2·g·ε);
 * splitting it evenly is another valid rule (core's {@code amax}), but not max's. The grader plugs your
 * rule into core's engine for max.
 *
 * <p>Arguments (not modified): x (≥ 1 axis, the axis non-empty); axis in [0, x.ndim()); keepdim; g, of
 * the output's shape (x's with the axis removed, or size 1 with keepdim). Return dx, of x's shape. Use
 * {@code get}, {@code toArray} and {@code Tensors.fromArray}, or tensor ops.
 *
 * <p>Do not use core's {@code Max} rule or {@code Tensor.argmax}, nor the engine's {@code backward},
 * {@code grad} or {@code gradFn}.
 *
 * <p>Classic traps: every tied maximum gets g; ties share it; the last maximum instead of the first
 * (&gt;= while scanning); spreading g without putting the reduced axis back.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=max-bwd}
 */
public final class MaxBackward {
    private MaxBackward() {
    }

    /**
     * Returns ∂L/∂x for out = x.max(axis, keepdim).
     *
     * @param x       the input (not modified)
     * @param axis    the reduced axis, from 0
     * @param keepdim whether out kept the axis with size 1
     * @param g       ∂L/∂out (not modified)
     * @return ∂L/∂x: g at the first maximum of each run, 0 elsewhere
     */
    public static Tensor grad(Tensor x, int axis, boolean keepdim, Tensor g) {
        // TODO: for each run along axis, find the first maximum and put g there.
        throw new NotImplementedYet("ps5 max-bwd");
    }
}
