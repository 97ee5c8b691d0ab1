package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · broadcast — the shape two tensors broadcast to, as NumPy and PyTorch do it.
 *
 * <pre>{@code
 *   align the shapes at their last axis (pad the shorter one with 1s on the left);
 *   on each axis the sizes must be equal, or one of them 1: the result takes the other
 *   (2, 1, 4) with (3, 1)  →  (2, 3, 4)      (3,) with (2, 3)  →  (2, 3)      () with s  →  s
 *   (3, 1) with (0,)       →  (3, 0)         a size 1 stretches to anything, even 0
 *   (2, 3) with (4,)       →  error: 3 ≠ 4 and neither is 1
 * }</pre>
 * An element-wise op on the two tensors then reads each as if it had that shape (stride 0 on the
 * stretched axes); the next exercise sends the gradient back.
 *
 * <p>Arguments: a and b, sizes ≥ 0 (not modified). Throw {@link ShapeMismatchException} naming both
 * shapes when they do not broadcast.
 *
 * <p>Do not use core's {@code Tensor} or {@code Tensors} (adding two tensors of zeros gives the answer).
 *
 * <p>Classic traps: aligning at the first axis instead of the last; taking the larger size on each axis
 * (wrong with 0, and it never rejects); a result as long as the first shape instead of the longer;
 * demanding equal sizes where one is 1.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=broadcast}
 */
public final class BroadcastShape {
    private BroadcastShape() {
    }

    /**
     * Returns the broadcast shape of a and b.
     *
     * @param a a shape (not modified)
     * @param b a shape (not modified)
     * @return the shape both broadcast to, as long as the longer one
     * @throws ShapeMismatchException if a and b do not broadcast
     */
    public static int[] of(int[] a, int[] b) {
        // TODO: walk both shapes from their last axis.
        throw new NotImplementedYet("ps5 broadcast");
    }
}
