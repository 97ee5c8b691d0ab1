package org.mlbyhand.core.autograd;

import org.mlbyhand.core.functions.Activations;

/**
 * Element-wise functions of one tensor, each forward beside its local backward (g = ∂L/∂out; the
 * derivative is written in terms of out where that is cheaper, as PyTorch does):
 * <pre>{@code
 *   exp       out = eˣ                 dx = g ∘ out
 *   log       out = log x              dx = g / x
 *   tanh      out = tanh x             dx = g ∘ (1 − out²)
 *   relu      out = max(x, 0)          dx = g where out > 0, else 0     (0 at x = 0, as PyTorch)
 *   sigmoid   out = 1 / (1 + e⁻ˣ)      dx = g ∘ (1 − out) ∘ out
 * }</pre>
 * sigmoid is computed stably ({@link Activations#sigmoid}): no overflow for large negative x.
 */
public final class Unary {
    private Unary() {
    }

    /** The shared forward: out = f(x) entry by entry. */
    abstract static class Function extends Op {
        abstract double f(double x);

        Tensor forward(Tensor x) {
            return record(Arithmetic.map(x, this::f), x);
        }
    }

    /** out = eˣ. */
    public static final class Exp extends Function {
        @Override
        public String name() {
            return "exp";
        }

        @Override
        double f(double x) {
            return Math.exp(x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g.mul(output()));
        }
    }

    /** out = log x (natural). */
    public static final class Log extends Function {
        @Override
        public String name() {
            return "log";
        }

        @Override
        double f(double x) {
            return Math.log(x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g.div(input(0)));
        }
    }

    /** out = tanh x. */
    public static final class Tanh extends Function {
        @Override
        public String name() {
            return "tanh";
        }

        @Override
        double f(double x) {
            return Math.tanh(x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(Arithmetic.zip(name(), g, output(), (gi, y) -> gi * (1.0 - y * y)));
        }
    }

    /** out = max(x, 0). */
    public static final class Relu extends Function {
        @Override
        public String name() {
            return "relu";
        }

        /** Math.max compiles to a branch-free max instruction; a test x &lt; 0 would mispredict on half the entries. */
        @Override
        double f(double x) {
            return Math.max(x, 0.0);                       // NaN stays NaN; −0 gives +0
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(Arithmetic.zip(name(), g, output(), (gi, y) -> y > 0 ? gi : 0.0));
        }
    }

    /** out = σ(x) = 1 / (1 + e⁻ˣ). */
    public static final class Sigmoid extends Function {
        @Override
        public String name() {
            return "sigmoid";
        }

        @Override
        double f(double x) {
            return Activations.sigmoid(x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(Arithmetic.zip(name(), g, output(), (gi, y) -> gi * (1.0 - y) * y));
        }
    }
}
