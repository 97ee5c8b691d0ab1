package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/** Every shape error names the op and both shapes; every index error the index, the range and the shape. */
class ErrorMessagesTest {

    private static void fails(Class<? extends Throwable> type, String message, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }

    @Test
    void shapeMismatchesNameTheOpAndBothShapes() {
        fails(ShapeMismatchException.class, "matmul: (2, 3) @ (4, 5) (a has 3 columns, b has 4 rows)",
                () -> Tensors.zeros(2, 3).matmul(Tensors.zeros(4, 5)));
        fails(ShapeMismatchException.class, "matmul: (2, 3, 4) @ (3, 4, 5): the batch axes: (2,) and (3,) do not broadcast"
                + " (axis -1 from the end: 2 vs 3)", () -> Tensors.zeros(2, 3, 4).matmul(Tensors.zeros(3, 4, 5)));
        fails(ShapeMismatchException.class, "matmul: () @ (2,): both operands need at least one axis (use mul for a scalar)",
                () -> Tensors.scalar(1).matmul(Tensors.zeros(2)));
        fails(ShapeMismatchException.class, "add: (2, 3) and (4,) do not broadcast (axis -1 from the end: 3 vs 4)",
                () -> Tensors.zeros(2, 3).add(Tensors.zeros(4)));
        fails(ShapeMismatchException.class, "reshape: (2, 3) (6 entries) cannot be seen as (4, -1)",
                () -> Tensors.zeros(2, 3).reshape(4, -1));
        fails(ShapeMismatchException.class, "expand: cannot broadcast (2, 3) to (4, 3) (axis 0: 2 is neither 4 nor 1)",
                () -> Tensors.zeros(2, 3).expand(4, 3));
        fails(ShapeMismatchException.class, "cat along axis 0: tensor 0 is (2, 3), tensor 1 is (2, 4); all sizes but the axis' must agree",
                () -> Tensor.cat(0, Tensors.zeros(2, 3), Tensors.zeros(2, 4)));
        fails(ShapeMismatchException.class, "split: sizes [2, 2] add up to 4, but axis 1 of (2, 5) has size 5",
                () -> Tensors.zeros(2, 5).split(1, 2, 2));
        fails(ShapeMismatchException.class, "mse_loss: input (3,), target (3, 1); the shapes must be equal",
                () -> Tensors.zeros(3).mse(Tensors.zeros(3, 1)));
        fails(ShapeMismatchException.class, "cross_entropy: logits have shape (3, 4), labels have length 2; logits must be (n, k) with n = 2",
                () -> Tensors.zeros(3, 4).crossEntropy(0, 1));
        fails(ShapeMismatchException.class, "sumTo: (2, 3) cannot be summed to (2,), which does not broadcast to it",
                () -> Tensors.zeros(2, 3).sumTo(2));
        fails(ShapeMismatchException.class, "scatter_add: index has shape (2, 1), src has shape (2, 2); they must be equal",
                () -> Tensors.zeros(3, 2).scatterAdd(0, Tensors.zeros(2, 1), Tensors.zeros(2, 2)));
    }

    @Test
    void axesAndIndicesOutOfRangeNameTheValueAndTheShape() {
        fails(IllegalArgumentException.class, "sum: axis 2 is out of range for a tensor of shape (2, 3)",
                () -> Tensors.zeros(2, 3).sum(2, false));
        fails(IllegalArgumentException.class, "amax: [1, -1] names axis 1 twice",
                () -> Tensors.zeros(2, 3).amax(new int[] {1, -1}, false));
        fails(IllegalArgumentException.class, "permute: [0, 0] is not a permutation of the axes of (2, 3) (axis 0 twice)",
                () -> Tensors.zeros(2, 3).permute(0, 0));
        fails(IndexOutOfBoundsException.class, "slice: [1, 5) step 1 of axis 1 of a tensor of shape (2, 3); needs 0 ≤ start ≤ stop ≤ 3 and step ≥ 1",
                () -> Tensors.zeros(2, 3).slice(1, 1, 5));
        fails(IndexOutOfBoundsException.class, "index_select: index[1] = 7.0 is not a whole number in [0, 5), the size of axis 0 of x (5, 2)",
                () -> Tensors.zeros(5, 2).indexSelect(0, 1, 7));
        fails(IndexOutOfBoundsException.class, "gather: index[1][0] = 1.5 is not a whole number in [0, 4), the size of axis 1 of x (2, 4)",
                () -> Tensors.zeros(2, 4).gather(1, Tensors.of(new double[][] {{0}, {1.5}})));
        fails(IndexOutOfBoundsException.class, "cross_entropy: y[1] = 4 is not a class in [0, 4)",
                () -> Tensors.zeros(2, 4).crossEntropy(0, 4));
        fails(IllegalArgumentException.class, "squeeze: axis 0 of a tensor of shape (2, 3) has size 2, not 1",
                () -> Tensors.zeros(2, 3).squeeze(0));
        fails(IllegalArgumentException.class, "max: cannot reduce an empty axis of a tensor of shape (2, 0)",
                () -> Tensors.zeros(2, 0).max(1, false));
    }
}
