package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.graders.ps5.Signatures.CrossEntropyRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of the cross-entropy written differently from core's rule, each of which the grader must accept. */
final class CrossEntropyBackwardAlternatives {
    private CrossEntropyBackwardAlternatives() {
    }

    static final List<Alternative<CrossEntropyRule>> ALL = List.of(
            new Alternative<>("core's softmax minus a one-hot tensor, times g/n", (z, y, g) -> {
                int n = z.size(0);
                int k = z.size(1);
                double[] onehot = new double[n * k];
                for (int i = 0; i < n; i++) {
                    onehot[i * k + y[i]] = 1.0;
                }
                return z.softmax(1).sub(Tensors.fromArray(onehot, n, k)).mul(g / n);
            }),
            new Alternative<>("row by row: softmax by exp(z − log-sum-exp), minus 1 at the label, times g/n",
                    (z, y, g) -> {
                        int n = z.size(0);
                        int k = z.size(1);
                        double[] dz = new double[n * k];
                        for (int i = 0; i < n; i++) {
                            double m = Double.NEGATIVE_INFINITY;
                            for (int j = 0; j < k; j++) {
                                m = Math.max(m, z.get(i, j));
                            }
                            double s = 0.0;
                            for (int j = 0; j < k; j++) {
                                s += Math.exp(z.get(i, j) - m);
                            }
                            double lse = m + Math.log(s);
                            for (int j = 0; j < k; j++) {
                                dz[i * k + j] = g * (Math.exp(z.get(i, j) - lse) - (j == y[i] ? 1 : 0)) / n;
                            }
                        }
                        return Tensors.fromArray(dz, n, k);
                    }));
}
