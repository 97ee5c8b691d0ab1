package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.cluster.Lloyd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · kmeans-lloyd — Lloyd's algorithm: alternate the assignment and the update from given centres
 * until the clusters stop changing, exactly as scikit-learn's {@code KMeans(init=C0, n_init=1)} stops.
 *
 * <p>Both steps can only lower the inertia Σᵢ ‖xᵢ − c_{labelᵢ}‖², so the loop settles. scikit-learn
 * stops at the first of three events; the tolerance is relative to the spread of X, so that the same tol
 * means the same thing in any units:
 * <pre>{@code
 *   threshold = tol · (1/p)·Σ_f var_f,    var_f = (1/n)·Σᵢ (X_if − x̄_f)²   (the mean column variance, 1/n)
 *   C ← C0
 *   for t = 1, 2, …, maxIter:
 *       labels ← Lloyd.assign(X, C)
 *       next   ← Lloyd.update(X, labels, C)
 *       shift  ← Σ_j ‖next_j − C_j‖²             (the squared distances the centres moved, summed)
 *       C ← next
 *       stop if labels equal those of iteration t − 1       (nothing changed: strict convergence)
 *       stop if shift ≤ threshold
 *   return C
 * }</pre>
 * Example: X = [[0], [1], [10], [11]] from C0 = [[0], [1]] with tol = 0: iteration 1 gives labels
 * [0, 1, 1, 1] and centres [[0], [22/3]]; iteration 2 gives [0, 0, 1, 1] and [[0.5], [10.5]]; iteration 3
 * gives the same labels again and stops: [[0.5], [10.5]]. With maxIter = 1 the answer is [[0], [22/3]].
 * The spread of that X is var = 25.25, and the first shift is (19/3)² ≈ 40.1: with tol = 2 the threshold
 * is 50.5 and the loop stops after iteration 1.
 *
 * <p>Shapes: X is n×p, C0 is k×p with 1 ≤ k ≤ n; the result is a new k×p matrix. Neither X nor C0 is
 * modified.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if X has no row or no column or holds a NaN or
 * infinity, C0 has no row or more rows than X or holds a NaN or infinity, maxIter &lt; 1, or tol is
 * negative, NaN or infinite; {@link ShapeMismatchException} if C0 does not have p columns.
 *
 * <p>You need: {@link Lloyd#assign} and {@link Lloyd#update} from {@code org.mlbyhand.core.cluster} (the
 * steps of the assignment and update exercises, so that a slip there cannot spoil this one),
 * {@code java.util.Arrays.equals} for the labels, {@code X.columnMeans()}. Not {@code Lloyd.run},
 * {@code Lloyd.tolerance}, {@code Lloyd.centreShift}, {@code KMeans} or {@code KMeansModel}: the loop and
 * its stopping rule are what you are writing.
 *
 * <p>Classic traps: tol is relative, multiply it by the mean column variance; that variance divides by n
 * (scikit-learn's {@code np.var}), not n − 1, and is a mean over the p columns, not their sum; the shift
 * adds squared distances, not distances; return the centres after the last update, also when the shift
 * stops the loop; exactly maxIter iterations at most, and at least one; never write into C0.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=kmeans-lloyd}
 */
public final class KMeansLloyd {
    private KMeansLloyd() {
    }

    /**
     * Returns the centres Lloyd's algorithm reaches from C0.
     *
     * @param X       the n×p points, finite, n ≥ 1, p ≥ 1 (not modified)
     * @param C0      the k×p initial centres, finite, 1 ≤ k ≤ n (not modified)
     * @param maxIter the most iterations, ≥ 1
     * @param tol     the relative tolerance on the centre shift, finite and ≥ 0
     * @return a new k×p matrix, the final centres
     * @throws IllegalArgumentException if an argument is out of range or an entry is NaN or infinite
     * @throws ShapeMismatchException if C0 does not have p columns
     */
    public static Matrix fit(Matrix X, Matrix C0, int maxIter, double tol) {
        // TODO: check the arguments, compute the threshold, then assign, update and test the two stops.
        throw new NotImplementedYet("ps3 kmeans-lloyd");
    }
}
