package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.UnaryRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of xᵖ written differently from core's rule, each of which the grader must accept. */
final class PowBackwardAlternatives {
    private PowBackwardAlternatives() {
    }

    static final List<Alternative<UnaryRule>> ALL = List.of(
            new Alternative<>("(g·p) first, then times xᵖ⁻¹", (x, p, g) -> p == 0 ? 0.0 : (g * p) * Math.pow(x, p - 1)),
            new Alternative<>("p·xᵖ / x where x ≠ 0 (the output divided by x), the power rule at x = 0", (x, p, g) -> {
                if (p == 0) {
                    return 0.0;
                }
                if (x == 0) {
                    return g * p * Math.pow(x, p - 1);
                }
                return g * p * Math.pow(x, p) / x;
            }));
}
