package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · smo-pair — one step of SMO: move two dual variables as far as the dual allows, then clip them to the box.
 *
 * <p>The SVM's dual, for l rows with signs yₜ = ±1 and the kernel matrix K, is
 * <pre>{@code
 *   min_α  f(α) = ½·Σₛₜ αₛαₜ·yₛyₜ·Kₛₜ − Σₜ αₜ     subject to   Σₜ yₜαₜ = 0,   0 ≤ αₜ ≤ C
 *   gradient  Gₜ = yₜ·Σₛ yₛαₛKₛₜ − 1  =  yₜ·(Eₜ − b)       Eₜ = f(xₜ) − yₜ, the error; so Eᵢ − Eⱼ = yᵢGᵢ − yⱼGⱼ
 * }</pre>
 * SMO changes two variables at a time, i and j, along the only line that keeps Σ yₜαₜ = 0: yᵢαᵢ + yⱼαⱼ
 * stays fixed. On that line f is a parabola of curvature η; its minimum, clipped to the segment [L, H]
 * where both variables stay in [0, C], is the step (Platt, 1998; libsvm's rule for η ≤ 0):
 * <pre>{@code
 *   η   = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ                 = ‖φ(xᵢ) − φ(xⱼ)‖² ≥ 0;  if η ≤ 0 (two equal points), use η = τ = 1e-12
 *   αⱼ' = αⱼ + yⱼ·(yᵢGᵢ − yⱼGⱼ)/η          the unconstrained minimum along the line
 *   yᵢ ≠ yⱼ:  L = max(0, αⱼ − αᵢ),        H = min(C, C + αⱼ − αᵢ)          (αᵢ − αⱼ stays fixed)
 *   yᵢ = yⱼ:  L = max(0, αᵢ + αⱼ − C),    H = min(C, αᵢ + αⱼ)              (αᵢ + αⱼ stays fixed)
 *   αⱼ' ← min(H, max(L, αⱼ'))                                              clip to [L, H]
 *   αᵢ' = αᵢ + yᵢyⱼ·(αⱼ − αⱼ')                                              back onto the line
 * }</pre>
 * Every other αₜ is unchanged. Example: K = [[1, 0], [0, 1]], y = [1, −1], α = [0.5, 0.5], G = [−1, −1],
 * C = 2, i = 0, j = 1: η = 2, yᵢGᵢ − yⱼGⱼ = −1 − 1 = −2, αⱼ' = 0.5 + (−1)(−2)/2 = 1.5 within [0, 2], and
 * αᵢ' = 0.5 + (−1)(0.5 − 1.5) = 1.5. (libsvm sets a variable that reaches its bound to exactly 0 or C and
 * the other from the line; you may, but the formulas above are enough.)
 *
 * <p>Arguments: α, G and y have length l (not modified: return a new array); y holds ±1; K is l×l (not
 * modified); 0 ≤ i, j &lt; l; C &gt; 0. Throw {@link ShapeMismatchException} if the lengths disagree
 * (G, y or K not of α's size) and {@link IllegalArgumentException} if i = j.
 *
 * <p>You need: {@code K.get}, {@code alpha.clone()}, {@code Math.min}, {@code Math.max}. Do not use
 * core's {@code Smo}, {@code WorkingSet} or {@code Svc}: they take this step for you.
 *
 * <p>Classic traps: L and H depend on whether the labels are equal (swapping the two pairs of formulas
 * is the classic slip); clip αⱼ' before computing αᵢ', to [L, H], not just [0, C] (the other variable
 * would leave the box); η = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ, not its negative; yⱼ in αⱼ's step and yᵢyⱼ in αᵢ's;
 * η = 0 needs τ, or 0/0 gives NaN; modify a copy of α, not α.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=smo-pair}
 */
public final class SmoPairUpdate {
    private SmoPairUpdate() {
    }

    /**
     * Returns α after one SMO step on the pair (i, j).
     *
     * @param alpha the dual variables, length l, each in [0, C] (not modified)
     * @param G     the gradient of the dual at α, length l (not modified)
     * @param y     the signs, length l, each +1 or −1 (not modified)
     * @param K     the l×l kernel matrix (not modified)
     * @param i     the first index of the pair
     * @param j     the second index of the pair, j ≠ i
     * @param C     the box, &gt; 0
     * @return a new array: α with αᵢ and αⱼ replaced by αᵢ' and αⱼ'
     * @throws ShapeMismatchException   if G, y or K does not match α's length
     * @throws IllegalArgumentException if i = j
     */
    public static double[] update(double[] alpha, double[] G, int[] y, Matrix K, int i, int j, double C) {
        // TODO: check the arguments, compute η and the unconstrained αⱼ', clip it to [L, H], then set αᵢ'.
        throw new NotImplementedYet("ps4 smo-pair");
    }
}
