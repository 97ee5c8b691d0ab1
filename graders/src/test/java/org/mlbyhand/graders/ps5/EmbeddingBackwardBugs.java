package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.graders.ps5.Signatures.EmbeddingRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of an embedding lookup, each a complete rule the grader must reject.
 * The first case has no repeated token, so = instead of += and the first occurrence only pass it; on the
 * second, index [1, 1], they give [[0, 0], [3, 4]] and [[0, 0], [1, 2]].
 */
final class EmbeddingBackwardBugs {
    private EmbeddingBackwardBugs() {
    }

    private enum Slip { ASSIGN, IN_ORDER, FIRST_ONLY }

    static final List<Bug<EmbeddingRule>> ALL = List.of(
            new Bug<>("g returned as it is: the shape of the output, not of the table",
                    "the gradient of the table E has E's shape, (rows, C): start from zeros(rows, C) and add each row of"
                            + " g into it.",
                    (rows, index, g) -> g),
            new Bug<>("row j of g written into row j of dE",
                    "row j of the output was read from row index[j] of the table, so g's row j goes back there:"
                            + " dE[index[j]] += g[j].",
                    (rows, index, g) -> grad(rows, index, g, Slip.IN_ORDER)),
            new Bug<>("= instead of += (a repeated token keeps only its last row)",
                    "a token that occurs twice was read twice, and both reads send their gradient back: add"
                            + " (dE[index[j]] += g[j]), never assign.",
                    (rows, index, g) -> grad(rows, index, g, Slip.ASSIGN)),
            new Bug<>("only the first occurrence of a repeated token",
                    "every occurrence of a token adds its row of g: dE[index[j]] += g[j] for every j, including the"
                            + " later ones.",
                    (rows, index, g) -> grad(rows, index, g, Slip.FIRST_ONLY)));

    private static Tensor grad(int rows, int[] index, Tensor g, Slip slip) {
        int c = g.ndim() == 2 ? g.size(1) : 0;
        double[] dE = new double[rows * c];
        boolean[] seen = new boolean[rows];
        for (int j = 0; j < index.length; j++) {
            int row = slip == Slip.IN_ORDER ? j : index[j];
            if (row >= rows || slip == Slip.FIRST_ONLY && seen[row]) {
                continue;
            }
            seen[row] = true;
            for (int q = 0; q < c; q++) {
                dE[row * c + q] = (slip == Slip.ASSIGN ? 0.0 : dE[row * c + q]) + g.get(j, q);
            }
        }
        return Tensors.fromArray(dE, rows, c);
    }
}
