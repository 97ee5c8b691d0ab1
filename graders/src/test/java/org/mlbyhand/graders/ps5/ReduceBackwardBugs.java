package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.graders.ps5.Signatures.ReduceRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of sum and mean along an axis, each a complete rule the grader must
 * reject. The first case reduces the first axis of a 2×3 tensor, where spreading g as it is happens to be
 * right; the second reduces the last axis of a 2×2 one, where it gives the transpose. The divisions fail
 * on the mean of the third case, each with its own number.
 */
final class ReduceBackwardBugs {
    private ReduceBackwardBugs() {
    }

    private enum Slip { AXIS_NOT_BACK, SUM_DIVIDED, NO_DIVISION, ALL_ENTRIES, AXIS_ADDED_TWICE }

    static final List<Bug<ReduceRule>> ALL = List.of(
            new Bug<>("a sum divided by n too",
                    "only a mean divides by n: each entry of a sum goes in with weight 1, so dx = g spread along the axis.",
                    (shape, axis, keepdim, mean, g) -> grad(shape, axis, keepdim, mean, g, Slip.SUM_DIVIDED)),
            new Bug<>("g spread without putting the reduced axis back",
                    "g has lost the reduced axis; broadcast as it is, it lines up with the last axes of x instead. Put the"
                            + " axis back first (reshape g to x's shape with size 1 at axis), then spread it along axis.",
                    (shape, axis, keepdim, mean, g) -> grad(shape, axis, keepdim, mean, g, Slip.AXIS_NOT_BACK)),
            new Bug<>("a mean's gradient not divided by n",
                    "a mean is the sum divided by n = shape[axis], so each entry's gradient is g / n.",
                    (shape, axis, keepdim, mean, g) -> grad(shape, axis, keepdim, mean, g, Slip.NO_DIVISION)),
            new Bug<>("a mean divided by the number of all entries",
                    "the mean along one axis divides by that axis' size n = shape[axis], not by the number of entries of x.",
                    (shape, axis, keepdim, mean, g) -> grad(shape, axis, keepdim, mean, g, Slip.ALL_ENTRIES)),
            new Bug<>("the axis put back even when keepdim kept it",
                    "with keepdim the output, and so g, still has the reduced axis (size 1): reshape g only when"
                            + " keepdim is false.",
                    (shape, axis, keepdim, mean, g) -> grad(shape, axis, keepdim, mean, g, Slip.AXIS_ADDED_TWICE)));

    private static Tensor grad(int[] shape, int axis, boolean keepdim, boolean mean, Tensor g, Slip slip) {
        Tensor spread;
        if (slip == Slip.AXIS_NOT_BACK) {
            spread = g.expand(shape);
        } else if (slip == Slip.AXIS_ADDED_TWICE || !keepdim) {
            spread = g.unsqueeze(axis).expand(shape);
        } else {
            spread = g.expand(shape);
        }
        int entries = 1;
        for (int d : shape) {
            entries *= d;
        }
        boolean divide = slip == Slip.SUM_DIVIDED || mean && slip != Slip.NO_DIVISION;
        return divide ? spread.div(slip == Slip.ALL_ENTRIES ? entries : shape[axis]).contiguous() : spread.contiguous();
    }
}
