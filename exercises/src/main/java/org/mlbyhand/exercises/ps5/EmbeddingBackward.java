package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · embedding-bwd — the local backward of an embedding lookup: a scatter-add into the table.
 *
 * <p>The lookup out = E.indexSelect(0, index) copies row index[j] of the table E (rows, C) into row j of
 * out (T, C). Its backward sends each row of g = ∂L/∂out back to the row it came from, and a token that
 * occurs twice receives both rows' gradients:
 * <pre>{@code
 *   dE = zeros(rows, C);   for j:  dE[index[j]] += g[j]
 *   rows 3, index [2, 0], g = [[1, 2], [3, 4]]  →  dE = [[3, 4], [0, 0], [1, 2]]
 *   rows 2, index [1, 1], g = [[1, 2], [3, 4]]  →  dE = [[0, 0], [4, 6]]
 * }</pre>
 * The grader plugs your rule into core's engine for index_select along axis 0 (an embedding followed by
 * a layer, with repeated tokens).
 *
 * <p>Arguments (not modified): rows, the table's row count; index, T entries in [0, rows) (T may be 0);
 * g, (T, C). Return dE, (rows, C). Use {@code get}, {@code toArray}, {@code Tensors.fromArray}, or
 * tensor ops.
 *
 * <p>Do not use core's {@code scatterAdd} or the rules of {@code IndexSelect} or {@code ScatterAdd}, nor
 * the engine's {@code backward}, {@code grad} or {@code gradFn}.
 *
 * <p>Classic traps: = instead of += (a repeated token keeps only its last row); writing g's row j into
 * row j of dE instead of row index[j]; returning g's shape instead of the table's.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=embedding-bwd}
 */
public final class EmbeddingBackward {
    private EmbeddingBackward() {
    }

    /**
     * Returns ∂L/∂E for out = E.indexSelect(0, index).
     *
     * @param rows  the number of rows of E
     * @param index the rows looked up, each in [0, rows) (not modified)
     * @param g     ∂L/∂out, (index.length, C) (not modified)
     * @return dE, (rows, C)
     */
    public static Tensor grad(int rows, int[] index, Tensor g) {
        // TODO: add each row of g into the row of dE it was read from.
        throw new NotImplementedYet("ps5 embedding-bwd");
    }
}
