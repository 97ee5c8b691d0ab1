package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.UnaryRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of tanh, each a complete rule the grader must reject (the second
 * argument is out = tanh x). Most of them are right at x = 0, where out = 0; they fail at
 * x = atanh(1/√2), where out² = 1/2 and each gives its own number.
 */
final class TanhBackwardBugs {
    private TanhBackwardBugs() {
    }

    static final List<Bug<UnaryRule>> ALL = List.of(
            new Bug<>("the chain rule forgotten: 1 − out²",
                    "1 − out² is the local derivative ∂out/∂x; the rule returns ∂L/∂x, that times the upstream g.",
                    (x, out, g) -> 1 - out * out),
            new Bug<>("sign flipped: out² − 1",
                    "tanh is increasing, so its derivative is positive: 1 − out², not out² − 1.",
                    (x, out, g) -> g * (out * out - 1)),
            new Bug<>("not squared: 1 − out",
                    "d(tanh x)/dx = 1 − tanh² x = 1 − out·out: the output is squared.",
                    (x, out, g) -> g * (1 - out)),
            new Bug<>("the input squared instead of the output: 1 − x²",
                    "the derivative is 1 − tanh² x, written with the output out = tanh x: 1 − out², not 1 − x².",
                    (x, out, g) -> g * (1 - x * x)),
            new Bug<>("sech x, not squared: 1/cosh x",
                    "d(tanh x)/dx = sech² x = 1/cosh² x (= 1 − out²): the hyperbolic secant is squared.",
                    (x, out, g) -> g / Math.cosh(x)));
}
