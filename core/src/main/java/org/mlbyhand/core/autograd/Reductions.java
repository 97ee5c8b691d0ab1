package org.mlbyhand.core.autograd;

import java.util.Arrays;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Reductions over axes: every output entry combines the entries of x that differ only along the
 * reduced axes. Forward and local backward (g = ∂L/∂out; expand(g) puts the reduced axes back with
 * size 1 and broadcasts g over them, so every entry of x sees the gradient of the output it went into):
 * <pre>{@code
 *   sum        out = Σ x                           dx = expand(g)
 *   mean       out = Σ x / n                       dx = expand(g) / n
 *   amax       out = max x                         dx = expand(g) / c  at each of the c entries equal to the max, else 0
 *   max(axis)  out = max x along one axis          dx = expand(g) at the FIRST entry equal to the max, else 0
 *   logsumexp  out = m + log Σ e^(x − m), m = max  dx = expand(g) ∘ e^(x − out) = expand(g) ∘ softmax(x)
 * }</pre>
 * The two tie rules are PyTorch 1.13's, checked against it: {@code amax} (and the full {@code max()})
 * split the gradient evenly among tied maxima; {@code max(dim)} returns an index, the first maximum, and
 * the whole gradient goes there. Both are valid subgradients; the golden files include ties.
 *
 * <p>How it is computed: the reduced axes are permuted to the end (a view), read in row-major order,
 * and each output entry reduces one contiguous run of n entries. A sum over the leading axes of a
 * contiguous tensor (the gradient of a bias) adds whole rows instead, with no transposed copy and the
 * same terms in the same order.
 */
public final class Reductions {
    private Reductions() {
    }

    /** The shared parts of a reduction: its axes, its output shape, and the forward loop over runs. */
    abstract static class Reduction extends Op {
        final boolean[] mask;
        final boolean keepdim;
        final int[] outShape;
        final int[] keptShape;
        final int n;

        Reduction(String op, Tensor x, int[] axes, boolean keepdim) {
            this.mask = Shapes.axesMask(op, axes, x.shape);
            this.keepdim = keepdim;
            this.outShape = Shapes.reduced(x.shape, mask, keepdim);
            this.keptShape = Shapes.reduced(x.shape, mask, true);
            this.n = x.numel() == 0 ? 0 : x.numel() / Shapes.numel(keptShape);
        }

        /** Returns the reduced axes, from 0, in increasing order. */
        public int[] axes() {
            return Shapes.indicesOf(mask, true);
        }

        /** Returns true when the reduced axes stay, with size 1. */
        public boolean keepdim() {
            return keepdim;
        }

        /** Returns the reduction of the n entries of v from position from. */
        abstract double reduce(double[] v, int from, int n);

        Tensor forward(Tensor x) {
            double[] runs = Strided.values(Views.permuted(x, Views.movedLast(mask)));   // (outputs, n)
            double[] out = new double[Shapes.numel(outShape)];
            for (int k = 0; k < out.length; k++) {
                out[k] = reduce(runs, k * n, n);
            }
            return record(new Tensor(out, outShape.clone()), x);
        }

        /** True when the reduced axes are axes 0, 1, …, r−1 for some r. */
        boolean reducesLeadingAxes() {
            int r = 0;
            while (r < mask.length && mask[r]) {
                r++;
            }
            for (int k = r; k < mask.length; k++) {
                if (mask[k]) {
                    return false;
                }
            }
            return true;
        }

        /** Returns g with the reduced axes back as size 1, broadcast to x's shape (a view). */
        Tensor expanded(Tensor g) {
            return g.reshape(keptShape).expand(input(0).shape);
        }
    }

    /** out = Σ x over the axes. */
    public static final class Sum extends Reduction {
        Sum(Tensor x, int[] axes, boolean keepdim) {
            super("sum", x, axes, keepdim);
        }

        @Override
        public String name() {
            return "sum";
        }

        /**
         * When the reduced axes lead and x is contiguous (a bias gradient, Σ over the rows of a batch),
         * x is an (n, outputs) block whose rows are added one after the other, instead of a transposed
         * copy whose runs are then summed: each output is the same sum in the same order of terms.
         */
        @Override
        Tensor forward(Tensor x) {
            if (!x.isContiguous() || !reducesLeadingAxes()) {
                return super.forward(x);
            }
            double[] out = new double[Shapes.numel(outShape)];             // zeros, then + row 0, + row 1, …
            for (int t = 0; t < n; t++) {
                int row = x.offset + t * out.length;
                for (int k = 0; k < out.length; k++) {
                    out[k] += x.data[row + k];
                }
            }
            return record(new Tensor(out, outShape.clone()), x);
        }

        @Override
        double reduce(double[] v, int from, int n) {
            double s = 0.0;
            for (int i = from; i < from + n; i++) {
                s += v[i];
            }
            return s;
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(expanded(g));
        }
    }

    /** out = Σ x / n over the axes (NaN when n = 0). */
    public static final class Mean extends Reduction {
        Mean(Tensor x, int[] axes, boolean keepdim) {
            super("mean", x, axes, keepdim);
        }

        @Override
        public String name() {
            return "mean";
        }

