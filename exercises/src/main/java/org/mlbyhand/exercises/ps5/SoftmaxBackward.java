package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · softmax-bwd — the local backward of y = softmax(x) along an axis, from the output y.
 *
 * <p>Within one run, ∂yᵢ/∂xⱼ = yᵢ(δᵢⱼ − yⱼ): the Jacobian J = diag(y) − y·yᵀ. The backward is J·g, which
 * never needs J itself:
 * <pre>{@code
 *   dx = y ∘ (g − Σ(g ∘ y))          Σ along the axis, one number per run
 *   y = [0.5, 0.5], g = [1, 0]:  Σ(g ∘ y) = 0.5,  dx = [0.5·0.5, 0.5·(−0.5)] = [0.25, −0.25]
 * }</pre>
 * Each run of dx sums to 0: softmax's outputs always sum to 1, so no change of x can move their sum.
 * The grader plugs your rule into core's engine for softmax (it passes the output core computed).
 *
 * <p>Arguments (not modified): y = softmax(x) along axis; g = ∂L/∂y, of y's shape; axis. Return dx, of
 * y's shape. You may use tensor ops ({@code mul}, {@code sub}, {@code sum(axis, true)}) or loops.
 *
 * <p>Do not use core's {@code Softmax} rule, nor the engine's {@code backward}, {@code grad} or
 * {@code gradFn}.
 *
 * <p>Classic traps: y ∘ g alone (the diagonal of J); g − Σ(g ∘ y) without the factor y; y(1 − y)g
 * (sigmoid's derivative, which forgets the other entries of the run); summing along another axis or
 * over the whole tensor.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=softmax-bwd}
 */
public final class SoftmaxBackward {
    private SoftmaxBackward() {
    }

    /**
     * Returns ∂L/∂x for y = softmax(x) along axis.
     *
     * @param y    the output of softmax (not modified)
     * @param g    ∂L/∂y (not modified)
     * @param axis the axis of the softmax
     * @return y ∘ (g − Σ(g ∘ y)), of y's shape
     */
    public static Tensor grad(Tensor y, Tensor g, int axis) {
        // TODO: J·g without forming J.
        throw new NotImplementedYet("ps5 softmax-bwd");
    }
}
