package org.mlbyhand.exercises.ps5;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · pow-bwd — the local backward of out = xᵖ for a constant exponent p.
 *
 * <pre>{@code
 *   out = xᵖ           ∂out/∂x = p · xᵖ⁻¹          ∂L/∂x = g · p · xᵖ⁻¹
 *   special case: p = 0 makes out = 1 a constant, so ∂L/∂x = 0, even at x = 0
 * }</pre>
 * The special case is core's (and PyTorch's) rule: written blindly, p · xᵖ⁻¹ at p = 0 and x = 0 is
 * 0 · 0⁻¹ = 0 · ∞ = NaN. The grader plugs your rule into core's engine for pow.
 *
 * <p>Arguments: x, the base; p, the constant exponent; g = ∂L/∂out. Return ∂L/∂x. Use
 * {@code Math.pow}.
 *
 * <p>Do not use core's {@code ScalarOp}, {@code Rules}, {@code Value.backward} or {@code Value.grad}.
 *
 * <p>Classic traps: forgetting to lower the exponent (p · xᵖ); forgetting the factor p; (p − 1) in place
 * of p; forgetting g; NaN at p = 0, x = 0.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=pow-bwd}
 */
public final class PowBackward {
    private PowBackward() {
    }

    /**
     * Returns ∂L/∂x for out = xᵖ.
     *
     * @param x the base
     * @param p the constant exponent
     * @param g ∂L/∂out, the upstream gradient
     * @return ∂L/∂x = g · p · xᵖ⁻¹ (0 when p = 0)
     */
    public static double backward(double x, double p, double g) {
        // TODO: the power rule times g, with p = 0 apart.
        throw new NotImplementedYet("ps5 pow-bwd");
    }
}
