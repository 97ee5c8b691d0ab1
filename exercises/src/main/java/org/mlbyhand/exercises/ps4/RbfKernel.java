package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · rbf-kernel — the Gaussian (radial basis function) kernel, scikit-learn's {@code kernel='rbf'}.
 *
 * <p>k(x, z) is 1 when x = z and falls towards 0 as the points move apart, on the length scale 1/√γ:
 * <pre>{@code
 *   k(x, z) = exp(−γ·‖x − z‖²),        ‖x − z‖² = Σⱼ (xⱼ − zⱼ)²        (the SQUARED distance)
 * }</pre>
 * γ multiplies the squared distance. Some texts write the same kernel with a width σ as
 * exp(−‖x − z‖²/(2σ²)), so γ = 1/(2σ²); here the argument is γ itself, as scikit-learn's {@code gamma}.
 * Example: x = [1, 0], z = [0, 1], γ = 0.25: ‖x − z‖² = 2, so k = e^(−0.5) ≈ 0.6065. With γ = 0 every
 * pair of points has k = 1.
 *
 * <p>Arguments: x and z have the same length p (not modified); γ is finite and ≥ 0. Throw
 * {@link IllegalArgumentException} if γ is negative, NaN or infinite, and {@link ShapeMismatchException}
 * if x and z have different lengths. NaN entries need no check: they give NaN.
 *
 * <p>You need: a loop and {@code Math.exp}. Do not use core's {@code Kernel.Rbf}: it is this exercise.
 *
 * <p>Classic traps: square the distance (‖x − z‖, its square root, is another kernel, and not positive
 * definite); γ is not a width σ: do not divide by 2γ²; the minus sign, or k grows with the distance;
 * sum the squares of the differences, not the square of the summed difference.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=rbf-kernel}
 */
public final class RbfKernel {
    private RbfKernel() {
    }

    /**
     * Returns k(x, z) = exp(−γ·‖x − z‖²).
     *
     * @param x     a point, length p (not modified)
     * @param z     a point, length p (not modified)
     * @param gamma γ, finite and ≥ 0
     * @return a number in [0, 1] (NaN if x or z holds a NaN)
     * @throws IllegalArgumentException if γ is negative, NaN or infinite
     * @throws ShapeMismatchException   if {@code x.length != z.length}
     */
    public static double value(double[] x, double[] z, double gamma) {
        // TODO: check γ and the lengths, sum the squared differences, then take exp(−γ·sum).
        throw new NotImplementedYet("ps4 rbf-kernel");
    }
}
