package org.mlbyhand.graders.ps5;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.BinaryRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of a + b written differently from core's rule, each of which the grader must accept. */
final class AddBackwardAlternatives {
    private AddBackwardAlternatives() {
    }

    static final List<Alternative<BinaryRule>> ALL = List.of(
            new Alternative<>("the local derivatives written out, then multiplied by g", (a, b, g) -> {
                double[] local = {1.0, 1.0};
                return new double[] {local[0] * g, local[1] * g};
            }),
            new Alternative<>("an array of two filled with g", (a, b, g) -> {
                double[] grads = new double[2];
                Arrays.fill(grads, g);
                return grads;
            }));
}
