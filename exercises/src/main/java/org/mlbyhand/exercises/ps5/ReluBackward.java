package org.mlbyhand.exercises.ps5;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · relu-bwd — the local backward of out = relu x = max(x, 0).
 *
 * <pre>{@code
 *   out = max(x, 0)    ∂out/∂x = 1 where out > 0, else 0          ∂L/∂x = g where out > 0, else 0
 * }</pre>
 * At x = 0 relu has a kink and no derivative; core, micrograd and PyTorch all take the slope 0 there,
 * and so must you. The grader plugs your rule into core's engine for relu.
 *
 * <p>Arguments: x, the input; out = relu x, as the forward pass computed it; g = ∂L/∂out. Return ∂L/∂x.
 *
 * <p>Do not use core's {@code ScalarOp}, {@code Rules}, {@code Value.backward} or {@code Value.grad}.
 *
 * <p>Classic traps: returning g·out (the value, not the slope); letting the gradient through at x = 0;
 * forgetting g.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=relu-bwd}
 */
public final class ReluBackward {
    private ReluBackward() {
    }

    /**
     * Returns ∂L/∂x for out = relu x.
     *
     * @param x   the input
     * @param out relu x, from the forward pass
     * @param g   ∂L/∂out, the upstream gradient
     * @return ∂L/∂x: g where out &gt; 0, else 0
     */
    public static double backward(double x, double out, double g) {
        // TODO: pass g where relu is on, block it elsewhere (and at 0).
        throw new NotImplementedYet("ps5 relu-bwd");
    }
}
