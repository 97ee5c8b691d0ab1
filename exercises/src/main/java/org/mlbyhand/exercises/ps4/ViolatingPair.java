package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.svm.WorkingSet;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · violating-pair — check the KKT conditions of the SVM dual, and choose the pair SMO should move next.
 *
 * <p>In the dual (see smo-pair), a step may raise yₜαₜ only if αₜ can move that way inside [0, C], and
 * lower it only likewise:
 * <pre>{@code
 *   I_up  = { t : yₜ = +1, αₜ < C } ∪ { t : yₜ = −1, αₜ > 0 }      yₜαₜ may grow
 *   I_low = { t : yₜ = −1, αₜ < C } ∪ { t : yₜ = +1, αₜ > 0 }      yₜαₜ may shrink
 *   m = max_{t ∈ I_up} −yₜGₜ     at i        (m = −∞, i = −1 if I_up is empty)
 *   M = min_{t ∈ I_low} −yₜGₜ    at j        (M = +∞ if I_low is empty)
 *   gap = m − M
 * }</pre>
 * α is optimal exactly when gap ≤ 0: that is the KKT conditions (a free αₜ on the margin, αₜ = 0 beyond
 * it, αₜ = C inside it) with the intercept anywhere in [M, m]. Otherwise (i, j) is the maximal violating
 * pair (Keerthi et al., 2001): the step of smo-pair on it lowers the dual the most to first order, and
 * libsvm stops when gap &lt; tol. When no pair violates (m ≤ M, or a set is empty), j = −1. Ties go to
 * the LARGER index, as in libsvm's loops (≥ and ≤), which is what makes its sequence of steps
 * reproducible. Example: at the start, α = 0 and G = −1 for every row; with y = [1, −1, 1, −1],
 * I_up = {0, 2} with −yG = 1, I_low = {1, 3} with −yG = −1, so (i, j) = (2, 3) and gap = 2.
 *
 * <p>Arguments: α, G and y have length l (not modified); α in [0, C]; y holds ±1; C &gt; 0. Return
 * {@code new WorkingSet(i, j, gap)}. Throw {@link ShapeMismatchException} if the lengths differ.
 *
 * <p>You need: one loop over t, comparisons, {@code Double.NEGATIVE_INFINITY} and
 * {@code Double.POSITIVE_INFINITY}. Do not call {@code WorkingSet.maximalViolatingPair},
 * {@code WorkingSet.secondOrder} or core's {@code Smo}; {@code new WorkingSet(i, j, gap)} is fine.
 *
 * <p>Classic traps: a variable at a bound may move only one way (α = C is not in I_up for y = +1);
 * the value is −yₜGₜ, not yₜGₜ; i is the maximum over I_up and j the minimum over I_low, not the other
 * way round; ties to the larger index; j = −1 when no pair violates, and the gap is m − M either way.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=violating-pair}
 */
public final class ViolatingPair {
    private ViolatingPair() {
    }

    /**
     * Returns the maximal violating pair and the KKT gap m(α) − M(α).
     *
     * @param alpha the dual variables, length l, each in [0, C] (not modified)
     * @param G     the gradient of the dual at α, length l (not modified)
     * @param y     the signs, length l, each +1 or −1 (not modified)
     * @param C     the box, &gt; 0
     * @return {@code new WorkingSet(i, j, m − M)}: i = −1 if I_up is empty, j = −1 if no pair violates
     * @throws ShapeMismatchException if the lengths differ
     */
    public static WorkingSet select(double[] alpha, double[] G, int[] y, double C) {
        // TODO: one pass over t: keep the largest −yₜGₜ in I_up and the smallest in I_low, ties to the later t.
        throw new NotImplementedYet("ps4 violating-pair");
    }
}
