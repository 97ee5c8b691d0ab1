package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · pegasos-step — one step of Pegasos, the linear SVM trained in the primal by stochastic subgradients.
 *
 * <p>Pegasos (Shalev-Shwartz et al., 2011) minimises λ/2·‖θ‖² + (1/n)·Σᵢ max(0, 1 − sᵢθᵀx̃ᵢ) over
 * θ = (w, b), with x̃ = (x, 1) (the intercept is a weight on a constant feature, so it is penalised too),
 * sᵢ = 2yᵢ − 1 and λ = 1/(C·n). Step t = 1, 2, … looks at one row i (chosen by a seeded random order,
 * passed in here) and does, in this order:
 * <pre>{@code
 *   margin = sᵢ·(wᵀxᵢ + b)                        at the (w, b) you were given, before any change
 *   η      = 1/(λ·t)
 *   θ ← (1 − 1/t)·θ                               the regulariser's step, (1 − η·λ)·θ: at EVERY step
 *   θ ← θ + η·sᵢ·x̃ᵢ        only if margin < 1     the hinge's step (strictly: margin = 1 does not count)
 *   θ ← min(1, (1/√λ)/‖θ‖)·θ                       back into the ball of radius 1/√λ, ‖θ‖² = ‖w‖² + b²
 * }</pre>
 * The optimum lies in that ball, so the projection only ever helps. Example: the very first step
 * (t = 1) forgets θ entirely, 1 − 1/t = 0, and moves to η·sᵢ·x̃ᵢ = (1/λ)·sᵢ·(xᵢ, 1); with λ = 1 and
 * xᵢ = [2, 2], yᵢ = 1 that is (2, 2, 1), of norm 3 > 1, projected to (2/3, 2/3, 1/3).
 *
 * <p>Arguments: X is n×p (not modified); y has length n, each 0 or 1 (not modified); w has length p
 * (not modified); b is the intercept; 0 ≤ i &lt; n; λ finite and &gt; 0; t ≥ 1. Return the new
 * {@code new LinearParameters(w, b)}. Throw {@link IllegalArgumentException} if λ is not finite and
 * &gt; 0 or t &lt; 1, and {@link ShapeMismatchException} if y's length is not n or w's is not p.
 *
 * <p>You need: {@code X.row(i)}, {@code Math.sqrt}, new arrays. Do not use core's
 * {@code PegasosLinearSvc} or {@code HingeLoss}.
 *
 * <p>Classic traps: the shrink (1 − 1/t) applies at every step, violating row or not; η = 1/(λt), λ
 * included; the margin is measured before the step; the sign s = 2y − 1, not y; the intercept is part
 * of θ: it is shrunk, stepped with the feature 1, and counted in ‖θ‖; the radius is 1/√λ, not 1/λ.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=pegasos-step}
 */
public final class PegasosStep {
    private PegasosStep() {
    }

    /**
     * Returns (w, b) after Pegasos step t on row i.
     *
     * @param X      the n×p features (not modified)
     * @param y      the labels, length n, each 0 or 1 (not modified)
     * @param w      the current weights, length p (not modified)
     * @param b      the current intercept
     * @param i      the row of this step, 0 ≤ i &lt; n
     * @param lambda λ = 1/(C·n), finite and &gt; 0
     * @param t      the step's number, ≥ 1
     * @return {@code new LinearParameters(w, b)} with the new w (a new array of length p) and b
     * @throws IllegalArgumentException if λ or t is out of range
     * @throws ShapeMismatchException   if {@code y.length != X.rows()} or {@code w.length != X.cols()}
     */
    public static LinearParameters step(Matrix X, int[] y, double[] w, double b, int i, double lambda, int t) {
        // TODO: check the arguments, take the margin, shrink, step if the row violates, then project.
        throw new NotImplementedYet("ps4 pegasos-step");
    }
}
