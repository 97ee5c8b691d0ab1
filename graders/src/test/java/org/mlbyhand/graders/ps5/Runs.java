package org.mlbyhand.graders.ps5;

/**
 * The runs of a tensor along one axis, in row-major storage: run r (one per entry of the output of a
 * reduction) holds the n entries that differ only along the axis. Used by the bugs and alternatives
 * that loop over runs (max, softmax, log-softmax).
 */
final class Runs {
    final int n;
    final int inner;
    final int count;

    /** The runs of a tensor of this shape along axis. */
    Runs(int[] shape, int axis) {
        int in = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            in *= shape[k];
        }
        int total = 1;
        for (int d : shape) {
            total *= d;
        }
        this.n = shape[axis];
        this.inner = in;
        this.count = n == 0 ? 0 : total / n;
    }

    /** Returns the row-major position of entry i of run r. */
    int at(int r, int i) {
        return (r / inner) * n * inner + i * inner + r % inner;
    }
}
