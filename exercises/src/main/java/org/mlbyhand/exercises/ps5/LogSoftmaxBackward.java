package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · logsm-bwd — the local backward of out = log softmax(x) along an axis, from the output.
 *
 * <p>outᵢ = xᵢ − log Σⱼ e^(xⱼ), so ∂outᵢ/∂xⱼ = δᵢⱼ − pⱼ with p = softmax(x) = e^out. The backward is
 * <pre>{@code
 *   dx = g − e^out ∘ Σ g            Σ along the axis, one number per run
 *   x = [0, 0] (out = [−log 2, −log 2]), g = [1, 0]:  dx = [1 − 0.5, 0 − 0.5] = [0.5, −0.5]
 * }</pre>
 * Each run of dx sums to Σg − 1·Σg = 0. For large logits e^out is exactly 0 or 1 and nothing overflows.
 * The grader plugs your rule into core's engine for log-softmax (it passes the output core computed).
 *
 * <p>Arguments (not modified): out = log softmax(x) along axis; g = ∂L/∂out, of out's shape; axis. Return
 * dx, of out's shape. You may use tensor ops ({@code exp}, {@code mul}, {@code sub},
 * {@code sum(axis, true)}) or loops.
 *
 * <p>Do not use core's {@code LogSoftmax} rule, nor the engine's {@code backward}, {@code grad} or
 * {@code gradFn}.
 *
 * <p>Classic traps: dx = g (the normaliser's gradient forgotten); out instead of e^out; e^out ∘ g instead
 * of e^out ∘ Σg; softmax's rule, y ∘ (g − Σ g∘y); summing along another axis.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=logsm-bwd}
 */
public final class LogSoftmaxBackward {
    private LogSoftmaxBackward() {
    }

    /**
     * Returns ∂L/∂x for out = log softmax(x) along axis.
     *
     * @param out  the output of log-softmax (not modified)
     * @param g    ∂L/∂out (not modified)
     * @param axis the axis of the log-softmax
     * @return g − e^out ∘ Σ g, of out's shape
     */
    public static Tensor grad(Tensor out, Tensor g, int axis) {
        // TODO: g minus the probabilities times each run's total gradient.
        throw new NotImplementedYet("ps5 logsm-bwd");
    }
}
