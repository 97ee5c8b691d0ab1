package org.mlbyhand.exercises.ps5;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · tanh-bwd — the local backward of out = tanh x, written with the output.
 *
 * <pre>{@code
 *   out = tanh x       ∂out/∂x = 1 − tanh² x = 1 − out²          ∂L/∂x = g · (1 − out²)
 * }</pre>
 * The forward pass already computed out, so the backward reuses it instead of computing tanh again
 * (micrograd's {@code (1 - t**2) * out.grad}). For large |x|, out = ±1 and the gradient vanishes: a
 * saturated tanh passes nothing back. The grader plugs your rule into core's engine for tanh.
 *
 * <p>Arguments: x, the input; out = tanh x, as the forward pass computed it; g = ∂L/∂out. Return ∂L/∂x.
 *
 * <p>Do not use core's {@code ScalarOp}, {@code Rules}, {@code Value.backward} or {@code Value.grad}.
 *
 * <p>Classic traps: 1 − out instead of 1 − out²; 1 − x² (the input, not the output); forgetting g.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=tanh-bwd}
 */
public final class TanhBackward {
    private TanhBackward() {
    }

    /**
     * Returns ∂L/∂x for out = tanh x.
     *
     * @param x   the input
     * @param out tanh x, from the forward pass
     * @param g   ∂L/∂out, the upstream gradient
     * @return ∂L/∂x = g · (1 − out²)
     */
    public static double backward(double x, double out, double g) {
        // TODO: the derivative of tanh, written with out, times g.
        throw new NotImplementedYet("ps5 tanh-bwd");
    }
}
