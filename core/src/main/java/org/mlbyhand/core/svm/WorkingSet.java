package org.mlbyhand.core.svm;

import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The pair (i, j) of dual variables that one SMO step changes, with the optimality gap m(α) − M(α) seen
 * when it was chosen; and the two rules that choose it. In the notation of {@link Smo} (gradient
 * G = Qα − e, signs yₜ = ±1, box 0 ≤ αₜ ≤ C):
 * <pre>{@code
 *   I_up(α)  = { t : yₜ = +1, αₜ < C } ∪ { t : yₜ = −1, αₜ > 0 }     the αₜ that may move so that yₜαₜ grows
 *   I_low(α) = { t : yₜ = −1, αₜ < C } ∪ { t : yₜ = +1, αₜ > 0 }     … so that yₜαₜ shrinks
 *   m(α) = max_{t ∈ I_up} −yₜGₜ,        M(α) = min_{t ∈ I_low} −yₜGₜ,        gap = m(α) − M(α)
 * }</pre>
 * α is optimal exactly when gap ≤ 0 (the KKT conditions, {@link Smo#kktViolation}); libsvm stops at
 * gap &lt; tol. A step on (i, j) with i ∈ I_up, j ∈ I_low and −yᵢGᵢ &gt; −yⱼGⱼ always decreases the dual.
 * <ul>
 *   <li>{@link #maximalViolatingPair} (first order, Keerthi et al. 2001): i = argmax over I_up, j = argmin
 *       over I_low, the pair that violates the KKT conditions most;</li>
 *   <li>{@link #secondOrder} (libsvm's, Fan, Chen and Lin 2005, "WSS 3"): the same i, then the j that
 *       promises the largest decrease of the dual for that i,
 *       <pre>{@code
 *   j = argmin_{t ∈ I_low, −yₜGₜ < m}  −bₜ²/aₜ,    bₜ = m + yₜGₜ > 0,   aₜ = Kᵢᵢ + Kₜₜ − 2Kᵢₜ  (τ = 1e-12 if aₜ ≤ 0)
 * }</pre>
 *       −bₜ²/(2aₜ) being the decrease of a step on (i, t) were it not clipped. Far fewer steps than the
 *       first-order rule, for one more row of Q per step.</li>
 * </ul>
 * Ties go to the larger index, as in libsvm's loops ({@code >=}); that is what makes the sequence of
 * steps, and so the number of iterations, the same as scikit-learn's.
 *
 * @param i   the index chosen in I_up, −1 if I_up is empty
 * @param j   the index chosen in I_low, −1 if there is none (no violating pair)
 * @param gap m(α) − M(α), −∞ if either set is empty
 */
public record WorkingSet(int i, int j, double gap) {
    /** libsvm's τ: the curvature used for aₜ ≤ 0 (a non-positive-definite kernel, or equal rows). */
    static final double TAU = 1e-12;

    /**
     * Returns whether SMO stops here, libsvm's rule: {@code gap < tol}, or no j was found.
     *
     * @param tol the stopping tolerance (scikit-learn's {@code tol}), &gt; 0
     */
    public boolean optimal(double tol) {
        return gap < tol || j < 0;
    }

    /**
     * Returns the maximal violating pair: i = argmax_{I_up} −yₜGₜ, j = argmin_{I_low} −yₜGₜ (class comment).
     *
     * @param alpha length l, in [0, C] (not modified)
     * @param G     the gradient Qα − e, length l (not modified)
     * @param y     length l, each ±1 (not modified)
     * @param C     the box, &gt; 0
     * @throws ShapeMismatchException if the lengths differ
     */
    public static WorkingSet maximalViolatingPair(double[] alpha, double[] G, int[] y, double C) {
        check("WorkingSet.maximalViolatingPair", alpha, G, y);
        int i = -1;
        int j = -1;
        double m = Double.NEGATIVE_INFINITY;
        double M = Double.POSITIVE_INFINITY;
        for (int t = 0; t < alpha.length; t++) {
            double v = -y[t] * G[t];
            if (inUp(alpha[t], y[t], C) && v >= m) {
                m = v;
                i = t;
            }
            if (inLow(alpha[t], y[t], C) && v <= M) {
                M = v;
                j = t;
            }
        }
        return new WorkingSet(i, m > M ? j : -1, m - M);
    }

    /**
     * Returns libsvm's second-order working set (class comment), reading row i of Q from the cache.
     *
     * @param alpha length l, in [0, C] (not modified)
     * @param G     the gradient Qα − e, length l (not modified)
     * @param Q     the dual matrix of the same l rows (its signs are y; rows may be computed and cached)
     * @param C     the box, &gt; 0
     * @throws ShapeMismatchException if alpha, G and Q do not all have length l
     */
    public static WorkingSet secondOrder(double[] alpha, double[] G, KernelCache Q, double C) {
        int l = Q.size();
        if (alpha.length != l || G.length != l) {
            throw new ShapeMismatchException("WorkingSet.secondOrder: Q is " + l + "×" + l + ", alpha has length "
                    + alpha.length + ", G has length " + G.length);
        }
        double m = Double.NEGATIVE_INFINITY;        // libsvm's Gmax
        int i = -1;
        for (int t = 0; t < l; t++) {
            if (inUp(alpha[t], Q.sign(t), C) && -Q.sign(t) * G[t] >= m) {
                m = -Q.sign(t) * G[t];
                i = t;
            }
        }
        if (i < 0) {
            return new WorkingSet(-1, -1, Double.NEGATIVE_INFINITY);
        }
        float[] Qi = Q.row(i);
        double minusM = Double.NEGATIVE_INFINITY;   // libsvm's Gmax2 = −M(α)
        double bestDecrease = Double.POSITIVE_INFINITY;
        int j = -1;
        for (int t = 0; t < l; t++) {
            if (!inLow(alpha[t], Q.sign(t), C)) {
                continue;
            }
            minusM = Math.max(minusM, Q.sign(t) * G[t]);
            double b = m + Q.sign(t) * G[t];
            if (b > 0) {
                double a = Q.diagonal(i) + Q.diagonal(t) - 2.0 * Q.sign(i) * Q.sign(t) * Qi[t];  // Kᵢᵢ + Kₜₜ − 2Kᵢₜ
                double decrease = -(b * b) / (a > 0 ? a : TAU);
                if (decrease <= bestDecrease) {
                    bestDecrease = decrease;
                    j = t;
                }
            }
        }
        return new WorkingSet(i, j, m + minusM);
    }

    /** t ∈ I_up(α): yₜαₜ may grow. */
    static boolean inUp(double alpha, int y, double C) {
        return y == 1 ? alpha < C : alpha > 0;
    }

    /** t ∈ I_low(α): yₜαₜ may shrink. */
    static boolean inLow(double alpha, int y, double C) {
        return y == 1 ? alpha > 0 : alpha < C;
    }

    static void check(String who, double[] alpha, double[] G, int[] y) {
        if (alpha.length != G.length || alpha.length != y.length) {
            throw new ShapeMismatchException(who + ": alpha has length " + alpha.length + ", G has length " + G.length
                    + ", y has length " + y.length);
        }
    }
}
