package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · knn-distance — k-nearest-neighbour classification with distance weights, scikit-learn's
 * {@code KNeighborsClassifier(weights='distance')} with its tie rules.
 *
 * <p>For each query x (a row of X), with the n training rows z_r and labels y_r, K = max(ytrain) + 1:
 * <pre>{@code
 *   d_r    = √( Σⱼ (xⱼ − z_rⱼ)² )                       Euclidean (sum the squares, then one square root)
 *   N_k(x) = the k rows of smallest d_r; equal distances: the smaller row index first
 *   w_r    = 1/d_r for r in N_k(x);  but if some neighbour has d_r = 0 (1/d_r = +∞), each such
 *            neighbour gets w_r = 1 and every other neighbour w_r = 0 (they take all the weight)
 *   vote_c = Σ_{r in N_k(x), y_r = c} w_r               c = 0, …, K−1
 *   ŷ      = the smallest c with the largest vote_c     a tie goes to the lowest class
 * }</pre>
 * A near neighbour counts more than a far one; a query that coincides with training rows is decided
 * by them alone, by how many of each class there are. Example: Xtrain = [[0], [2], [3], [10]], ytrain =
 * [0, 1, 1, 0], k = 3, x = [0.5]: the neighbours are at 0.5, 1.5 and 2.5, so vote_0 = 2 and vote_1 =
 * 0.667 + 0.4 = 1.067: ŷ = 0, where a plain majority (weights 1) would say 1.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if Xtrain has no row or no column, Xtrain or X holds
 * a NaN or infinity, a label is negative, or k is not in [1, n]; {@link ShapeMismatchException} if
 * ytrain's length is not n or X's columns are not Xtrain's.
 *
 * <p>You need: loops over the rows, {@code Math.sqrt}, a sort or a selection of the k nearest. Not
 * core's {@code KNeighborsClassifier} (nor the regressor and their models), which are the answer.
 *
 * <p>Classic traps: uniform weights (a plain majority); 1/d² (the squared distance without its root);
 * 1/0 = ∞ for a duplicate, so that two classes at distance 0 tie at ∞ whatever their counts; 1/(d + ε)
 * instead of the zero rule, which lets farther neighbours break a tie between the rows at distance 0;
 * {@code >=} in the vote (a tie goes to the last class); equal distances ranked later index first;
 * k + 1 neighbours; skipping the rows at distance 0 as if they were the query itself.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=knn-distance}
 */
public final class WeightedNeighbors {
    private WeightedNeighbors() {
    }

    /**
     * Returns the distance-weighted vote of the k nearest training rows for each row of X.
     *
     * @param Xtrain the training rows, n×p with n, p ≥ 1, finite (not modified)
     * @param ytrain their labels, length n, each ≥ 0 (not modified)
     * @param X      the queries, m×p, finite (not modified)
     * @param k      the number of neighbours, 1 ≤ k ≤ n
     * @return a new array of length m, labels in [0, K)
     * @throws IllegalArgumentException if Xtrain is empty, an entry is not finite, a label is negative, or k ∉ [1, n]
     * @throws ShapeMismatchException if ytrain's length is not n or X does not have p columns
     */
    public static int[] predict(Matrix Xtrain, int[] ytrain, Matrix X, int k) {
        // TODO: per query, the distances, the k nearest (ties: lower index), the weights, the votes, the argmax.
        throw new NotImplementedYet("ps2 knn-distance");
    }
}
