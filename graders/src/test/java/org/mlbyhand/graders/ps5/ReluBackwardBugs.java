package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.UnaryRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of relu, each a complete rule the grader must reject (the second
 * argument is out = relu x). The slope at the kink is right everywhere but x = 0, its own check.
 */
final class ReluBackwardBugs {
    private ReluBackwardBugs() {
    }

    static final List<Bug<UnaryRule>> ALL = List.of(
            new Bug<>("the output instead of the slope: g·out",
                    "out = relu x is the forward value; the local derivative is the slope of relu: 1 where out > 0, else 0."
                            + " So ∂L/∂x = g or 0.",
                    (x, out, g) -> g * out),
            new Bug<>("the chain rule forgotten: 1 or 0",
                    "1 and 0 are the local derivative ∂out/∂x; the rule returns ∂L/∂x, that times the upstream g.",
                    (x, out, g) -> out > 0 ? 1.0 : 0.0),
            new Bug<>("inverted: the gradient passed where x < 0",
                    "relu is the identity where x > 0 (slope 1) and constant where x < 0 (slope 0): pass g where"
                            + " out > 0, block it elsewhere.",
                    (x, out, g) -> x < 0 ? g : 0.0),
            new Bug<>("slope 1 at x = 0 (x ≥ 0)",
                    "at x = 0 relu has a kink; core, micrograd and PyTorch take the slope there to be 0. Test out > 0"
                            + " (or x > 0), not x ≥ 0.",
                    (x, out, g) -> x >= 0 ? g : 0.0));
}
