package org.mlbyhand.graders.ps5;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps5.Signatures.SumTo;
import org.mlbyhand.grading.Alternative;

/** Correct un-broadcasts written differently from core's sumTo, each of which the grader must accept. */
final class UnbroadcastAlternatives {
    private UnbroadcastAlternatives() {
    }

    static final List<Alternative<SumTo>> ALL = List.of(
            new Alternative<>("one loop over g's entries, each added where its index lands in the smaller shape",
                    UnbroadcastAlternatives::byEntries),
            new Alternative<>("leading axes summed one at a time, then each size-1 axis with keepdim",
                    UnbroadcastAlternatives::stepByStep));

    private static void check(Tensor g, int[] shape) {
        int lead = g.ndim() - shape.length;
        for (int k = 0; k < shape.length; k++) {
            if (lead < 0 || shape[k] != 1 && shape[k] != g.size(lead + k)) {
                throw new ShapeMismatchException("sumTo: " + Arrays.toString(g.shape()) + " does not come from "
                        + Arrays.toString(shape));
            }
        }
    }

    private static Tensor byEntries(Tensor g, int[] shape) {
        check(g, shape);
        int[] gs = g.shape();
        int lead = gs.length - shape.length;
        int[] outStrides = new int[shape.length];
        for (int k = shape.length - 1, step = 1; k >= 0; k--) {
            outStrides[k] = step;
            step *= shape[k];
        }
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] out = new double[size];
        double[] v = g.toArray();
        int[] index = new int[gs.length];
        for (int e = 0; e < v.length; e++) {
            int p = 0;
            for (int k = 0; k < shape.length; k++) {
                p += (shape[k] == 1 ? 0 : index[lead + k]) * outStrides[k];
            }
            out[p] += v[e];
            for (int k = gs.length - 1; k >= 0 && ++index[k] == gs[k]; k--) {
                index[k] = 0;
            }
        }
        return Tensors.fromArray(out, shape);
    }

    private static Tensor stepByStep(Tensor g, int[] shape) {
        check(g, shape);
        Tensor s = g;
        while (s.ndim() > shape.length) {
            s = s.sum(0, false);
        }
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == 1 && s.size(k) != 1) {
                s = s.sum(k, true);
            }
        }
        return s;
    }
}
