package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.random.Rng;

/** The batched product on core's GEMM agrees with the triple loop, for every way the operands are laid out. */
class MatMulTest {
    /** Within k·u·Σ|a||b| of the triple loop (u = 2⁻⁵³): the GEMM uses fused multiply-adds. */
    private static final double ROUNDING = 1e-13;

    private final Rng rng = new Rng(9);

    /** out[t, i, j] = Σₚ a[t, i, p]·b[t, p, j] by the definition, batch axes broadcast. */
    private static double[] naive(Tensor a, Tensor b, int[] outShape) {
        int n = outShape.length;
        int m = outShape[n - 2];
        int q = outShape[n - 1];
        int k = a.size(-1);
        double[] out = new double[Shapes.numel(outShape)];
        for (int flat = 0; flat < out.length; flat++) {
            int[] index = new int[n];
            for (int axis = n - 1, r = flat; axis >= 0; axis--) {
                index[axis] = r % outShape[axis];
                r /= outShape[axis];
            }
            double s = 0.0;
            for (int p = 0; p < k; p++) {
                index[n - 1] = p;
                double x = a.get(broadcastIndex(index, a.shape()));
                index[n - 1] = flat % q;
                index[n - 2] = p;
                double y = b.get(broadcastIndex(index, b.shape()));
                index[n - 2] = flat / q % m;
                s += x * y;
            }
            out[flat] = s;
        }
        return out;
    }

    /** The index into a tensor of the given shape that broadcasting reads for an index of the output. */
    private static int[] broadcastIndex(int[] index, int[] shape) {
        int[] i = new int[shape.length];
        for (int k = 0; k < shape.length; k++) {
            int j = index[index.length - shape.length + k];
            i[k] = shape[k] == 1 ? 0 : j;
        }
        return i;
    }

    private void agrees(Tensor a, Tensor b) {
        Tensor c = a.matmul(b);
        assertArrayEquals(naive(a, b, c.shape()), c.toArray(), ROUNDING, "matmul of " + Shapes.text(a.shape) + " @ " + Shapes.text(b.shape));
    }

    @Test
    void agreesWithTheTripleLoopPlainBatchedAndBroadcast() {
        int[][][] shapes = {{{3, 4}, {4, 5}}, {{2, 3, 4}, {4, 5}}, {{2, 3, 4}, {2, 4, 5}}, {{2, 1, 3, 4}, {3, 4, 2}},
                {{1, 3, 4}, {2, 4, 5}}, {{40, 33}, {33, 20}}, {{3, 20, 17}, {17, 9}}, {{1, 1}, {1, 1}}};
        for (int[][] s : shapes) {
            agrees(Tensors.randn(rng, s[0]), Tensors.randn(rng, s[1]));
        }
    }

    @Test
    void agreesOnViewsThatAreNotTheirWholeStorage() {
        Tensor big = Tensors.randn(rng, 6, 5);
        agrees(big.slice(0, 2, 5), Tensors.randn(rng, 5, 3));                  // contiguous rows at an offset
        agrees(big.transpose(0, 1), Tensors.randn(rng, 6, 2));                 // transposed
        agrees(Tensors.randn(rng, 4, 6), big.slice(1, 0, 5, 2));               // strided columns
        agrees(Tensors.randn(rng, 2, 3, 4), Tensors.randn(rng, 4, 1).expand(2, 4, 7));   // expanded batch and columns
    }

    @Test
    void vectorsArePromotedAndTheirAxisRemovedAsTorchMatmul() {
        Tensor v = Tensors.of(1, 2, 3);
        Tensor M = Tensors.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        assertArrayEquals(new int[] {2}, v.matmul(M).shape());
        assertArrayEquals(new double[] {4, 5}, v.matmul(M).toArray());
        assertArrayEquals(new int[] {}, v.matmul(v).shape());
        assertEquals(14, v.matmul(v).item());
        assertArrayEquals(new double[] {2, 2}, M.transpose(0, 1).matmul(Tensors.of(1, 1, 1)).toArray(), 0.0, "(2, 3) @ (3,)");
        assertArrayEquals(new int[] {4, 2}, Tensors.zeros(4, 3, 3).matmul(Tensors.of(1, 2, 3)).matmul(M.slice(0, 0, 3)).shape());
    }
}
