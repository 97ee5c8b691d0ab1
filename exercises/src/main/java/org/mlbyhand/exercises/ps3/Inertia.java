package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · inertia — the objective k-means lowers: the sum of squared distances from each point to the
 * centre of its cluster.
 *
 * <pre>{@code
 *   inertia(X, C, labels) = Σᵢ ‖xᵢ − c_{labelᵢ}‖² = Σᵢ Σ_f (X_if − C_{labelᵢ,f})²
 * }</pre>
 * scikit-learn's {@code inertia_}: a plain sum (no 1/n), of squared distances (not distances), each
 * point measured to the centre its label names, whether or not that centre is its nearest. Example:
 * X = [[0, 0], [3, 4], [6, 8]], C = [[0, 0]], labels = [0, 0, 0] give 0 + 25 + 100 = 125.
 *
 * <p>Shapes: X is n×p (n = 0 gives 0), C is k×p, labels has length n, each in [0, k). Nothing is
 * modified.
 *
 * <p>Errors: throw {@link ShapeMismatchException} if labels does not have length n or C does not have p
 * columns, and {@link IllegalArgumentException} if a label is outside [0, k) or an entry of X or C is NaN
 * or infinite.
 *
 * <p>You need: {@code X.rows()}, {@code X.cols()}, {@code X.get(i, f)}, {@code C.get(j, f)},
 * {@code X.firstNonFinite()}. Not core's {@code Lloyd}, {@code KMeans} or {@code KMeansModel} (whose
 * {@code inertia()} and {@code score} compute it).
 *
 * <p>Classic traps: squared distances, not distances (√25 = 5 is not 25); a sum, not a mean; the centre
 * of the point's own cluster, not its nearest one, and not every centre; all p coordinates.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=inertia}
 */
public final class Inertia {
    private Inertia() {
    }

    /**
     * Returns Σᵢ ‖xᵢ − c_{labelᵢ}‖².
     *
     * @param X      the n×p points, finite (not modified)
     * @param C      the k×p centres, finite (not modified)
     * @param labels the cluster of each point, length n, each in [0, k) (not modified)
     * @return the inertia, ≥ 0
     * @throws ShapeMismatchException if labels does not have length n or C does not have p columns
     * @throws IllegalArgumentException if a label is outside [0, k) or an entry is NaN or infinite
     */
    public static double inertia(Matrix X, Matrix C, int[] labels) {
        // TODO: check, then add up the squared distance of each point to the centre its label names.
        throw new NotImplementedYet("ps3 inertia");
    }
}
