package org.mlbyhand.exercises.ps5;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · add-bwd — the local backward of out = a + b: what the engine adds to each operand's gradient.
 *
 * <p>Given g = ∂L/∂out, the gradient of the loss with respect to the op's output, the chain rule gives
 * each operand's gradient as g times the local derivative:
 * <pre>{@code
 *   out = a + b        ∂out/∂a = 1,  ∂out/∂b = 1
 *   ∂L/∂a = g · 1      ∂L/∂b = g · 1
 * }</pre>
 * This is micrograd's {@code _backward} of {@code __add__}, one op alone: core's engine owns the graph,
 * the order and the accumulation ({@code a.grad += …}), and the grader plugs your rule into it for +.
 *
 * <p>Arguments: a and b, the operands' values, and g, all finite numbers. Return
 * {@code {∂L/∂a, ∂L/∂b}}, an array of two numbers. a and b are not needed here; the rule of × will need
 * them.
 *
 * <p>Do not use core's {@code ScalarOp}, {@code Rules}, {@code Value.backward} or {@code Value.grad}:
 * they hold the answer.
 *
 * <p>Classic traps: returning the local derivatives {1, 1} without multiplying by g (the chain rule);
 * giving the second operand −g, which is the rule of a − b.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=add-bwd}
 */
public final class AddBackward {
    private AddBackward() {
    }

    /**
     * Returns {∂L/∂a, ∂L/∂b} for out = a + b.
     *
     * @param a the first operand
     * @param b the second operand
     * @param g ∂L/∂out, the upstream gradient
     * @return {@code {∂L/∂a, ∂L/∂b}}
     */
    public static double[] backward(double a, double b, double g) {
        // TODO: multiply each local derivative by g.
        throw new NotImplementedYet("ps5 add-bwd");
    }
}
