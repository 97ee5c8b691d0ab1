package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.graders.ps5.Signatures.ReduceRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of sum and mean written differently from core's rules, each of which the grader must accept. */
final class ReduceBackwardAlternatives {
    private ReduceBackwardAlternatives() {
    }

    static final List<Alternative<ReduceRule>> ALL = List.of(
            new Alternative<>("one loop over x's entries, each reading g at its index without the axis",
                    ReduceBackwardAlternatives::byEntries),
            new Alternative<>("ones of x's shape times g with the axis back (broadcast), times 1/n for a mean",
                    (shape, axis, keepdim, mean, g) -> {
                        Tensor kept = keepdim ? g : g.unsqueeze(axis);
                        Tensor dx = Tensors.ones(shape).mul(kept);
                        return mean ? dx.mul(1.0 / shape[axis]) : dx;
                    }));

    private static Tensor byEntries(int[] shape, int axis, boolean keepdim, boolean mean, Tensor g) {
        double[] gv = g.toArray();
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        int inner = 1;                                   // the entries of one step along axis
        for (int k = axis + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        double[] dx = new double[n];
        for (int e = 0; e < n; e++) {
            int outer = e / (inner * shape[axis]);
            int rest = e % inner;
            double v = gv[outer * inner + rest];
            dx[e] = mean ? v / shape[axis] : v;
        }
        return Tensors.fromArray(dx, shape);
    }
}
