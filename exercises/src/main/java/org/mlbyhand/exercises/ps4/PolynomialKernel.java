package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · poly-kernel — the polynomial kernel, scikit-learn's {@code kernel='poly'}, and with it the linear one.
 *
 * <pre>{@code
 *   k(x, z) = (γ·xᵀz + coef0)^degree          xᵀz = Σⱼ xⱼzⱼ
 *   linear kernel:  degree = 1, γ = 1, coef0 = 0   gives   k(x, z) = xᵀz
 * }</pre>
 * It is an inner product in a space of monomials that is never built: for degree 2, γ = 1 and
 * coef0 = c, (xᵀz + c)² = φ(x)ᵀφ(z) with φ(x) = (all products xⱼxₖ, √(2c)·x, c). Example: x = [1, 2],
 * z = [3, 1], degree 2, γ = 0.5, coef0 = 1: (0.5·5 + 1)² = 12.25. degree = 0 gives 1 everywhere
 * (0⁰ = 1). The base may be negative: (−2)³ = −8.
 *
 * <p>Arguments: x and z have the same length p (not modified); degree ≥ 0; γ finite and ≥ 0; coef0
 * finite. Throw {@link IllegalArgumentException} if degree &lt; 0, γ is negative or not finite, or
 * coef0 is not finite; {@link ShapeMismatchException} if x and z have different lengths.
 *
 * <p>You need: a loop, and a power: {@code Math.pow} or repeated multiplication (both are accepted).
 * Do not use core's {@code Kernel.Polynomial} or {@code Kernel.Linear}: they are this exercise.
 *
 * <p>Classic traps: γ multiplies xᵀz only, not coef0; coef0 goes inside the power; a power loop runs
 * exactly degree times from 1; {@code Math.exp(degree·Math.log(base))} is NaN for a negative base.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=poly-kernel}
 */
public final class PolynomialKernel {
    private PolynomialKernel() {
    }

    /**
     * Returns k(x, z) = (γ·xᵀz + coef0)^degree.
     *
     * @param x      a point, length p (not modified)
     * @param z      a point, length p (not modified)
     * @param degree the integer power, ≥ 0
     * @param gamma  γ, finite and ≥ 0
     * @param coef0  the constant term, finite
     * @return the kernel value
     * @throws IllegalArgumentException if degree, γ or coef0 is out of range
     * @throws ShapeMismatchException   if {@code x.length != z.length}
     */
    public static double value(double[] x, double[] z, int degree, double gamma, double coef0) {
        // TODO: check the arguments, compute the base γ·xᵀz + coef0, then raise it to the power degree.
        throw new NotImplementedYet("ps4 poly-kernel");
    }
}
