package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · unbroadcast — sum a gradient back to the shape of an input that was broadcast.
 *
 * <p>If b of shape (3,) is added to x of shape (2, 3), each bⱼ is used in both rows, so its gradient is
 * the sum of both contributions: the gradient g of the output, (2, 3), is summed over the axes along
 * which b was stretched, back to b's shape:
 * <pre>{@code
 *   sumTo(g, shape): align shape with g's shape at the last axis;
 *       sum g over every leading axis that shape does not have,
 *       and over every axis where shape has size 1 but g does not (keeping it, size 1)
 *   g = [[1, 2, 3], [4, 5, 6]]:   to (3,) → [5, 7, 9]    to (2, 1) → [[6], [15]]    to () → 21
 * }</pre>
 * This is the last step of the backward of every broadcasting op: the grader plugs your sumTo into
 * core's rules for + and × (∂L/∂a = sumTo(g, a's shape), ∂L/∂a = sumTo(g ∘ b, a's shape)).
 *
 * <p>Arguments (not modified): g, any shape; shape, a shape that broadcasts to g's. Return a tensor of
 * that shape; g itself (or a copy) when the shapes are equal. Throw {@link ShapeMismatchException} if
 * shape does not broadcast to g's shape. You may use {@code Tensor.sum}, {@code reshape},
 * {@code Tensors.fromArray} and {@code get}.
 *
 * <p>Do not use {@code Tensor.sumTo} (the answer), nor the engine's {@code backward}, {@code grad} or
 * {@code gradFn}.
 *
 * <p>Classic traps: summing only the missing leading axes, or only the size-1 ones; losing a size-1 axis
 * (the result must have exactly the shape asked for); a mean instead of a sum; dropping axes from the
 * wrong end.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=unbroadcast}
 */
public final class Unbroadcast {
    private Unbroadcast() {
    }

    /**
     * Returns g summed over the axes that shape was broadcast along, with that shape.
     *
     * @param g     the gradient of the broadcast output (not modified)
     * @param shape the shape of the input that was broadcast (not modified)
     * @return a tensor of the given shape
     * @throws ShapeMismatchException if shape does not broadcast to g's shape
     */
    public static Tensor sumTo(Tensor g, int[] shape) {
        // TODO: sum the leading axes away, then the size-1 axes with keepdim.
        throw new NotImplementedYet("ps5 unbroadcast");
    }
}
