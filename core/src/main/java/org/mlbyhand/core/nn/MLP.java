package org.mlbyhand.core.nn;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.random.Rng;

/**
 * A multi-layer perceptron: layers of sizes nouts[0], nouts[1], …, relu in every layer but the last,
 * which is linear (its outputs are scores).
 * <pre>{@code
 *   new MLP(2, new int[] {16, 16, 1}, seed)      2 → 16 (relu) → 16 (relu) → 1
 * }</pre>
 */
public final class MLP extends Module {
    private final List<Layer> layers;

    /**
     * Creates the network with weights uniform in [−1, 1) and biases 0, drawn from {@code new Rng(seed)}
     * layer by layer, neuron by neuron: the same seed gives the same network.
     *
     * @param nin   number of inputs, ≥ 1
     * @param nouts the size of each layer, each ≥ 1 (not modified)
     * @throws IllegalArgumentException if a size is below 1 or there is no layer
     */
    public MLP(int nin, int[] nouts, long seed) {
        if (nin < 1 || nouts.length == 0) {
            throw new IllegalArgumentException("MLP: needs nin ≥ 1 and at least one layer, got nin = " + nin
                    + " and " + nouts.length + " layers");
        }
        Rng rng = new Rng(seed);
        this.layers = new ArrayList<>(nouts.length);
        int size = nin;
        for (int i = 0; i < nouts.length; i++) {
            if (nouts[i] < 1) {
                throw new IllegalArgumentException("MLP: layer " + i + " has size " + nouts[i]);
            }
            layers.add(new Layer(size, nouts[i], i != nouts.length - 1, rng));
            size = nouts[i];
        }
    }

    /** Returns the outputs of the last layer for inputs x (length nin, not modified). */
    public List<Value> apply(List<Value> x) {
        for (Layer layer : layers) {
            x = layer.apply(x);
        }
        return x;
    }

    /** Returns the outputs for the numbers x (length nin, not modified), each made a leaf Value. */
    public List<Value> apply(double... x) {
        List<Value> in = new ArrayList<>(x.length);
        for (double v : x) {
            in.add(new Value(v));
        }
        return apply(in);
    }

    /** Returns the parameters of layer 0, then of layer 1, and so on. */
    @Override
    public List<Value> parameters() {
        List<Value> p = new ArrayList<>();
        for (Layer layer : layers) {
            p.addAll(layer.parameters());
        }
        return p;
    }

    @Override
    public String toString() {
        return "MLP of " + layers;
    }
}
