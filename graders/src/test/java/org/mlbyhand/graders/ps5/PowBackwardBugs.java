package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.UnaryRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of xᵖ, each a complete rule the grader must reject. The first hand
 * case, x³ at x = 2, tells the slips of the power rule apart (24, 4 and 8 for 12); forgetting g fails
 * on the second (g = 0.5); the NaN at p = 0 only on its own edge case.
 */
final class PowBackwardBugs {
    private PowBackwardBugs() {
    }

    static final List<Bug<UnaryRule>> ALL = List.of(
            new Bug<>("exponent not lowered: g·p·xᵖ",
                    "the power rule lowers the exponent by one: d(xᵖ)/dx = p·xᵖ⁻¹, so x³ at x = 2 gives 3·2² = 12.",
                    (x, p, g) -> g * p * Math.pow(x, p)),
            new Bug<>("factor p forgotten: g·xᵖ⁻¹",
                    "d(xᵖ)/dx = p·xᵖ⁻¹: the exponent comes down as a factor in front.",
                    (x, p, g) -> g * Math.pow(x, p - 1)),
            new Bug<>("(p − 1) in front instead of p: g·(p − 1)·xᵖ⁻¹",
                    "the factor in front is the old exponent p, and the new exponent is p − 1: d(xᵖ)/dx = p·xᵖ⁻¹.",
                    (x, p, g) -> g * (p - 1) * Math.pow(x, p - 1)),
            new Bug<>("the chain rule forgotten: p·xᵖ⁻¹",
                    "p·xᵖ⁻¹ is the local derivative ∂out/∂x; the rule returns ∂L/∂x, that times the upstream g.",
                    (x, p, g) -> p == 0 ? 0.0 : p * Math.pow(x, p - 1)),
            new Bug<>("NaN at p = 0, x = 0: 0·0⁻¹ computed blindly",
                    "at p = 0, x⁰ = 1 is a constant and its gradient is 0; computed as p·xᵖ⁻¹ it is 0·0⁻¹ = 0·∞ = NaN"
                            + " at x = 0. Return 0 when p = 0.",
                    (x, p, g) -> g * p * Math.pow(x, p - 1)));
}
