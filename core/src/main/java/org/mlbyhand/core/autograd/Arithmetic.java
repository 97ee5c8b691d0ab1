package org.mlbyhand.core.autograd;

import java.util.function.DoubleBinaryOperator;

/**
 * Element-wise arithmetic, broadcast as NumPy and PyTorch do. Each op's forward and local backward side
 * by side; g = ∂L/∂out, and sumTo(·, x) sums a gradient over the axes that x was broadcast along, so
 * that it gets x's shape back (un-broadcasting):
 * <pre>{@code
 *   add   out = a + b        da = sumTo(g, a)            db = sumTo(g, b)
 *   sub   out = a − b        da = sumTo(g, a)            db = sumTo(−g, b)
 *   mul   out = a ∘ b        da = sumTo(g ∘ b, a)        db = sumTo(g ∘ a, b)
 *   div   out = a / b        da = sumTo(g / b, a)        db = sumTo(−g ∘ (a / b) / b, b)
 *   neg   out = −a           da = −g
 *   pow   out = aᵖ           da = g ∘ p·aᵖ⁻¹   (p a constant; da = 0 when p = 0)
 * }</pre>
 * Why sumTo: if b of shape (3,) is broadcast to (4, 3), each bⱼ is used in four places, and its
 * gradient is the sum of the four contributions, Σᵢ gᵢⱼ·(∂outᵢⱼ/∂bⱼ). The formulas are PyTorch's, term
 * for term, so that results agree to the last few bits.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    /** out = a + b, broadcast. */
    public static final class Add extends Op {
        @Override
        public String name() {
            return "add";
        }

        Tensor forward(Tensor a, Tensor b) {
            return record(zip(name(), a, b, Double::sum), a, b);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g.sumTo(input(0).shape), g.sumTo(input(1).shape));
        }
    }

    /** out = a − b, broadcast. */
    public static final class Sub extends Op {
        @Override
        public String name() {
            return "sub";
        }

        Tensor forward(Tensor a, Tensor b) {
            return record(zip(name(), a, b, (x, y) -> x - y), a, b);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g.sumTo(input(0).shape), g.neg().sumTo(input(1).shape));
        }
    }

    /** out = a ∘ b, broadcast. */
    public static final class Mul extends Op {
        @Override
        public String name() {
            return "mul";
        }

        Tensor forward(Tensor a, Tensor b) {
            return record(zip(name(), a, b, (x, y) -> x * y), a, b);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            Tensor a = input(0);
            Tensor b = input(1);
            return grads(needsGrad(0) ? g.mul(b).sumTo(a.shape) : null, needsGrad(1) ? g.mul(a).sumTo(b.shape) : null);
        }
    }

    /** out = a / b, broadcast. */
    public static final class Div extends Op {
        @Override
        public String name() {
            return "div";
        }

        Tensor forward(Tensor a, Tensor b) {
            return record(zip(name(), a, b, (x, y) -> x / y), a, b);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            Tensor a = input(0);
            Tensor b = input(1);
            return grads(needsGrad(0) ? g.div(b).sumTo(a.shape) : null,
                    needsGrad(1) ? g.neg().mul(a.div(b).div(b)).sumTo(b.shape) : null);
        }
    }

    /** out = −a. */
    public static final class Neg extends Op {
        @Override
        public String name() {
            return "neg";
        }

        Tensor forward(Tensor a) {
            return record(map(a, x -> -x), a);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g.neg());
        }
    }

    /** out = aᵖ for a constant exponent p. */
    public static final class Pow extends Op {
        private final double p;

        Pow(double p) {
            this.p = p;
        }

        /** Returns the exponent p. */
        public double exponent() {
            return p;
        }

        @Override
        public String name() {
            return "pow";
        }

        Tensor forward(Tensor a) {
            return record(map(a, x -> Math.pow(x, p)), a);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            if (p == 0) {
                return grads(Tensors.zeros(input(0).shape));      // a⁰ = 1 is constant, even at a = 0
            }
            return grads(zip(name(), g, input(0), (gi, x) -> gi * (p * Math.pow(x, p - 1))));
        }
    }

    /** Returns the tensor f(a, b) entry by entry over the broadcast shape; no graph is recorded. */
    static Tensor zip(String op, Tensor a, Tensor b, DoubleBinaryOperator f) {
        int[] shape = Shapes.broadcast(op, a.shape, b.shape);
        return new Tensor(Strided.zip(op, a, b, shape, f), shape);
    }

    /** Returns the tensor f(a) entry by entry; no graph is recorded. */
    static Tensor map(Tensor a, java.util.function.DoubleUnaryOperator f) {
        return new Tensor(Strided.map(a, f), a.shape.clone());
    }
}
