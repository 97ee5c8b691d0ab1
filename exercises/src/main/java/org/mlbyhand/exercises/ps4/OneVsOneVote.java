package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · ovo-vote — how libsvm and scikit-learn's SVC turn k(k−1)/2 two-class SVMs into one k-class prediction.
 *
 * <p>One SVM is trained for every pair of classes a &lt; b, in the order (0,1), (0,2), …, (0,k−1), (1,2),
 * …, (k−2,k−1); its decision value f_ab(x) is positive for class a. To predict, every pair votes and
 * the class with the most votes wins:
 * <pre>{@code
 *   pair (a, b) votes for a if f_ab(x) > 0, else for b        (f = 0 votes for b)
 *   prediction = the class with the most votes; a tie goes to the SMALLEST class index
 * }</pre>
 * Example, k = 3, one row D = [1, −1, 1]: (0,1) votes 0, (0,2) votes 2, (1,2) votes 1; one vote each, so
 * the tie goes to class 0. (This is libsvm's rule, and scikit-learn's {@code predict} with
 * {@code break_ties=False}, its default.)
 *
 * <p>Arguments: D is m×k(k−1)/2, row r the pairwise values of point r in the order above (not
 * modified); k ≥ 2. Throw {@link IllegalArgumentException} if k &lt; 2 and
 * {@link ShapeMismatchException} if D does not have k(k−1)/2 columns.
 *
 * <p>You need: an {@code int[] votes = new int[k]} per row, two nested loops over a &lt; b. Do not use
 * core's {@code SvcModel} (its {@code predict} votes for you).
 *
 * <p>Classic traps: the pairs in the order above (a outer, b inner); f = 0 votes for b; a tie goes to the
 * smaller class (a strict &gt; when looking for the maximum); votes, not summed decision values.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=ovo-vote}
 */
public final class OneVsOneVote {
    private OneVsOneVote() {
    }

    /**
     * Returns the class each row of D votes for.
     *
     * @param D m×k(k−1)/2 pairwise decision values (not modified)
     * @param k the number of classes, ≥ 2
     * @return a new array of length m, each label in [0, k)
     * @throws IllegalArgumentException if k &lt; 2
     * @throws ShapeMismatchException   if {@code D.cols() != k(k−1)/2}
     */
    public static int[] predict(Matrix D, int k) {
        // TODO: for each row, count the votes of the pairs in order, then take the first class with the most.
        throw new NotImplementedYet("ps4 ovo-vote");
    }
}
