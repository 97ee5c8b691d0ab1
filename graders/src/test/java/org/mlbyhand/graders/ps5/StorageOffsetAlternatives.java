package org.mlbyhand.graders.ps5;

import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.graders.ps5.Signatures.Position;
import org.mlbyhand.grading.Alternative;

/** Correct positions written differently from the reference, each of which the grader must accept. */
final class StorageOffsetAlternatives {
    private StorageOffsetAlternatives() {
    }

    static final List<Alternative<Position>> ALL = List.of(
            new Alternative<>("the last axis first, checking as it goes", (shape, strides, offset, index) -> {
                if (index.length != shape.length) {
                    throw new IllegalArgumentException("wrong number of indices");
                }
                int p = offset;
                for (int k = shape.length - 1; k >= 0; k--) {
                    if (index[k] < 0 || index[k] >= shape[k]) {
                        throw new IndexOutOfBoundsException("index " + index[k] + " on axis " + k);
                    }
                    p += strides[k] * index[k];
                }
                return p;
            }),
            new Alternative<>("checks first, then a stream sum", (shape, strides, offset, index) -> {
                if (index.length != shape.length) {
                    throw new IllegalArgumentException("wrong number of indices");
                }
                if (IntStream.range(0, shape.length).anyMatch(k -> index[k] < 0 || index[k] >= shape[k])) {
                    throw new IndexOutOfBoundsException("index outside the shape");
                }
                return offset + IntStream.range(0, shape.length).map(k -> index[k] * strides[k]).sum();
            }));
}
