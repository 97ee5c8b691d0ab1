package org.mlbyhand.core.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A scalar that remembers how it was computed: micrograd's {@code Value}, the whole of reverse-mode
 * automatic differentiation on single numbers.
 *
 * <p>Every op makes a new {@code Value} holding its result, the op and its operands, so a computation
 * records its own graph. {@link #backward} then visits the graph from this value back to the leaves in
 * reverse topological order, and applies the chain rule at each node:
 * <pre>{@code
 *   out = op(a, b)      a.grad += ∂out/∂a · out.grad      b.grad += ∂out/∂b · out.grad
 * }</pre>
 * The local derivatives ∂out/∂a are written beside each op's forward in {@link ScalarOp}. Gradients
 * accumulate with += because a value used twice (x·x, a shared subexpression) must receive the sum of
 * both contributions; the topological order guarantees that a node's grad is complete before it is
 * passed on. Constants (the 2 in x·2) become leaves whose gradient nobody reads.
 *
 * <p>Values are not thread-safe; {@link #data} and {@link #grad} are the two mutable fields, changed by
 * {@link #setData} (an optimizer step), {@link #backward} and {@link #zeroGrad}.
 */
public final class Value {
    private double data;
    private double grad;
    private final ScalarOp op;          // null for a leaf
    private final Value a;              // the operands, null for a leaf
    private final Value b;              // null for an op of one operand
    private final double exponent;      // pow's constant exponent

    /** Creates a leaf holding data, with gradient 0. */
    public Value(double data) {
        this(data, null, null, null, 0.0);
    }

    private Value(double data, ScalarOp op, Value a, Value b, double exponent) {
        this.data = data;
        this.op = op;
        this.a = a;
        this.b = b;
        this.exponent = exponent;
    }

    private static Value apply(ScalarOp op, Value a, Value b) {
        return new Value(op.forward(a.data, b == null ? 0.0 : b.data), op, a, b, 0.0);
    }

    // ---------------------------------------------------------------- ops (forward and local derivatives in ScalarOp)

    /** Returns this + other. */
    public Value add(Value other) {
        return apply(ScalarOp.ADD, this, other);
    }

    /** Returns this + c. */
    public Value add(double c) {
        return add(new Value(c));
    }

    /** Returns this − other. */
    public Value sub(Value other) {
        return apply(ScalarOp.SUB, this, other);
    }

    /** Returns this − c. */
    public Value sub(double c) {
        return sub(new Value(c));
    }

    /** Returns this · other. */
    public Value mul(Value other) {
        return apply(ScalarOp.MUL, this, other);
    }

    /** Returns this · c. */
    public Value mul(double c) {
        return mul(new Value(c));
    }

    /** Returns this / other. */
    public Value div(Value other) {
        return apply(ScalarOp.DIV, this, other);
    }

    /** Returns this / c. */
    public Value div(double c) {
        return div(new Value(c));
    }

    /** Returns thisᵖ for a constant exponent p. */
    public Value pow(double p) {
        return new Value(ScalarOp.POW.forward(data, p), ScalarOp.POW, this, null, p);
    }

    /** Returns −this. */
    public Value neg() {
        return apply(ScalarOp.NEG, this, null);
    }

    /** Returns e^this. */
    public Value exp() {
        return apply(ScalarOp.EXP, this, null);
    }

    /** Returns the natural log of this. */
    public Value log() {
        return apply(ScalarOp.LOG, this, null);
    }

    /** Returns tanh(this). */
    public Value tanh() {
        return apply(ScalarOp.TANH, this, null);
    }

    /** Returns max(this, 0). */
    public Value relu() {
        return apply(ScalarOp.RELU, this, null);
    }

    /** Returns σ(this) = 1/(1 + e^(−this)), computed stably. */
    public Value sigmoid() {
        return apply(ScalarOp.SIGMOID, this, null);
    }

    // ---------------------------------------------------------------- backward

    /** Sets d(this)/dv into the grad of every value v this one was computed from (reference rules). */
    public void backward() {
        backward(Rules.reference());
    }

    /**
     * Runs the backward pass with the given local derivatives (see {@link Rules}): sets this value's grad
     * to 1, then, in reverse topological order, adds each node's contribution to its operands' grads.
     * Grads of the graph's values are added to, not overwritten: call {@link #zeroGrad} on the leaves
     * between steps.
     */
    public void backward(Rules rules) {
        List<Value> order = topologicalOrder();
        grad = 1.0;
        for (int i = order.size() - 1; i >= 0; i--) {
            Value v = order.get(i);
            if (v.op == null) {
                continue;
            }
            double second = v.op == ScalarOp.POW ? v.exponent : v.b == null ? 0.0 : v.b.data;
            v.a.grad += rules.derivative(v.op, 0, v.a.data, second, v.data) * v.grad;
            if (v.b != null) {
                v.b.grad += rules.derivative(v.op, 1, v.a.data, second, v.data) * v.grad;
            }
        }
    }

    /** Returns this value and everything it was computed from, each after its operands (iterative DFS). */
    private List<Value> topologicalOrder() {
        List<Value> order = new ArrayList<>();
        Set<Value> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Value> stack = new ArrayDeque<>();
        Deque<Boolean> expanded = new ArrayDeque<>();
        stack.push(this);
        expanded.push(false);
        while (!stack.isEmpty()) {
            Value v = stack.pop();
            if (expanded.pop()) {
                order.add(v);
            } else if (seen.add(v)) {
                stack.push(v);
                expanded.push(true);
                for (Value child : v.operands()) {
                    if (!seen.contains(child)) {
                        stack.push(child);
                        expanded.push(false);
                    }
                }
            }
        }
        return order;
    }

    // ---------------------------------------------------------------- state

    /** Returns the number this value holds. */
    public double data() {
        return data;
    }

    /** Sets the number this value holds: an optimizer step on a parameter (this value is modified). */
    public void setData(double data) {
        this.data = data;
    }

    /** Returns the accumulated gradient ∂(the value backward was called on)/∂this. */
    public double grad() {
        return grad;
    }

    /** Sets the gradient to 0 (this value is modified). */
    public void zeroGrad() {
        grad = 0.0;
    }

    /** Returns the op that made this value, or null for a leaf. */
    public ScalarOp op() {
        return op;
    }

    /** Returns the operands this value was computed from (none for a leaf). */
    public List<Value> operands() {
        return a == null ? List.of() : b == null ? List.of(a) : List.of(a, b);
    }

    /** Returns {@code Value(data=…, grad=…)}, as micrograd prints it. */
    @Override
    public String toString() {
        return "Value(data=" + data + ", grad=" + grad + ")";
    }
}