        @Override
        double reduce(double[] v, int from, int n) {
            double s = 0.0;
            for (int i = from; i < from + n; i++) {
                s += v[i];
            }
            return s / n;
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(expanded(g).div(n));
        }
    }

    /** out = max x over the axes; ties share the gradient evenly. */
    public static final class Amax extends Reduction {
        Amax(Tensor x, int[] axes, boolean keepdim) {
            super("amax", x, axes, keepdim);
            requireEntries("amax", x, n);
        }

        @Override
        public String name() {
            return "amax";
        }

        @Override
        double reduce(double[] v, int from, int n) {
            double m = v[from];
            for (int i = from + 1; i < from + n; i++) {
                m = v[i] > m || Double.isNaN(v[i]) ? v[i] : m;             // NaN wins, as in PyTorch
            }
            return m;
        }

        @Override
        public Tensor[] backward(Tensor g) {
            Tensor isMax = Arithmetic.zip(name(), input(0), output().reshape(keptShape), (x, m) -> x == m ? 1.0 : 0.0);
            Tensor count = isMax.sum(axes(), true);                       // c, the number of tied maxima
            return grads(g.reshape(keptShape).div(count).mul(isMax));
        }
    }

    /** out = max x along one axis; the gradient goes to the first maximum. */
    public static final class Max extends Reduction {
        private int[] argmax;

        Max(Tensor x, int axis, boolean keepdim) {
            super("max", x, new int[] {axis}, keepdim);
            requireEntries("max", x, n);
        }

        /** Returns the index of the first maximum along the axis, per output entry (output's shape). */
        public Tensor indices() {
            double[] v = new double[argmax.length];
            for (int k = 0; k < v.length; k++) {
                v[k] = argmax[k];
            }
            return new Tensor(v, outShape.clone());
        }

        @Override
        public String name() {
            return "max";
        }

        @Override
        Tensor forward(Tensor x) {
            argmax = new int[Shapes.numel(outShape)];
            return super.forward(x);
        }

        @Override
        double reduce(double[] v, int from, int n) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (v[from + i] > v[from + best] || Double.isNaN(v[from + i]) && !Double.isNaN(v[from + best])) {
                    best = i;
                }
            }
            argmax[from / n] = best;
            return v[from + best];
        }

        @Override
        public Tensor[] backward(Tensor g) {
            Tensor at = indices().reshape(keptShape);
            return grads(Tensors.zeros(input(0).shape).scatterAdd(axes()[0], at, g.reshape(keptShape)));
        }
    }

    /** out = log Σ e^x over the axes, computed as m + log Σ e^(x − m) with m the max. */
    public static final class LogSumExp extends Reduction {
        LogSumExp(Tensor x, int[] axes, boolean keepdim) {
            super("logsumexp", x, axes, keepdim);
        }

        @Override
        public String name() {
            return "logsumexp";
        }

        @Override
        double reduce(double[] v, int from, int n) {
            double m = Double.NEGATIVE_INFINITY;
            for (int i = from; i < from + n; i++) {
                m = Math.max(m, v[i]);
            }
            double shift = Double.isInfinite(m) ? 0.0 : m;          // all −∞ gives log 0 = −∞, not NaN
            double s = 0.0;
            for (int i = from; i < from + n; i++) {
                s += Math.exp(v[i] - shift);
            }
            return Math.log(s) + shift;
        }

        @Override
        public Tensor[] backward(Tensor g) {
            Tensor x = input(0);
            return grads(g.reshape(keptShape).mul(x.sub(output().reshape(keptShape)).exp()));
        }
    }

    /** Returns the index of the first maximum along axis, as whole numbers; no graph. */
    static Tensor argmax(Tensor x, int axis, boolean keepdim) {
        Max max = new Max(x, axis, keepdim);
        try (Scope s = GradMode.noGrad()) {
            max.forward(x.detach());
        }
        return max.indices();
    }

    /**
     * Returns x summed over the axes along which {@code shape} was broadcast to x's shape, reshaped to
     * {@code shape}: the gradient of a broadcast input. x itself when the shapes are equal.
     *
     * @throws ShapeMismatchException if shape does not broadcast to x's shape
     */
    static Tensor sumTo(Tensor x, int[] shape) {
        if (Arrays.equals(x.shape, shape)) {
            return x;
        }
        int lead = x.ndim() - shape.length;
        boolean[] mask = new boolean[x.ndim()];
        for (int k = 0; k < x.ndim() || lead < 0; k++) {
            if (lead < 0 || k >= lead && shape[k - lead] != x.shape[k] && shape[k - lead] != 1) {
                throw new ShapeMismatchException("sumTo: " + Shapes.text(x.shape) + " cannot be summed to "
                        + Shapes.text(shape) + ", which does not broadcast to it");
            }
            mask[k] = k < lead || shape[k - lead] == 1 && x.shape[k] != 1;
        }
        int[] axes = Shapes.indicesOf(mask, true);
        Tensor s = axes.length == 0 ? x : x.sum(axes, true);
        return s.reshape(shape);
    }

    private static void requireEntries(String op, Tensor x, int n) {
        if (n == 0) {
            throw new IllegalArgumentException(op + ": cannot reduce an empty axis of a tensor of shape " + Shapes.text(x.shape));
        }
    }
}
