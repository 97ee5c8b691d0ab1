package org.mlbyhand.exercises.ps5;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · strides — the row-major strides of a shape: how far in storage one step along each axis goes.
 *
 * <p>A tensor keeps its entries in one flat array, row-major: the last index moves fastest. Entry
 * (i₀, …, iₙ₋₁) of a fresh tensor lives at Σₖ iₖ·strideₖ, where
 * <pre>{@code
 *   stride[n−1] = 1
 *   stride[k]   = stride[k+1] · shape[k+1]          (an axis of size 0 counts as 1, as in PyTorch)
 *   shape (2, 3, 4)  →  strides (12, 4, 1)           a 0-d shape ()  →  strides ()
 * }</pre>
 * Every view of core's {@code Tensor} (transpose, slice, expand) is the same storage read with other
 * strides; the next exercise reads an index through them.
 *
 * <p>Argument: shape, each size ≥ 0 (not modified). Return an array of the same length.
 *
 * <p>Do not use {@code Tensor.strides()}: that is the answer.
 *
 * <p>Classic traps: column-major order (the first axis moving fastest); taking stride[k] = shape[k+1]
 * instead of the product of all later sizes; including the axis' own size; an axis of size 0 zeroing the
 * strides before it.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=strides}
 */
public final class Strides {
    private Strides() {
    }

    /**
     * Returns the row-major strides of shape.
     *
     * @param shape the sizes, each ≥ 0 (not modified)
     * @return the strides, stride[n−1] = 1 and stride[k] = stride[k+1]·max(shape[k+1], 1)
     */
    public static int[] of(int[] shape) {
        // TODO: from the last axis to the first, multiplying by the later sizes.
        throw new NotImplementedYet("ps5 strides");
    }
}
