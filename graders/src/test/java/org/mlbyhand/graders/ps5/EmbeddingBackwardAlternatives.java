package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.graders.ps5.Signatures.EmbeddingRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of an embedding lookup written differently from core's rule, each of which the grader must accept. */
final class EmbeddingBackwardAlternatives {
    private EmbeddingBackwardAlternatives() {
    }

    static final List<Alternative<EmbeddingRule>> ALL = List.of(
            new Alternative<>("a loop over g's storage, each row added at its token's row", (rows, index, g) -> {
                int c = g.size(1);
                double[] gv = g.toArray();
                double[] dE = new double[rows * c];
                for (int j = 0; j < index.length; j++) {
                    for (int q = 0; q < c; q++) {
                        dE[index[j] * c + q] += gv[j * c + q];
                    }
                }
                return Tensors.fromArray(dE, rows, c);
            }),
            new Alternative<>("a one-hot matrix O (T, rows) and dE = Oᵀ·g", (rows, index, g) -> {
                double[] onehot = new double[index.length * rows];
                for (int j = 0; j < index.length; j++) {
                    onehot[j * rows + index[j]] = 1.0;
                }
                return Tensors.fromArray(onehot, index.length, rows).transpose(0, 1).matmul(g);
            }));
}
