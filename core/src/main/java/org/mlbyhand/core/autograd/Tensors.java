package org.mlbyhand.core.autograd;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/**
 * Ways to make a {@link Tensor}, as PyTorch's {@code torch.zeros}, {@code torch.tensor},
 * {@code torch.randn}: every factory returns a fresh leaf that does not require grad (call
 * {@link Tensor#requiringGrad()} for a parameter). Arrays passed in are copied; the one exception is
 * {@link #fromMatrix}, which shares the matrix's row-major storage (the 2-d case of a tensor's). Random
 * tensors take an {@link Rng}: the same seed gives the same entries.
 */
public final class Tensors {
    private Tensors() {
    }

    /** Returns the 0-d tensor holding value. */
    public static Tensor scalar(double value) {
        return new Tensor(new double[] {value}, new int[0]);
    }

    /** Returns the 1-d tensor holding a copy of values (not modified). */
    public static Tensor of(double... values) {
        return new Tensor(values.clone(), new int[] {values.length});
    }

    /** Returns the 2-d tensor holding a copy of rows (not modified); throws if the rows differ in length. */
    public static Tensor of(double[][] rows) {
        return fromMatrix(Matrix.of(rows));
    }

    /**
     * Returns a tensor of the given shape holding a copy of {@code rowMajor} (not modified).
     *
     * @throws IllegalArgumentException if a size is negative or the length is not the product of the sizes
     */
    public static Tensor fromArray(double[] rowMajor, int... shape) {
        int[] s = Shapes.checked("fromArray", shape);
        if (rowMajor.length != Shapes.numel(s)) {
            throw new IllegalArgumentException("fromArray: shape " + Shapes.text(s) + " needs " + Shapes.numel(s)
                    + " values, got " + rowMajor.length);
        }
        return new Tensor(rowMajor.clone(), s);
    }

    /** Returns a tensor of zeros. */
    public static Tensor zeros(int... shape) {
        int[] s = Shapes.checked("zeros", shape);
        return new Tensor(new double[Shapes.numel(s)], s);
    }

    /** Returns a tensor of ones. */
    public static Tensor ones(int... shape) {
        return full(1.0, shape);
    }

    /** Returns a tensor with every entry equal to value. */
    public static Tensor full(double value, int... shape) {
        Tensor t = zeros(shape);
        Arrays.fill(t.data, value);
        return t;
    }

    /** Returns a tensor of independent N(0, 1) draws from rng, in row-major order (rng advances). */
    public static Tensor randn(Rng rng, int... shape) {
        Tensor t = zeros(shape);
        for (int k = 0; k < t.data.length; k++) {
            t.data[k] = rng.nextGaussian();
        }
        return t;
    }

    /** Returns a tensor of independent uniform draws in [lo, hi) from rng, in row-major order (rng advances). */
    public static Tensor uniform(Rng rng, double lo, double hi, int... shape) {
        Tensor t = zeros(shape);
        for (int k = 0; k < t.data.length; k++) {
            t.data[k] = rng.uniform(lo, hi);
        }
        return t;
    }

    /** Returns the rows×cols tensor over A's own storage (not copied: a change to either shows in both). */
    public static Tensor fromMatrix(Matrix A) {
        return new Tensor(A.storage(), new int[] {A.rows(), A.cols()});
    }
}
