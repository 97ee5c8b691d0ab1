package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.BinaryRule;
import org.mlbyhand.grading.Bug;

/** Classic mistakes in the backward of a + b, each a complete rule the grader must reject. */
final class AddBackwardBugs {
    private AddBackwardBugs() {
    }

    static final List<Bug<BinaryRule>> ALL = List.of(
            new Bug<>("local derivatives without the chain rule: {1, 1}",
                    "you returned the local derivatives ∂out/∂a = ∂out/∂b = 1, but the rule returns ∂L/∂a and ∂L/∂b:"
                            + " by the chain rule each is g · (local derivative), so both are g.",
                    (a, b, g) -> new double[] {1, 1}),
            new Bug<>("the rule of a − b: {g, −g}",
                    "out = a + b grows with b just as it grows with a: ∂out/∂b = +1, so ∂L/∂b = +g. −g is the rule of a − b.",
                    (a, b, g) -> new double[] {g, -g}),
            new Bug<>("only the first operand gets the gradient: {g, 0}",
                    "both operands of a + b receive the gradient: nudging b by ε moves out by ε too, so ∂L/∂b = g.",
                    (a, b, g) -> new double[] {g, 0}),
            new Bug<>("the rule of a · b: {g·b, g·a}",
                    "that is the rule of a product. For a sum the local derivatives are 1, whatever a and b are:"
                            + " ∂L/∂a = ∂L/∂b = g.",
                    (a, b, g) -> new double[] {g * b, g * a}));
}
