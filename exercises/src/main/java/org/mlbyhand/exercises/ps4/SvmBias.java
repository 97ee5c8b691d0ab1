package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · svm-bias — the intercept b of the SVM, from the free support vectors, as libsvm computes it.
 *
 * <p>The dual has no b; it comes back from the KKT conditions. A free support vector (0 &lt; αᵢ &lt; C)
 * lies exactly on the margin, yᵢf(xᵢ) = 1, and since Gᵢ = yᵢ·(f(xᵢ) − b) − 1 (see smo-pair), each one
 * gives b = −yᵢGᵢ. They agree up to the solver's tolerance, so libsvm averages them. A variable at a
 * bound says only on which side of its margin its point is, so it bounds b without fixing it; when no
 * variable is free, b is the middle of the interval those bounds allow:
 * <pre>{@code
 *   F = { i : 0 < αᵢ < C }                                    the free support vectors
 *   b = −(1/|F|)·Σ_{i ∈ F} yᵢGᵢ                                if F is not empty
 *   b = (m + M)/2                                              if F is empty, where
 *       m = max −yᵢGᵢ over U = { yᵢ = +1, αᵢ = 0 } ∪ { yᵢ = −1, αᵢ = C }
 *       M = min −yᵢGᵢ over L = { yᵢ = −1, αᵢ = 0 } ∪ { yᵢ = +1, αᵢ = C }
 * }</pre>
 * (libsvm returns rho = −b; scikit-learn's {@code intercept_} is b for two classes.) A bounded αᵢ is
 * exactly 0 or C: compare with == or with ≤ 0 and ≥ C. Example: α = [0.5, 0.25, 1], y = [1, −1, 1],
 * G = [0.5, 0.25, 0.75], C = 1: F = {0, 1}, yG = [0.5, −0.25], so b = −(0.5 − 0.25)/2 = −0.125; the
 * bounded α₂ = C is left out.
 *
 * <p>Arguments: α, G and y have length l (not modified); α in [0, C]; y holds ±1; C &gt; 0. Throw
 * {@link ShapeMismatchException} if the lengths differ.
 *
 * <p>You need: a loop and a counter. Do not use core's {@code Smo}: its {@code bias} is this exercise.
 *
 * <p>Classic traps: only the free αᵢ, not every support vector (a bounded one is not on its margin);
 * b = −yᵢGᵢ, minus included (rho = +yᵢGᵢ is libsvm's value of −b); yᵢGᵢ, not Gᵢ; no free support vector
 * is a normal case (every αᵢ at 0 or C), not a division by zero.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=svm-bias}
 */
public final class SvmBias {
    private SvmBias() {
    }

    /**
     * Returns the intercept b of f(x) = Σᵢ αᵢyᵢk(xᵢ, x) + b.
     *
     * @param alpha the dual variables, length l, each in [0, C] (not modified)
     * @param G     the gradient of the dual at α, length l (not modified)
     * @param y     the signs, length l, each +1 or −1 (not modified)
     * @param C     the box, &gt; 0
     * @return b
     * @throws ShapeMismatchException if the lengths differ
     */
    public static double intercept(double[] alpha, double[] G, int[] y, double C) {
        // TODO: average −yᵢGᵢ over the free αᵢ; if there is none, return the midpoint (m + M)/2.
        throw new NotImplementedYet("ps4 svm-bias");
    }
}
