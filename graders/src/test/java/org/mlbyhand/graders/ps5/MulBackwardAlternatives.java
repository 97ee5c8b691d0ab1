package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.BinaryRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of a · b written differently from core's rule, each of which the grader must accept. */
final class MulBackwardAlternatives {
    private MulBackwardAlternatives() {
    }

    static final List<Alternative<BinaryRule>> ALL = List.of(
            new Alternative<>("the local derivatives {b, a} first, then each times g", (a, b, g) -> {
                double[] local = {b, a};
                for (int i = 0; i < local.length; i++) {
                    local[i] *= g;
                }
                return local;
            }),
            new Alternative<>("the operands in an array, each gradient the other one times g", (a, b, g) -> {
                double[] operands = {a, b};
                return new double[] {operands[1] * g, operands[0] * g};
            }));
}
