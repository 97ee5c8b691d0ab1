package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps5.Signatures.MlpForward;
import org.mlbyhand.grading.Alternative;

/** Correct MLP forward passes written differently from core's, each of which the grader must accept. */
final class MlpForwardAlternatives {
    private MlpForwardAlternatives() {
    }

    static final List<Alternative<MlpForward>> ALL = List.of(
            new Alternative<>("an iterator over the parameters, Σ w·h first and the bias added last",
                    MlpForwardAlternatives::iterating),
            new Alternative<>("each layer's weights gathered into rows first, then applied", MlpForwardAlternatives::byRows));

    private static void check(int[] sizes, List<Value> params, List<Value> x) {
        if (x.size() != sizes[0]) {
            throw new ShapeMismatchException("mlp: x has " + x.size() + " entries, sizes[0] = " + sizes[0]);
        }
        if (params.size() != ValueNets.parameterCount(sizes)) {
            throw new IllegalArgumentException("mlp: " + params.size() + " parameters");
        }
    }

    private static List<Value> iterating(int[] sizes, List<Value> params, List<Value> x) {
        check(sizes, params, x);
        Iterator<Value> p = params.iterator();
        List<Value> h = x;
        for (int layer = 1; layer < sizes.length; layer++) {
            List<Value> next = new ArrayList<>();
            for (int j = 0; j < sizes[layer]; j++) {
                Value sum = null;
                for (Value in : h) {
                    Value term = p.next().mul(in);
                    sum = sum == null ? term : sum.add(term);
                }
                Value act = sum.add(p.next());
                next.add(layer < sizes.length - 1 ? act.relu() : act);
            }
            h = next;
        }
        return h;
    }

    private static List<Value> byRows(int[] sizes, List<Value> params, List<Value> x) {
        check(sizes, params, x);
        List<Value> h = x;
        int offset = 0;
        for (int layer = 1; layer < sizes.length; layer++) {
            int nin = sizes[layer - 1];
            List<List<Value>> W = new ArrayList<>();                // (nout, nin)
            List<Value> b = new ArrayList<>();
            for (int j = 0; j < sizes[layer]; j++) {
                W.add(params.subList(offset, offset + nin));
                b.add(params.get(offset + nin));
                offset += nin + 1;
            }
            List<Value> next = new ArrayList<>();
            for (int j = 0; j < W.size(); j++) {
                Value act = b.get(j);
                for (int k = 0; k < nin; k++) {
                    act = act.add(W.get(j).get(k).mul(h.get(k)));
                }
                next.add(layer < sizes.length - 1 ? act.relu() : act);
            }
            h = next;
        }
        return h;
    }
}
