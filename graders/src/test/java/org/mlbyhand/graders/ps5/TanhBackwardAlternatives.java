package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.UnaryRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of tanh written differently from core's rule, each of which the grader must accept. */
final class TanhBackwardAlternatives {
    private TanhBackwardAlternatives() {
    }

    static final List<Alternative<UnaryRule>> ALL = List.of(
            new Alternative<>("g·(1 − out)(1 + out), which rounds better near ±1", (x, out, g) -> g * (1 - out) * (1 + out)),
            new Alternative<>("g / cosh² x, from the input", (x, out, g) -> {
                double c = Math.cosh(x);
                return g / (c * c);
            }));
}
