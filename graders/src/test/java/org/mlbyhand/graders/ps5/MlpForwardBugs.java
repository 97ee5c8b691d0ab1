package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps5.Signatures.MlpForward;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in an MLP's forward pass, each a complete implementation the grader must reject.
 * The first case (1 → 1 → 1, a hidden unit that is on, an output of −8.5) catches relu on the output
 * (0), the input fed to every layer (−5.5) and the missing biases (−12); with one neuron per layer the
 * two parameter layouts agree, and relu never applied changes nothing there, so those two fail on the
 * second case (2 → 2 → 1, one hidden unit off).
 */
final class MlpForwardBugs {
    private MlpForwardBugs() {
    }

    private enum Slip { RELU_LAST, INPUT_EVERYWHERE, NO_BIAS, NO_RELU, WEIGHTS_THEN_BIASES }

    static final List<Bug<MlpForward>> ALL = List.of(
            new Bug<>("relu on the last layer too",
                    "the last layer is linear: its outputs are scores and may be negative. Apply relu in every layer"
                            + " but the last.",
                    (sizes, params, x) -> forward(sizes, params, x, Slip.RELU_LAST)),
            new Bug<>("every layer fed the network's input x",
                    "layer i takes the outputs of layer i − 1, not x: after each layer, the next one's inputs are the"
                            + " outputs you just computed.",
                    (sizes, params, x) -> forward(sizes, params, x, Slip.INPUT_EVERYWHERE)),
            new Bug<>("biases left out",
                    "each neuron adds its bias, the parameter right after its weights: b + Σ w·h.",
                    (sizes, params, x) -> forward(sizes, params, x, Slip.NO_BIAS)),
            new Bug<>("relu never applied",
                    "the hidden layers apply relu: a hidden unit whose sum is negative outputs 0.",
                    (sizes, params, x) -> forward(sizes, params, x, Slip.NO_RELU)),
            new Bug<>("a layer's weights read first, its biases after",
                    "core's order keeps each neuron's bias right after its own weights: for sizes [2, 2, 1] the first"
                            + " neuron is params 0, 1 and bias 2, the second 3, 4 and bias 5. Your code reads all the"
                            + " weights of a layer first.",
                    (sizes, params, x) -> forward(sizes, params, x, Slip.WEIGHTS_THEN_BIASES)));

    private static List<Value> forward(int[] sizes, List<Value> params, List<Value> x, Slip slip) {
        if (x.size() != sizes[0]) {
            throw new ShapeMismatchException("MLP: " + sizes[0] + " inputs expected, got " + x.size());
        }
        if (params.size() != ValueNets.parameterCount(sizes)) {
            throw new IllegalArgumentException("MLP: wrong number of parameters");
        }
        List<Value> input = x;
        List<Value> h = x;
        int p = 0;
        for (int layer = 1; layer < sizes.length; layer++) {
            int nin = sizes[layer - 1];
            int nout = sizes[layer];
            List<Value> in = slip == Slip.INPUT_EVERYWHERE ? input : h;
            List<Value> next = new ArrayList<>();
            for (int j = 0; j < nout; j++) {
                int w0 = slip == Slip.WEIGHTS_THEN_BIASES ? p + j * nin : p + j * (nin + 1);
                int bias = slip == Slip.WEIGHTS_THEN_BIASES ? p + nout * nin + j : w0 + nin;
                Value act = slip == Slip.NO_BIAS ? new Value(0.0) : params.get(bias);
                for (int k = 0; k < nin; k++) {
                    act = act.add(params.get(w0 + k).mul(in.get(Math.min(k, in.size() - 1))));
                }
                boolean last = layer == sizes.length - 1;
                next.add(slip == Slip.NO_RELU || (last && slip != Slip.RELU_LAST) ? act : act.relu());
            }
            p += nout * (nin + 1);
            h = next;
        }
        return h;
    }
}
