package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · kmeans-assign — the assignment step of k-means: send every point to its nearest centre.
 *
 * <p>Row i of X is a point xᵢ, row j of C a centre c_j. Each point gets the number of the centre
 * nearest to it in Euclidean distance, the lowest number on a tie:
 * <pre>{@code
 *   labelᵢ = argmin_j ‖xᵢ − c_j‖²,     ‖x − c‖² = Σ_f (x_f − c_f)²
 *   on a tie, the smallest such j
 * }</pre>
 * Example: X = [[0, 0], [1, 0], [4, 4], [5, 5]] and C = [[0, 0], [5, 5]] give labels [0, 0, 1, 1]
 * (the point [4, 4] is at squared distance 32 from c₀ and 2 from c₁). The point [0] is as far from
 * c₀ = [−1] as from c₁ = [1]: it gets label 0. A label is the row number of a centre, so there is no
 * freedom in naming the clusters here: the grader compares your labels exactly.
 *
 * <p>Shapes: X is n×p (n = 0 is allowed: no points, no labels), C is k×p with k ≥ 1; the result has
 * length n, each label in [0, k). Neither X nor C is modified.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if C has no row or an entry of X or C is NaN or
 * infinite, and {@link ShapeMismatchException} (an IllegalArgumentException) if C does not have p
 * columns.
 *
 * <p>You need: {@code X.rows()}, {@code X.cols()}, {@code C.rows()}, {@code X.get(i, f)} (or
 * {@code X.row(i)}), {@code X.firstNonFinite()}. Not core's {@code Lloyd} or {@code KMeans}: the
 * assignment is what you are writing.
 *
 * <p>Classic traps: the nearest centre is the argmin, not the argmax; the running minimum starts at the
 * first centre's distance (or +∞), not at 0, which nothing is below; replace it only on a strictly
 * smaller distance ({@code <}, not {@code <=}), or ties go to the last centre; the expansion
 * ‖x‖² − 2xᵀc + ‖c‖² may drop ‖x‖² (the same for every centre) but never ‖c‖²; sum the squares of all p
 * coordinates, not their absolute values.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=kmeans-assign}
 */
public final class KMeansAssignment {
    private KMeansAssignment() {
    }

    /**
     * Returns the nearest centre of each point, labelᵢ = argmin_j ‖xᵢ − c_j‖² (the lowest j on a tie).
     *
     * @param X the n×p points, finite (not modified)
     * @param C the k×p centres, k ≥ 1, finite (not modified)
     * @return a new array of length n, each label in [0, k)
     * @throws IllegalArgumentException if C has no row, or an entry of X or C is NaN or infinite
     * @throws ShapeMismatchException if C does not have X's p columns
     */
    public static int[] assign(Matrix X, Matrix C) {
        // TODO: check the arguments, then for each point keep the centre of smallest squared distance.
        throw new NotImplementedYet("ps3 kmeans-assign");
    }
}
