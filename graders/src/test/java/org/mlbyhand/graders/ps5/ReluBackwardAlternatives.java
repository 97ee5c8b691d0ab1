package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.UnaryRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of relu written differently from core's rule, each of which the grader must accept. */
final class ReluBackwardAlternatives {
    private ReluBackwardAlternatives() {
    }

    static final List<Alternative<UnaryRule>> ALL = List.of(
            new Alternative<>("from the input: g where x > 0", (x, out, g) -> x > 0 ? g : 0.0),
            new Alternative<>("g times an indicator, g·[out > 0]", (x, out, g) -> g * (out > 0 ? 1.0 : 0.0)));
}
