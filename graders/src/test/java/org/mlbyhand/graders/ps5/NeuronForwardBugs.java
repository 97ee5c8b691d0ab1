package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps5.Signatures.NeuronForward;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the forward pass of a neuron, each a complete implementation the grader must
 * reject. The first case is linear with a negative sum (−3), so relu applied anyway gives 0 and a
 * missing bias −4; the second, the same with relu, catches relu never applied (−3) and tanh (−0.995).
 */
final class NeuronForwardBugs {
    private NeuronForwardBugs() {
    }

    private enum Slip { NO_GRAPH, NO_BIAS, ALWAYS_RELU, NEVER_RELU, TANH, BIAS_PER_TERM, NO_CHECK }

    static final List<Bug<NeuronForward>> ALL = List.of(
            new Bug<>("computed on doubles and wrapped in a new Value: the graph is cut",
                    "your output has the right value but no graph: every gradient is 0. Build it from Value ops"
                            + " (b.add(w.mul(x)), relu()), not from data() and new Value(...), so that backward()"
                            + " can reach w, b and x.",
                    (w, b, x, nonlin) -> neuron(w, b, x, nonlin, Slip.NO_GRAPH)),
            new Bug<>("bias left out",
                    "out = b + Σ wᵢ·xᵢ: start the sum at the bias b (its gradient is then 1, or 0 where relu is off).",
                    (w, b, x, nonlin) -> neuron(w, b, x, nonlin, Slip.NO_BIAS)),
            new Bug<>("relu applied to a linear neuron",
                    "when nonlin is false the neuron is linear: return b + Σ wᵢ·xᵢ as it is, negative or not.",
                    (w, b, x, nonlin) -> neuron(w, b, x, nonlin, Slip.ALWAYS_RELU)),
            new Bug<>("relu never applied",
                    "when nonlin is true the neuron applies relu to b + Σ wᵢ·xᵢ: a negative sum gives 0.",
                    (w, b, x, nonlin) -> neuron(w, b, x, nonlin, Slip.NEVER_RELU)),
            new Bug<>("tanh instead of relu",
                    "core's neurons (as micrograd's) use relu, max(·, 0), not tanh.",
                    (w, b, x, nonlin) -> neuron(w, b, x, nonlin, Slip.TANH)),
            new Bug<>("the bias added once per input",
                    "the bias is added once, not with every term: out = b + w₀x₀ + w₁x₁ + …",
                    (w, b, x, nonlin) -> neuron(w, b, x, nonlin, Slip.BIAS_PER_TERM)),
            new Bug<>("no check that w and x have the same length",
                    "a neuron has one weight per input: throw ShapeMismatchException when w.size() != x.size(),"
                            + " instead of quietly using fewer terms.",
                    (w, b, x, nonlin) -> neuron(w, b, x, nonlin, Slip.NO_CHECK)));

    private static Value neuron(List<Value> w, Value b, List<Value> x, boolean nonlin, Slip slip) {
        if (w.size() != x.size() && slip != Slip.NO_CHECK) {
            throw new ShapeMismatchException("Neuron: " + w.size() + " weights, " + x.size() + " inputs");
        }
        int n = Math.min(w.size(), x.size());
        if (slip == Slip.NO_GRAPH) {
            double act = b.data();
            for (int i = 0; i < n; i++) {
                act += w.get(i).data() * x.get(i).data();
            }
            return new Value(nonlin ? Math.max(act, 0.0) : act);
        }
        Value act = slip == Slip.NO_BIAS || slip == Slip.BIAS_PER_TERM ? new Value(0.0) : b;
        for (int i = 0; i < n; i++) {
            act = act.add(w.get(i).mul(x.get(i)));
            if (slip == Slip.BIAS_PER_TERM) {
                act = act.add(b);
            }
        }
        if (slip == Slip.BIAS_PER_TERM && n == 0) {
            act = act.add(b);
        }
        switch (slip) {
            case ALWAYS_RELU:
                return act.relu();
            case NEVER_RELU:
                return act;
            case TANH:
                return nonlin ? act.tanh() : act;
            default:
                return nonlin ? act.relu() : act;
        }
    }
}
