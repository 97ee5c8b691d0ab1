package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · reconstruct — project rows onto the first q principal components of a training set and map
 * them back: the best approximation of each row that q numbers can describe (what eigenfaces show).
 *
 * <p>Fit on X (the mean and the components), then apply to Y:
 * <pre>{@code
 *   x̄ = the column means of X,   V_q = the first q principal components of X      (p×q, columns)
 *   Z = (Y − 1·x̄ᵀ)·V_q            m×q   the scores: the projection, q numbers per row
 *   Ŷ = Z·V_qᵀ + 1·x̄ᵀ             m×p   the reconstruction
 * }</pre>
 * Ŷ does not depend on the signs of the components (each appears twice), so the grader compares it
 * directly. With all components (q = p, n &gt; p) V_q·V_qᵀ = I and Ŷ = Y; with fewer, Ŷ is the point
 * of x̄ + span(V_q) nearest to each row. Example: X = [[1, 2], [3, 6], [5, 4]] has x̄ = [3, 4] and
 * v₀ = [1, 1]/√2; for Y = [[3, 6]], Y − x̄ = [0, 2] has score 2/√2 = √2, which maps back to [1, 1], so
 * Ŷ = [4, 5].
 *
 * <p>Use core's {@link Svd} of the centred X for V_q (or {@code SymmetricEigen} of its covariance), as
 * in the PCA exercises. Not core's {@code Pca} or {@code PcaModel}, whose {@code transform} and
 * {@code inverseTransform} are this exercise.
 *
 * <p>Shapes: X is n×p with n ≥ 2; Y is m×p; 1 ≤ q ≤ min(n, p). The result is a new m×p matrix. X and Y
 * are not modified.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if n &lt; 2, p = 0, an entry of X or Y is NaN or
 * infinite, or q is not in [1, min(n, p)]; {@link ShapeMismatchException} if Y does not have p columns.
 *
 * <p>Classic traps: centre Y on the TRAINING mean x̄, not on its own mean (a single row would then always
 * reconstruct to itself); add x̄ back at the end; the components are the first q columns of V (the largest
 * variances), each a column, not a row.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=reconstruct}
 */
public final class PcaReconstruction {
    private PcaReconstruction() {
    }

    /**
     * Returns the reconstruction of Y's rows from their projection on the first q principal components of X.
     *
     * @param X the n×p training rows, n ≥ 2, finite (not modified)
     * @param Y the m×p rows to project and reconstruct, finite (not modified)
     * @param q the number of components, 1 ≤ q ≤ min(n, p)
     * @return a new m×p matrix Ŷ = (Y − 1·x̄ᵀ)·V_q·V_qᵀ + 1·x̄ᵀ
     * @throws IllegalArgumentException if X or Y is not fit or q is out of range
     * @throws ShapeMismatchException if Y does not have p columns
     */
    public static Matrix reconstruct(Matrix X, Matrix Y, int q) {
        // TODO: check, fit x̄ and V_q on X, then Z = (Y − x̄)·V_q and Ŷ = Z·V_qᵀ + x̄.
        throw new NotImplementedYet("ps3 reconstruct");
    }
}
