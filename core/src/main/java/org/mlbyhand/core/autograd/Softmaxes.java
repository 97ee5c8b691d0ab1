package org.mlbyhand.core.autograd;

/**
 * Softmax and log-softmax along one axis, computed stably: shifting by the maximum m of each run
 * changes nothing in exact arithmetic (e^(−m) cancels) but makes every exponent ≤ 0, so nothing
 * overflows. Forward and local backward (g = ∂L/∂out, Σ sums along the axis, keeping it):
 * <pre>{@code
 *   softmax      out = e^(x − m) / Σ e^(x − m)              dx = out ∘ (g − Σ(g ∘ out))
 *   log_softmax  out = (x − m) − log Σ e^(x − m)            dx = g − e^out ∘ Σ g
 * }</pre>
 * The backward of softmax is the Jacobian-vector product J·g with J = diag(out) − out·outᵀ, never
 * forming J.
 */
public final class Softmaxes {
    private Softmaxes() {
    }

    /** The shared forward: each run along the axis (moved last, then back) maps to a run of the output. */
    abstract static class AlongAxis extends Op {
        final int axis;

        AlongAxis(String op, Tensor x, int axis) {
            this.axis = Shapes.axis(op, axis, x.shape);
        }

        /** Returns the axis (from 0). */
        public int axis() {
            return axis;
        }

        /** Writes the n outputs of the run v[from …] to out[from …]. */
        abstract void run(double[] v, int from, int n, double[] out);

        Tensor forward(Tensor x) {
            boolean[] along = new boolean[x.ndim()];
            along[axis] = true;
            int[] dims = Views.movedLast(along);
            Tensor moved = Views.permuted(x, dims);                           // (…, n)
            double[] v = Strided.values(moved);
            double[] out = new double[v.length];
            int n = x.shape[axis];
            for (int from = 0; from < v.length; from += n) {
                run(v, from, n, out);
            }
            Tensor y = Views.permuted(new Tensor(out, moved.shape.clone()), Views.inverse(dims));  // x's shape
            return record(y.isContiguous() ? y : new Tensor(Strided.copy(y), y.shape.clone()), x);
        }

        static double max(double[] v, int from, int n) {
            double m = Double.NEGATIVE_INFINITY;
            for (int i = from; i < from + n; i++) {
                m = Math.max(m, v[i]);
            }
            return m;
        }
    }

    /** out = softmax(x) along axis. */
    public static final class Softmax extends AlongAxis {
        Softmax(Tensor x, int axis) {
            super("softmax", x, axis);
        }

        @Override
        public String name() {
            return "softmax";
        }

        @Override
        void run(double[] v, int from, int n, double[] out) {
            double m = max(v, from, n);
            double sum = 0.0;
            for (int i = from; i < from + n; i++) {
                out[i] = Math.exp(v[i] - m);
                sum += out[i];
            }
            double inverse = 1.0 / sum;
            for (int i = from; i < from + n; i++) {
                out[i] *= inverse;
            }
        }

        @Override
        public Tensor[] backward(Tensor g) {
            Tensor y = output();
            return grads(y.mul(g.sub(g.mul(y).sum(axis, true))));
        }
    }

    /** out = log softmax(x) along axis. */
    public static final class LogSoftmax extends AlongAxis {
        LogSoftmax(Tensor x, int axis) {
            super("log_softmax", x, axis);
        }

        @Override
        public String name() {
            return "log_softmax";
        }

        @Override
        void run(double[] v, int from, int n, double[] out) {
            double m = max(v, from, n);
            double sum = 0.0;
            for (int i = from; i < from + n; i++) {
                sum += Math.exp(v[i] - m);
            }
            double logSum = Math.log(sum);
            for (int i = from; i < from + n; i++) {
                out[i] = v[i] - m - logSum;
            }
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g.sub(output().exp().mul(g.sum(axis, true))));
        }
    }
}
