package org.mlbyhand.core.nn;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.Rng;

/**
 * One neuron: a weighted sum of its inputs plus a bias, through a relu unless it is linear.
 * <pre>{@code
 *   out = relu(b + Σᵢ wᵢ·xᵢ)      or, linear,   out = b + Σᵢ wᵢ·xᵢ
 * }</pre>
 * The sum starts at b and adds w₀x₀, w₁x₁, … in order, as micrograd's {@code sum(…, self.b)}.
 */
public final class Neuron extends Module {
    private final List<Value> w;
    private final Value b;
    private final boolean nonlin;

    /**
     * Creates a neuron with nin weights uniform in [−1, 1) drawn from rng (which advances) and bias 0.
     *
     * @param nonlin true for relu, false for a linear neuron
     */
    public Neuron(int nin, boolean nonlin, Rng rng) {
        this.w = new ArrayList<>(nin);
        for (int i = 0; i < nin; i++) {
            w.add(new Value(rng.uniform(-1.0, 1.0)));
        }
        this.b = new Value(0.0);
        this.nonlin = nonlin;
    }

    /**
     * Returns the neuron's output for inputs x (not modified).
     *
     * @throws ShapeMismatchException if x does not have one entry per weight
     */
    public Value apply(List<Value> x) {
        if (x.size() != w.size()) {
            throw new ShapeMismatchException("Neuron: " + w.size() + " weights, " + x.size() + " inputs");
        }
        Value act = b;
        for (int i = 0; i < w.size(); i++) {
            act = act.add(w.get(i).mul(x.get(i)));
        }
        return nonlin ? act.relu() : act;
    }

    /** Returns the weights, then the bias. */
    @Override
    public List<Value> parameters() {
        List<Value> p = new ArrayList<>(w);
        p.add(b);
        return p;
    }

    /** Returns true for a relu neuron. */
    public boolean isNonlinear() {
        return nonlin;
    }

    @Override
    public String toString() {
        return (nonlin ? "ReLU" : "Linear") + "Neuron(" + w.size() + ")";
    }
}
