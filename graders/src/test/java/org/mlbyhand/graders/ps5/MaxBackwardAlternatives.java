package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.graders.ps5.Signatures.MaxRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of max written differently from core's rule, each of which the grader must accept. */
final class MaxBackwardAlternatives {
    private MaxBackwardAlternatives() {
    }

    static final List<Alternative<MaxRule>> ALL = List.of(
            new Alternative<>("a loop over the runs in storage, the first index of the largest value",
                    (x, axis, keepdim, g) -> {
                        Runs runs = new Runs(x.shape(), axis);
                        double[] v = x.toArray();
                        double[] gv = g.toArray();
                        double[] dx = new double[v.length];
                        for (int r = 0; r < runs.count; r++) {
                            int best = 0;
                            for (int i = 1; i < runs.n; i++) {
                                if (v[runs.at(r, i)] > v[runs.at(r, best)]) {
                                    best = i;
                                }
                            }
                            dx[runs.at(r, best)] = gv[r];
                        }
                        return Tensors.fromArray(dx, x.shape());
                    }),
            new Alternative<>("the axis moved last, runs scanned from the end keeping the earliest maximum, moved back",
                    (x, axis, keepdim, g) -> {
                        int nd = x.ndim();
                        Tensor moved = x.transpose(axis, nd - 1).contiguous();
                        int n = x.size(axis);
                        double[] v = moved.toArray();
                        Tensor gMoved = (keepdim ? g : g.unsqueeze(axis)).transpose(axis, nd - 1).contiguous();
                        double[] gv = gMoved.toArray();
                        double[] d = new double[v.length];
                        for (int r = 0; r < v.length / n; r++) {
                            int best = n - 1;
                            for (int i = n - 2; i >= 0; i--) {
                                if (v[r * n + i] >= v[r * n + best]) {
                                    best = i;
                                }
                            }
                            d[r * n + best] = gv[r];
                        }
                        return Tensors.fromArray(d, moved.shape()).transpose(axis, nd - 1).contiguous();
                    }));
}
