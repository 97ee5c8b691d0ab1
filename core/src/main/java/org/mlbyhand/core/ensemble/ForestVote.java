package org.mlbyhand.core.ensemble;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * How a random forest classifier combines its trees, scikit-learn 1.2's soft vote: the trees' class
 * probabilities are averaged, and the predicted class is the most probable one,
 * <pre>{@code
 *   P̄[i][c] = (Σ_{t=0}^{T−1} P_t[i][c]) / T          summed in tree order, then divided by T
 *   ŷᵢ = min{c : P̄[i][c] = max_c' P̄[i][c']}            the lowest class among ties (numpy's argmax)
 * }</pre>
 * where P_t[i][c] is tree t's probability of class c for row i: the share of class c among the
 * training weight of the leaf the row falls into. This is not Breiman's majority vote of the trees'
 * labels (each tree one vote): a tree unsure of a row counts less. The sum runs in tree order so that
 * the result does not depend on which tree finished first.
 */
public final class ForestVote {
    private ForestVote() {
    }

    /**
     * Returns the mean of the trees' probability matrices.
     *
     * @param probabilities T ≥ 1 matrices, each m×k (not modified)
     * @return m×k, a new matrix
     * @throws IllegalArgumentException if the list is null or empty, or holds a null
     * @throws ShapeMismatchException if two matrices differ in shape (both named)
     */
    public static Matrix meanProbabilities(List<Matrix> probabilities) {
        String who = "ForestVote.meanProbabilities";
        Checks.notNull(who, "probabilities", probabilities);
        if (probabilities.isEmpty()) {
            throw new IllegalArgumentException(who + ": probabilities is empty; a forest has at least one tree");
        }
        Matrix first = Checks.notNull(who, "probabilities[0]", probabilities.get(0));
        Matrix sum = Matrix.zeros(first.rows(), first.cols());   // m×k
        for (int t = 0; t < probabilities.size(); t++) {
            Matrix P = Checks.notNull(who, "probabilities[" + t + "]", probabilities.get(t));
            if (P.rows() != sum.rows() || P.cols() != sum.cols()) {
                throw new ShapeMismatchException(who + ": probabilities[0] is " + first.shape()
                        + ", probabilities[" + t + "] is " + P.shape());
            }
            sum.addScaledInPlace(1.0, P);
        }
        double T = probabilities.size();
        sum.mapInPlace(v -> v / T);
        return sum;
    }

    /**
     * Returns each row's most probable class, the lowest class index among ties.
     *
     * @param P m×k probabilities, k ≥ 1 (not modified)
     * @return length m, labels in [0, k)
     * @throws IllegalArgumentException if P is null or has no columns
     */
    public static int[] argmax(Matrix P) {
        Checks.notNull("ForestVote.argmax", "P", P);
        if (P.cols() == 0) {
            throw new IllegalArgumentException("ForestVote.argmax: P is " + P.shape() + "; needs at least one class");
        }
        int[] labels = new int[P.rows()];
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < P.cols(); c++) {
                best = P.get(i, c) > P.get(i, best) ? c : best;
            }
            labels[i] = best;
        }
        return labels;
    }
}
