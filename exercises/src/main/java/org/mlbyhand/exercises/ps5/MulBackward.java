package org.mlbyhand.exercises.ps5;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · mul-bwd — the local backward of out = a · b.
 *
 * <p>Each operand's local derivative is the other operand's value, and the chain rule multiplies it by
 * g = ∂L/∂out:
 * <pre>{@code
 *   out = a · b        ∂out/∂a = b,  ∂out/∂b = a
 *   ∂L/∂a = g · b      ∂L/∂b = g · a
 * }</pre>
 * For x · x both operands are x, and each gets g·x; core's engine then adds the two into x's gradient,
 * 2·g·x, which is d(x²)/dx times g. The grader plugs your rule into core's engine for ×.
 *
 * <p>Arguments: the operands' values a and b, and g, all finite. Return {@code {∂L/∂a, ∂L/∂b}}.
 *
 * <p>Do not use core's {@code ScalarOp}, {@code Rules}, {@code Value.backward} or {@code Value.grad}.
 *
 * <p>Classic traps: giving each operand its own value instead of the other's; forgetting g.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=mul-bwd}
 */
public final class MulBackward {
    private MulBackward() {
    }

    /**
     * Returns {∂L/∂a, ∂L/∂b} for out = a · b.
     *
     * @param a the first operand
     * @param b the second operand
     * @param g ∂L/∂out, the upstream gradient
     * @return {@code {∂L/∂a, ∂L/∂b}}
     */
    public static double[] backward(double a, double b, double g) {
        // TODO: each operand's local derivative is the other operand; multiply by g.
        throw new NotImplementedYet("ps5 mul-bwd");
    }
}
