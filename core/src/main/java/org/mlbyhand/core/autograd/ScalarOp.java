package org.mlbyhand.core.autograd;

import org.mlbyhand.core.functions.Activations;

/**
 * The ops of the scalar engine ({@link Value}), each with its forward and its local derivatives side
 * by side, as in micrograd's {@code engine.py}. For out = op(a, b), {@link #derivative} returns
 * ∂out/∂a (input 0) or ∂out/∂b (input 1); the engine applies the chain rule.
 */
public enum ScalarOp implements ScalarRule {
    /** out = a + b;   ∂a = 1, ∂b = 1. */
    ADD("+", 2) {
        @Override
        double forward(double a, double b) {
            return a + b;
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return 1.0;
        }
    },
    /** out = a − b;   ∂a = 1, ∂b = −1. */
    SUB("-", 2) {
        @Override
        double forward(double a, double b) {
            return a - b;
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return input == 0 ? 1.0 : -1.0;
        }
    },
    /** out = a·b;   ∂a = b, ∂b = a. */
    MUL("*", 2) {
        @Override
        double forward(double a, double b) {
            return a * b;
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return input == 0 ? b : a;
        }
    },
    /** out = a / b;   ∂a = 1/b, ∂b = −a/b². */
    DIV("/", 2) {
        @Override
        double forward(double a, double b) {
            return a / b;
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return input == 0 ? 1.0 / b : -a / (b * b);
        }
    },
    /** out = aᵖ for a constant p (passed as b);   ∂a = p·aᵖ⁻¹ (0 when p = 0). */
    POW("**", 1) {
        @Override
        double forward(double a, double p) {
            return Math.pow(a, p);
        }

        @Override
        public double derivative(int input, double a, double p, double out) {
            return p == 0 ? 0.0 : p * Math.pow(a, p - 1);     // a⁰ = 1 is constant, even at a = 0
        }
    },
    /** out = −a;   ∂a = −1. */
    NEG("neg", 1) {
        @Override
        double forward(double a, double b) {
            return -a;
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return -1.0;
        }
    },
    /** out = eᵃ;   ∂a = eᵃ = out. */
    EXP("exp", 1) {
        @Override
        double forward(double a, double b) {
            return Math.exp(a);
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return out;
        }
    },
    /** out = log a (natural);   ∂a = 1/a. */
    LOG("log", 1) {
        @Override
        double forward(double a, double b) {
            return Math.log(a);
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return 1.0 / a;
        }
    },
    /** out = tanh a;   ∂a = 1 − out². */
    TANH("tanh", 1) {
        @Override
        double forward(double a, double b) {
            return Math.tanh(a);
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return 1.0 - out * out;
        }
    },
    /** out = max(a, 0);   ∂a = 1 where out &gt; 0, else 0 (0 at a = 0, as micrograd and PyTorch). */
    RELU("ReLU", 1) {
        @Override
        double forward(double a, double b) {
            return a < 0 ? 0.0 : a;                        // as micrograd; NaN stays NaN
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return out > 0 ? 1.0 : 0.0;
        }
    },
    /** out = σ(a) = 1/(1 + e⁻ᵃ), computed stably;   ∂a = out·(1 − out). */
    SIGMOID("sigmoid", 1) {
        @Override
        double forward(double a, double b) {
            return Activations.sigmoid(a);
        }

        @Override
        public double derivative(int input, double a, double b, double out) {
            return out * (1.0 - out);
        }
    };

    private final String symbol;
    private final int arity;

    ScalarOp(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    /** Returns op(a, b); b is the exponent for pow and ignored by ops of one operand. */
    abstract double forward(double a, double b);

    /** The reference local derivative ∂out/∂(operand input); see {@link ScalarRule#derivative}. */
    @Override
    public abstract double derivative(int input, double a, double b, double out);

    /** Returns the symbol micrograd prints for this op: {@code "*"}, {@code "tanh"}. */
    public String symbol() {
        return symbol;
    }

    /** Returns the number of {@link Value} operands: 2 for the arithmetic of two values, else 1. */
    public int arity() {
        return arity;
    }
}
