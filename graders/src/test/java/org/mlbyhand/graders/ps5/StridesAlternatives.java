package org.mlbyhand.graders.ps5;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.grading.Alternative;

/** Correct row-major strides written differently from core's, each of which the grader must accept. */
final class StridesAlternatives {
    private StridesAlternatives() {
    }

    static final List<Alternative<UnaryOperator<int[]>>> ALL = List.of(
            new Alternative<>("each stride the product of the later sizes, by a nested loop", shape -> {
                int[] s = new int[shape.length];
                for (int k = 0; k < shape.length; k++) {
                    s[k] = 1;
                    for (int j = k + 1; j < shape.length; j++) {
                        s[k] *= Math.max(shape[j], 1);
                    }
                }
                return s;
            }),
            new Alternative<>("recursively: the strides of the later axes, then this one in front", StridesAlternatives::tail));

    private static int[] tail(int[] shape) {
        if (shape.length == 0) {
            return new int[0];
        }
        int[] rest = tail(java.util.Arrays.copyOfRange(shape, 1, shape.length));
        int[] s = new int[shape.length];
        System.arraycopy(rest, 0, s, 1, rest.length);
        s[0] = rest.length == 0 ? 1 : rest[0] * Math.max(shape[1], 1);
        return s;
    }
}
