package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · forest-vote — a random forest classifier's vote, as scikit-learn casts it: every tree gives
 * each row a probability per class, the forest averages them, and predicts the most probable class.
 *
 * <p>The T trees' probabilities come stacked in one matrix, tree after tree: rows t·m … t·m + m − 1 of
 * P are tree t's probabilities for the m rows to predict (row i of tree t is row t·m + i of P). Then
 * <pre>{@code
 *   P̄[i][c] = (1/T) · Σ_{t=0}^{T−1} P[t·m + i][c]            the forest's probability, m×k
 *   ŷᵢ      = the lowest c with P̄[i][c] = max_c' P̄[i][c']     a tie goes to the lowest class
 * }</pre>
 * This soft vote is not a majority of the trees' labels: a tree sure of its answer counts for more
 * than one that hesitates. Example: for one row, trees [0.4, 0.6], [0.4, 0.6] and [0.9, 0.1] average to
 * [0.567, 0.433], so ŷ = 0, although two trees of three prefer class 1.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if trees &lt; 1 or P has no column;
 * {@link ShapeMismatchException} if P's row count is not a multiple of trees.
 *
 * <p>You need: {@code P.get(r, c)}, or {@code P.slice(t·m, (t + 1)·m, 0, k)} for tree t's block. Not
 * core's {@code org.mlbyhand.core.ensemble.ForestVote}, which is the answer, nor the random forest models.
 *
 * <p>Classic traps: counting the trees' labels (Breiman's hard vote) instead of averaging their
 * probabilities; {@code >=} in the argmax (a tie goes to the last class); reading the stack as if each
 * row's T trees were adjacent (row i·T + t); keeping the last tree's probabilities instead of adding
 * them; letting the most confident tree decide alone (the maximum instead of the mean).
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=forest-vote}
 */
public final class SoftVote {
    private SoftVote() {
    }

    /**
     * Returns the forest's predicted class for each of the m rows.
     *
     * @param P     (T·m)×k, the trees' class probabilities stacked tree after tree (not modified)
     * @param trees T ≥ 1, the number of trees
     * @return length m, each in [0, k)
     * @throws IllegalArgumentException if trees &lt; 1 or P has no column
     * @throws ShapeMismatchException if {@code P.rows()} is not a multiple of trees
     */
    public static int[] vote(Matrix P, int trees) {
        // TODO: average the T blocks of P into P̄ (m×k), then each row's first largest class.
        throw new NotImplementedYet("ps2 forest-vote");
    }
}
