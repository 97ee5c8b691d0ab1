package org.mlbyhand.core.autograd;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The matrix product of the last two axes, batched and broadcast over the leading ones, as
 * {@code torch.matmul}:
 * <pre>{@code
 *   out[…, i, j] = Σₚ a[…, i, p] · b[…, p, j]        a (…, m, k), b (…, k, n), out (broadcast …, m, n)
 *   da = sumTo(g @ bᵀ, a.shape)                      bᵀ swaps b's last two axes
 *   db = sumTo(aᵀ @ g, b.shape)                      (each skipped when that input needs no gradient)
 * }</pre>
 * A 1-d a is taken as (1, k) and a 1-d b as (k, 1), and that axis is removed from the result (so two
 * vectors give their dot product, 0-d); those reshapes are views recorded around this op. The sumTo
 * adds up the gradient over batch axes that were broadcast (a weight (k, n) shared by every batch).
 *
 * <p>Every product runs on core's GEMM ({@link Matrix#multiply}) on contiguous 2-d blocks: a contiguous
 * 2-d operand is passed without copying (the tensor's storage is the matrix's), a batch of inputs
 * times one shared matrix is folded into a single (batch·m, k) product, and only a genuinely batched
 * product copies each block.
 */
public final class MatMul extends Op {
    @Override
    public String name() {
        return "matmul";
    }

    /** Handles 1-d operands around the op (see the class comment); both must have at least one axis. */
    static Tensor matmul(Tensor a, Tensor b) {
        if (a.ndim() == 0 || b.ndim() == 0) {
            throw new ShapeMismatchException("matmul: " + Shapes.text(a.shape) + " @ " + Shapes.text(b.shape)
                    + ": both operands need at least one axis (use mul for a scalar)");
        }
        Tensor A = a.ndim() == 1 ? a.unsqueeze(0) : a;       // (1, k)
        Tensor B = b.ndim() == 1 ? b.unsqueeze(1) : b;       // (k, 1)
        Tensor out = new MatMul().forward(A, B);             // (…, m, n)
        if (b.ndim() == 1) {
            out = out.squeeze(-1);                           // (…, m)
        }
        if (a.ndim() == 1) {
            out = out.squeeze(-1 - (b.ndim() == 1 ? 0 : 1));  // (…, n), or () for two vectors
        }
        return out;
    }

    Tensor forward(Tensor a, Tensor b) {
        int m = a.shape[a.ndim() - 2];
        int k = a.shape[a.ndim() - 1];
        int n = b.shape[b.ndim() - 1];
        if (b.shape[b.ndim() - 2] != k) {
            throw new ShapeMismatchException("matmul: " + Shapes.text(a.shape) + " @ " + Shapes.text(b.shape)
                    + " (a has " + k + " columns, b has " + b.shape[b.ndim() - 2] + " rows)");
        }
        int[] batchA = Arrays.copyOf(a.shape, a.ndim() - 2);
        int[] batchB = Arrays.copyOf(b.shape, b.ndim() - 2);
        int[] batch = Shapes.broadcast("matmul: " + Shapes.text(a.shape) + " @ " + Shapes.text(b.shape)
                + ": the batch axes", batchA, batchB);
        int[] outShape = Arrays.copyOf(batch, batch.length + 2);   // (…, m, n)
        outShape[batch.length] = m;
        outShape[batch.length + 1] = n;
        return record(new Tensor(product(a, b, batchA, batchB, batch, m, k, n), outShape), a, b);
    }

    @Override
    public Tensor[] backward(Tensor g) {
        Tensor a = input(0);
        Tensor b = input(1);
        Tensor da = needsGrad(0) ? g.matmul(b.transpose(-1, -2)).sumTo(a.shape) : null;   // (…, m, n) @ (…, n, k)
        Tensor db = needsGrad(1) ? a.transpose(-1, -2).matmul(g).sumTo(b.shape) : null;   // (…, k, m) @ (…, m, n)
        return grads(da, db);
    }

    /** The row-major entries of the batched product (class comment). */
    private static double[] product(Tensor a, Tensor b, int[] batchA, int[] batchB, int[] batch, int m, int k, int n) {
        int batches = Shapes.numel(batch);
        if (Shapes.numel(batchB) == 1 && Shapes.numel(batchA) == batches) {
            Matrix A = Matrix.wrap(batches * m, k, Strided.values(a));                 // (batch·m, k), no copy if contiguous
            return A.multiply(Matrix.wrap(k, n, Strided.values(b))).storage();        // (batch·m, n)
        }
        double[] x = Strided.values(a);
        double[] y = Strided.values(b);
        int[] startA = blockStarts(batchA, batch, m * k);
        int[] startB = blockStarts(batchB, batch, k * n);
        Matrix A = Matrix.zeros(m, k);
        Matrix B = Matrix.zeros(k, n);
        double[] out = new double[batches * m * n];
        for (int t = 0; t < batches; t++) {
            System.arraycopy(x, startA[t], A.storage(), 0, m * k);
            System.arraycopy(y, startB[t], B.storage(), 0, k * n);
            System.arraycopy(A.multiply(B).storage(), 0, out, t * m * n, m * n);
        }
        return out;
    }

    /** Returns, per entry of the broadcast batch, where that operand's block starts in its row-major entries. */
    private static int[] blockStarts(int[] own, int[] batch, int blockSize) {
        int[] blockStrides = Shapes.contiguousStrides(own);
        for (int i = 0; i < blockStrides.length; i++) {
            blockStrides[i] *= blockSize;
        }
        int[] strides = Shapes.broadcastStrides("matmul", own, blockStrides, batch);
        int[] shape = Arrays.copyOf(batch, batch.length + 1);    // (…, 1): one run per batch entry
        shape[batch.length] = 1;
        return Strided.rowStarts(shape, Arrays.copyOf(strides, strides.length + 1), 0);
    }
}
