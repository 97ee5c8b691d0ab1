package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps5.Signatures.NeuronForward;
import org.mlbyhand.grading.Alternative;

/**
 * Correct neurons written differently from core's (which starts at b and adds w₀x₀, w₁x₁, … in order);
 * the sums round differently, within round-off.
 */
final class NeuronForwardAlternatives {
    private NeuronForwardAlternatives() {
    }

    static final List<Alternative<NeuronForward>> ALL = List.of(
            new Alternative<>("Σ wᵢ·xᵢ first, the bias added last", (w, b, x, nonlin) -> {
                check(w, x);
                Value act = null;
                for (int i = 0; i < w.size(); i++) {
                    Value term = w.get(i).mul(x.get(i));
                    act = act == null ? term : act.add(term);
                }
                act = act == null ? b : act.add(b);
                return nonlin ? act.relu() : act;
            }),
            new Alternative<>("the products summed pairwise, as a tree", (w, b, x, nonlin) -> {
                check(w, x);
                List<Value> terms = new ArrayList<>();
                terms.add(b);
                for (int i = 0; i < w.size(); i++) {
                    terms.add(x.get(i).mul(w.get(i)));
                }
                while (terms.size() > 1) {
                    List<Value> next = new ArrayList<>();
                    for (int k = 0; k < terms.size(); k += 2) {
                        next.add(k + 1 < terms.size() ? terms.get(k).add(terms.get(k + 1)) : terms.get(k));
                    }
                    terms = next;
                }
                return nonlin ? terms.get(0).relu() : terms.get(0);
            }));

    private static void check(List<Value> w, List<Value> x) {
        if (w.size() != x.size()) {
            throw new ShapeMismatchException("neuron: " + w.size() + " weights, " + x.size() + " inputs");
        }
    }
}
