package org.mlbyhand.graders.ps5;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in row-major strides, each a complete implementation the grader must reject. On
 * (2, 3, 4) they give (1, 2, 6), (3, 4, 1) and (24, 12, 4); the size-0 slip is right there and fails on
 * (2, 0, 3) alone, where stride[k] = shape[k+1] gives the same (0, 3, 1), so it is listed before that one.
 */
final class StridesBugs {
    private StridesBugs() {
    }

    static final List<Bug<UnaryOperator<int[]>>> ALL = List.of(
            new Bug<>("column-major: the first axis moves fastest",
                    "row-major storage makes the last index move fastest: stride[n−1] = 1, and the strides grow towards"
                            + " the first axis. Yours grow towards the last (column-major, Fortran order).",
                    shape -> {
                        int[] s = new int[shape.length];
                        int step = 1;
                        for (int k = 0; k < shape.length; k++) {
                            s[k] = step;
                            step *= Math.max(shape[k], 1);
                        }
                        return s;
                    }),
            new Bug<>("an axis of size 0 makes the earlier strides 0",
                    "an axis of size 0 counts as size 1 in the strides (as PyTorch: torch.zeros(2, 0, 3).stride() is"
                            + " (3, 3, 1)): multiply by max(shape[k+1], 1).",
                    shape -> {
                        int[] s = new int[shape.length];
                        int step = 1;
                        for (int k = shape.length - 1; k >= 0; k--) {
                            s[k] = step;
                            step *= shape[k];
                        }
                        return s;
                    }),
            new Bug<>("stride[k] = shape[k+1], not the product of all later sizes",
                    "one step along axis k skips a whole block of the later axes: stride[k] = shape[k+1]·shape[k+2]·…,"
                            + " the product of all later sizes, not the next size alone.",
                    shape -> {
                        int[] s = new int[shape.length];
                        for (int k = 0; k < shape.length; k++) {
                            s[k] = k == shape.length - 1 ? 1 : shape[k + 1];
                        }
                        return s;
                    }),
            new Bug<>("the axis' own size included: stride[k] = shape[k]·shape[k+1]·…",
                    "stride[k] is the product of the sizes after axis k, not from axis k on: the last stride is 1,"
                            + " whatever the last size.",
                    shape -> {
                        int[] s = new int[shape.length];
                        int step = 1;
                        for (int k = shape.length - 1; k >= 0; k--) {
                            step *= Math.max(shape[k], 1);
                            s[k] = step;
                        }
                        return s;
                    }));
}
