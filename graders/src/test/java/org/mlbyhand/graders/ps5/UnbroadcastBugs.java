package org.mlbyhand.graders.ps5;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps5.Signatures.SumTo;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in un-broadcasting, each a complete implementation the grader must reject. On the
 * first case, g (2, 3) to (3,), summing only the size-1 axes returns g itself and dropping trailing axes
 * returns the row sums [6, 15]; summing only the leading axes passes it and returns g for (2, 1), where
 * forgetting keepdim returns [6, 15]; the mean gives [2.5, 3.5, 4.5].
 */
final class UnbroadcastBugs {
    private UnbroadcastBugs() {
    }

    private enum Slip { LEADING_ONLY, ONES_ONLY, NO_KEEPDIM, MEAN, TRAILING }

    static final List<Bug<SumTo>> ALL = List.of(
            new Bug<>("only the size-1 axes summed, not the missing leading ones",
                    "b of shape (3,) added to x of shape (2, 3) is used once per row: sum g over the leading axes b does"
                            + " not have (here axis 0) as well as over its size-1 axes.",
                    (g, shape) -> sumTo(g, shape, Slip.ONES_ONLY)),
            new Bug<>("axes dropped from the end instead of the front",
                    "shapes are aligned at their last axis: the axes a shorter shape lacks are the leading ones. Sum"
                            + " over axis 0 (and the following ones), not over the last axes.",
                    (g, shape) -> sumTo(g, shape, Slip.TRAILING)),
            new Bug<>("a mean instead of a sum",
                    "each use of a broadcast entry adds its own contribution to the gradient: sum them, do not average.",
                    (g, shape) -> sumTo(g, shape, Slip.MEAN)),
            new Bug<>("only the missing leading axes summed, not the size-1 ones",
                    "an axis where the input has size 1 and g does not was stretched too: sum g over it, keeping it"
                            + " (keepdim), so that (2, 3) becomes (2, 1).",
                    (g, shape) -> sumTo(g, shape, Slip.LEADING_ONLY)),
            new Bug<>("a size-1 axis summed away instead of kept",
                    "sum over the size-1 axes with keepdim = true (or reshape after): the result must have exactly the"
                            + " shape asked for, (2, 1), not (2,).",
                    (g, shape) -> sumTo(g, shape, Slip.NO_KEEPDIM)));

    private static Tensor sumTo(Tensor g, int[] shape, Slip slip) {
        int lead = g.ndim() - shape.length;
        for (int k = 0; k < shape.length; k++) {
            if (lead < 0 || shape[k] != 1 && shape[k] != g.size(lead + k)) {
                throw new ShapeMismatchException("sumTo: " + Arrays.toString(g.shape()) + " to " + Arrays.toString(shape));
            }
        }
        Tensor s = g;
        if (slip != Slip.ONES_ONLY) {
            for (int k = 0; k < lead; k++) {
                s = slip == Slip.TRAILING ? reduce(s, s.ndim() - 1, false, slip) : reduce(s, 0, false, slip);
            }
        }
        if (slip == Slip.LEADING_ONLY) {
            return s;
        }
        int offset = s.ndim() - shape.length;
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == 1 && s.size(offset + k) != 1) {
                s = reduce(s, offset + k, slip != Slip.NO_KEEPDIM, slip);
                if (slip == Slip.NO_KEEPDIM) {
                    offset--;
                }
            }
        }
        return s;
    }

    private static Tensor reduce(Tensor s, int axis, boolean keepdim, Slip slip) {
        return slip == Slip.MEAN ? s.mean(axis, keepdim) : s.sum(axis, keepdim);
    }
}
