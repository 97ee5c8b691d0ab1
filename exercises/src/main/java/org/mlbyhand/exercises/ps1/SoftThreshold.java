package org.mlbyhand.exercises.ps1;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · soft-threshold — shrink a number towards 0 by γ, and set it to exactly 0 when it is within γ of 0.
 *
 * <p>The soft-threshold operator is the one-dimensional lasso: it solves
 * <pre>{@code
 *   S(z, γ) = argmin_w ½(w − z)² + γ·|w|  =  sign(z)·max(|z| − γ, 0)
 *
 *           = z − γ     if z > γ
 *           = 0         if −γ ≤ z ≤ γ
 *           = z + γ     if z < −γ
 * }</pre>
 * (where w ≠ 0 the derivative w − z + γ·sign(w) is 0; at w = 0 the kink absorbs any |z| ≤ γ). It is
 * how the lasso makes coefficients exactly zero, and coordinate descent (the next exercise) applies
 * it once per coefficient. One subtraction at most, so your answer must equal the expected one
 * exactly.
 *
 * <p>Special cases: S(z, 0) = z; S(NaN, γ) = NaN (a NaN must not turn into a 0: check it before you
 * compare, or let the arithmetic carry it).
 *
 * <p>You need: comparisons and one addition or subtraction (the three-case form above), or
 * {@code Math.abs}, {@code Math.max} and {@code Math.signum}. Not {@code CoordinateDescent.softThreshold}
 * (nor anything else of {@code CoordinateDescent}, {@code Lasso} or {@code ElasticNet}): that is the
 * answer.
 *
 * <p>Errors: throw {@link IllegalArgumentException} naming the value if γ is negative or NaN.
 *
 * <p>Classic traps: a negative z moves up towards 0 (z + γ), not further down (z − γ); |z| ≤ γ gives
 * exactly 0, not z − sign(z)·γ (which crosses to the other side of 0); {@code max(z − γ, 0)} is only
 * the positive half.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=soft-threshold}
 */
public final class SoftThreshold {
    private SoftThreshold() {
    }

    /**
     * Returns S(z, γ) = sign(z)·max(|z| − γ, 0).
     *
     * @param z     the value to shrink (any double; NaN gives NaN)
     * @param gamma the threshold γ ≥ 0
     * @return z moved towards 0 by γ, or exactly 0 if |z| ≤ γ
     * @throws IllegalArgumentException if gamma is negative or NaN
     */
    public static double apply(double z, double gamma) {
        // TODO: reject a bad gamma, then handle the three cases z > γ, z < −γ and |z| ≤ γ.
        throw new NotImplementedYet("ps1 soft-threshold");
    }
}
