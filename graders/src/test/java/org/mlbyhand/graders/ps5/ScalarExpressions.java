package org.mlbyhand.graders.ps5;

import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.property.Case;

/**
 * The expressions on which a learner's scalar rule is checked end to end: built on core's
 * {@link Value}, differentiated by core's engine with the learner's rule for one op and core's rules
 * for every other, so that one wrong rule shows alone. Each returns the gradients of its leaves, in
 * the order the expression names them.
 */
final class ScalarExpressions {
    /** micrograd's README expression of a and b: g = 24.7041, dg/da = 138.8338, dg/db = 645.5773 at (−4, 2). */
    static final String README = "micrograd's README expression of a and b";
    /** Karpathy's neuron: o = tanh(x1·w1 + x2·w2 + b); leaves x1, w1, x2, w2, b. */
    static final String NEURON = "o = tanh(x1·w1 + x2·w2 + b)";
    /** A value used twice by one product. */
    static final String SQUARE = "x·x";
    /** A value used twice by one sum. */
    static final String TWICE = "x + x";
    /** Every op of the exercises, with x and y used several times. */
    static final String MIXED = "tanh(x·y + x)² + relu(y·y − 1)·x + (x + y)³";

    private ScalarExpressions() {
    }

    /** Returns the gradients of the leaves of the case's expression, differentiated with {@code rules}. */
    static double[] gradients(Case c, Rules rules) {
        String expression = c.get("expression", String.class);
        switch (expression) {
            case README:
                return readme(new Value(c.scalar("a")), new Value(c.scalar("b")), rules);
            case NEURON:
                return neuron(c, rules);
            case SQUARE: {
                Value x = new Value(c.scalar("x"));
                x.mul(x).backward(rules);
                return new double[] {x.grad()};
            }
            case TWICE: {
                Value x = new Value(c.scalar("x"));
                x.add(x).backward(rules);
                return new double[] {x.grad()};
            }
            case MIXED: {
                Value x = new Value(c.scalar("x"));
                Value y = new Value(c.scalar("y"));
                mixed(x, y).backward(rules);
                return new double[] {x.grad(), y.grad()};
            }
            default:
                throw new IllegalArgumentException("no expression named " + expression);
        }
    }

    /** The value of {@link #MIXED} at (x, y), computed by core's forward pass. */
    static double mixedValue(double x, double y) {
        return mixed(new Value(x), new Value(y)).data();
    }

    /** True when (x, y) is far enough from the kink of relu(y·y − 1) for central differences. */
    static boolean awayFromKink(Case c) {
        double y = c.scalar("y");
        return Math.abs(y * y - 1) > 1e-2;
    }

    private static Value mixed(Value x, Value y) {
        Value t = x.mul(y).add(x).tanh();                              // tanh(x·y + x)
        Value r = y.mul(y).add(-1.0).relu();                           // relu(y·y − 1)
        return t.pow(2).add(r.mul(x)).add(x.add(y).pow(3));
    }

    private static double[] readme(Value a, Value b, Rules rules) {
        Value c = a.add(b);
        Value d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));
        c = c.add(new Value(1).add(c).add(a.neg()));
        d = d.add(d.mul(2).add(b.add(a).relu()));
        d = d.add(new Value(3).mul(d).add(b.sub(a).relu()));
        Value e = c.sub(d);
        Value f = e.pow(2);
        Value g = f.div(2.0);
        g = g.add(new Value(10.0).div(f));
        g.backward(rules);
        return new double[] {a.grad(), b.grad()};
    }

    private static double[] neuron(Case c, Rules rules) {
        Value x1 = new Value(c.scalar("x1"));
        Value w1 = new Value(c.scalar("w1"));
        Value x2 = new Value(c.scalar("x2"));
        Value w2 = new Value(c.scalar("w2"));
        Value b = new Value(c.scalar("b"));
        Value o = x1.mul(w1).add(x2.mul(w2)).add(b).tanh();
        o.backward(rules);
        return new double[] {x1.grad(), w1.grad(), x2.grad(), w2.grad(), b.grad()};
    }
}
