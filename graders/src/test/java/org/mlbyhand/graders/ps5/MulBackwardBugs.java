package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.BinaryRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of a · b, each a complete rule the grader must reject. Forgetting g
 * is right when g = 1, so it fails first on the second hand-picked case, where g = 4.
 */
final class MulBackwardBugs {
    private MulBackwardBugs() {
    }

    static final List<Bug<BinaryRule>> ALL = List.of(
            new Bug<>("each operand gets its own value: {g·a, g·b}",
                    "∂(a·b)/∂a is b, the other operand: nudging a by ε moves a·b by ε·b. So ∂L/∂a = g·b and ∂L/∂b = g·a.",
                    (a, b, g) -> new double[] {g * a, g * b}),
            new Bug<>("both get the other operand of a: {g·b, g·b}",
                    "∂L/∂b is g times the other operand, a; your second entry repeats the first one's formula.",
                    (a, b, g) -> new double[] {g * b, g * b}),
            new Bug<>("the rule of a + b: {g, g}",
                    "that is the rule of a sum. For a product the local derivative of each operand is the other"
                            + " operand: ∂L/∂a = g·b, ∂L/∂b = g·a.",
                    (a, b, g) -> new double[] {g, g}),
            new Bug<>("both get g times the output a·b",
                    "the output a·b is the forward value, not the derivative: ∂(a·b)/∂a = b, so ∂L/∂a = g·b.",
                    (a, b, g) -> new double[] {g * a * b, g * a * b}),
            new Bug<>("the chain rule forgotten: {b, a}",
                    "{b, a} are the local derivatives ∂out/∂a and ∂out/∂b; the rule returns ∂L/∂a and ∂L/∂b, each the"
                            + " local derivative times the upstream gradient g.",
                    (a, b, g) -> new double[] {b, a}));
}
