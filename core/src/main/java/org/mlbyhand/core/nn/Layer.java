package org.mlbyhand.core.nn;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.random.Rng;

/** nout neurons that see the same nin inputs: out_j = neuron_j(x). */
public final class Layer extends Module {
    private final List<Neuron> neurons;

    /** Creates nout neurons of nin inputs each, initialised in order from rng (which advances). */
    public Layer(int nin, int nout, boolean nonlin, Rng rng) {
        this.neurons = new ArrayList<>(nout);
        for (int j = 0; j < nout; j++) {
            neurons.add(new Neuron(nin, nonlin, rng));
        }
    }

    /** Returns the nout outputs for inputs x (length nin, not modified). */
    public List<Value> apply(List<Value> x) {
        List<Value> out = new ArrayList<>(neurons.size());
        for (Neuron n : neurons) {
            out.add(n.apply(x));
        }
        return out;
    }

    /** Returns the parameters of neuron 0, then of neuron 1, and so on. */
    @Override
    public List<Value> parameters() {
        List<Value> p = new ArrayList<>();
        for (Neuron n : neurons) {
            p.addAll(n.parameters());
        }
        return p;
    }

    @Override
    public String toString() {
        return "Layer of " + neurons;
    }
}
