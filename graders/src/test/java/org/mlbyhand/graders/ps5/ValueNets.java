package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.nn.MLP;
import org.mlbyhand.core.property.Case;

/**
 * Networks on core's scalar engine, as the neuron, MLP and training-step exercises use them: building
 * {@link Value}s from a case, core's own summation order ({@code b + w₀x₀ + w₁x₁ + …}, as
 * {@link org.mlbyhand.core.nn.Neuron} sums) on parameters given from outside, micrograd's training
 * loss, and the results the graders compare (values and every gradient, read after core's backward).
 */
final class ValueNets {
    /**
     * What a neuron computed: its output and the gradients of the output with respect to w, b and x.
     */
    record NeuronResult(double out, double[] dw, double db, double[] dx) {
    }

    /**
     * What an MLP computed: its outputs, and the gradients of L = Σⱼ (j + 1)·outⱼ with respect to every
     * parameter (in core's order) and every input.
     */
    record MlpResult(double[] out, double[] dparams, double[] dx) {
    }

    /** What a training step did: the loss it returned, and the parameters after it (in core's order). */
    record StepResult(double loss, double[] params) {
    }

    private ValueNets() {
    }

    /** Returns one new leaf per number. */
    static List<Value> leaves(double[] x) {
        List<Value> v = new ArrayList<>();
        for (double d : x) {
            v.add(new Value(d));
        }
        return v;
    }

    /** Returns the data of each value. */
    static double[] data(List<Value> values) {
        return values.stream().mapToDouble(Value::data).toArray();
    }

    /** Returns the gradient of each value. */
    static double[] grads(List<Value> values) {
        return values.stream().mapToDouble(Value::grad).toArray();
    }

    /** The neuron as core's Neuron computes it, on the given parameters: relu(b + Σ wᵢ·xᵢ), or linear. */
    static Value neuron(List<Value> w, Value b, List<Value> x, boolean nonlin) {
        if (w.size() != x.size()) {
            throw new ShapeMismatchException("Neuron: " + w.size() + " weights, " + x.size() + " inputs");
        }
        Value act = b;
        for (int i = 0; i < w.size(); i++) {
            act = act.add(w.get(i).mul(x.get(i)));
        }
        return nonlin ? act.relu() : act;
    }

    /**
     * The MLP as core's MLP computes it, on parameters in core's order (layer by layer, neuron by neuron,
     * weights then bias): relu in every layer but the last.
     */
    static List<Value> mlp(int[] sizes, List<Value> params, List<Value> x) {
        if (x.size() != sizes[0]) {
            throw new ShapeMismatchException("MLP: " + sizes[0] + " inputs expected, got " + x.size());
        }
        if (params.size() != parameterCount(sizes)) {
            throw new IllegalArgumentException("MLP: sizes " + Arrays.toString(sizes) + " need "
                    + parameterCount(sizes) + " parameters, got " + params.size());
        }
        int p = 0;
        for (int layer = 1; layer < sizes.length; layer++) {
            List<Value> next = new ArrayList<>();
            for (int j = 0; j < sizes[layer]; j++) {
                List<Value> w = params.subList(p, p + sizes[layer - 1]);
                Value b = params.get(p + sizes[layer - 1]);
                p += sizes[layer - 1] + 1;
                next.add(neuron(w, b, x, layer < sizes.length - 1));
            }
            x = next;
        }
        return x;
    }

    /**
     * True when no relu of the network (sizes, params in core's order) sees an input within 0.001 of its
     * kink at any of the points (rows of X), so that central differences there are two-sided slopes.
     */
    static boolean awayFromKinks(int[] sizes, double[] params, Matrix X) {
        for (int i = 0; i < X.rows(); i++) {
            double[] h = X.row(i);
            int p = 0;
            for (int layer = 1; layer < sizes.length - 1; layer++) {
                double[] next = new double[sizes[layer]];
                for (int j = 0; j < next.length; j++) {
                    double act = params[p + h.length];
                    for (int k = 0; k < h.length; k++) {
                        act += params[p + k] * h[k];
                    }
                    p += h.length + 1;
                    if (Math.abs(act) < 1e-3) {
                        return false;
                    }
                    next[j] = Math.max(act, 0.0);
                }
                h = next;
            }
        }
        return true;
    }

    /** Returns Σ (nᵢ + 1)·nᵢ₊₁, the number of weights and biases. */
    static int parameterCount(int[] sizes) {
        int count = 0;
        for (int i = 1; i < sizes.length; i++) {
            count += (sizes[i - 1] + 1) * sizes[i];
        }
        return count;
    }

    /** Returns core's MLP of these sizes, seeded, with the case's "params" copied in when it has them. */
    static MLP network(int[] sizes, Case c) {
        MLP net = new MLP(sizes[0], Arrays.copyOfRange(sizes, 1, sizes.length),
                c.names().contains("seed") ? c.integer("seed") : 0);
        if (c.names().contains("params")) {
            double[] given = c.vector("params");
            List<Value> params = net.parameters();
            for (int k = 0; k < given.length; k++) {
                params.get(k).setData(given[k]);
            }
        }
        return net;
    }

    /** Returns L = Σⱼ (j + 1)·outⱼ, which weighs each output differently so that none can hide. */
    static Value weightedSum(List<Value> out) {
        Value L = new Value(0.0);
        for (int j = 0; j < out.size(); j++) {
            L = L.add(out.get(j).mul(j + 1.0));
        }
        return L;
    }

    /**
     * micrograd's demo loss on core's MLP: the max-margin loss with labels 0/1 mapped to ±1, averaged,
     * plus α times the sum of the squared parameters:
     * <pre>{@code
     *   L = (1/n) Σᵢ relu(1 − yᵢ′·scoreᵢ) + α·Σₚ p²,      yᵢ′ = 2yᵢ − 1,  scoreᵢ = net(xᵢ)₀
     * }</pre>
     */
    static Value trainingLoss(MLP net, Matrix X, int[] y, double alpha) {
        Value data = new Value(0.0);
        for (int i = 0; i < y.length; i++) {
            Value score = net.apply(X.row(i)).get(0);
            data = data.add(score.mul(-(2.0 * y[i] - 1.0)).add(1.0).relu());
        }
        Value reg = new Value(0.0);
        for (Value p : net.parameters()) {
            reg = reg.add(p.mul(p));
        }
        return data.div(y.length).add(reg.mul(alpha));
    }
}
