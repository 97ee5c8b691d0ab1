package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.Position;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in reading an index through strides, each a complete implementation the grader must
 * reject. The bounds check that lets iₖ = shape[k] through is listed before the missing check: both
 * return where the check at iₖ = size expects an exception, but only the missing one also returns for
 * a negative index, which is checked first.
 */
final class StorageOffsetBugs {
    private StorageOffsetBugs() {
    }

    private enum Slip { NO_OFFSET, CONTIGUOUS, REVERSED, INCLUSIVE_BOUND, NO_CHECK }

    static final List<Bug<Position>> ALL = List.of(
            new Bug<>("offset forgotten",
                    "a view may start anywhere in its storage: entry (0, …, 0) is at offset, so the position is"
                            + " offset + Σ iₖ·strideₖ.",
                    (shape, strides, offset, index) -> position(shape, strides, offset, index, Slip.NO_OFFSET)),
            new Bug<>("the row-major strides of the shape instead of the strides given",
                    "a view is not contiguous in general (a transpose swaps the strides, an expanded axis has stride"
                            + " 0): use the strides you are given, not the ones a fresh tensor of that shape would have.",
                    (shape, strides, offset, index) -> position(shape, strides, offset, index, Slip.CONTIGUOUS)),
            new Bug<>("each index paired with the stride of the mirror axis",
                    "index[k] goes with strides[k], the same axis: Σₖ index[k]·strides[k].",
                    (shape, strides, offset, index) -> position(shape, strides, offset, index, Slip.REVERSED)),
            new Bug<>("bounds check lets iₖ = shape[k] through",
                    "the valid positions along an axis of size n are 0 … n − 1: reject iₖ ≥ shape[k], not only"
                            + " iₖ > shape[k].",
                    (shape, strides, offset, index) -> position(shape, strides, offset, index, Slip.INCLUSIVE_BOUND)),
            new Bug<>("no bounds check",
                    "an index outside its axis silently reads another entry, or outside the storage: throw"
                            + " IndexOutOfBoundsException when iₖ < 0 or iₖ ≥ shape[k].",
                    (shape, strides, offset, index) -> position(shape, strides, offset, index, Slip.NO_CHECK)));

    private static int position(int[] shape, int[] strides, int offset, int[] index, Slip slip) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("position: " + index.length + " indices for " + shape.length + " axes");
        }
        int[] contiguous = new int[shape.length];
        for (int k = shape.length - 1, step = 1; k >= 0; k--) {
            contiguous[k] = step;
            step *= Math.max(shape[k], 1);
        }
        int p = slip == Slip.NO_OFFSET ? 0 : offset;
        for (int k = 0; k < shape.length; k++) {
            boolean outside = slip == Slip.INCLUSIVE_BOUND ? index[k] < 0 || index[k] > shape[k]
                    : index[k] < 0 || index[k] >= shape[k];
            if (outside && slip != Slip.NO_CHECK) {
                throw new IndexOutOfBoundsException("index " + java.util.Arrays.toString(index));
            }
            int stride = slip == Slip.CONTIGUOUS ? contiguous[k] : slip == Slip.REVERSED ? strides[shape.length - 1 - k]
                    : strides[k];
            p += index[k] * stride;
        }
        return p;
    }
}
