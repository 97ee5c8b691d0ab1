package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.nn.MLP;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · train-step — one step of gradient descent on micrograd's moons classifier, with core's MLP.
 *
 * <p>The loss is micrograd's demo loss: a max-margin (hinge) loss on the network's score, with the labels
 * 0/1 mapped to −1/+1, averaged over the points, plus an L2 penalty on every parameter:
 * <pre>{@code
 *   scoreᵢ = net(xᵢ)₀                               (X row i; the network has one output)
 *   yᵢ′ = 2·yᵢ − 1                                  (0 → −1, 1 → +1)
 *   L = (1/n) Σᵢ relu(1 − yᵢ′·scoreᵢ) + α · Σₚ p²   (p over net.parameters())
 * }</pre>
 * Then one step, as every training loop does it: build L with {@code Value} ops (the score from
 * {@code net.apply}), set every parameter's gradient to 0, run {@code L.backward()}, and move each
 * parameter against its gradient, p ← p − lr · ∂L/∂p ({@code p.setData(...)}). Return L's value before
 * the step.
 *
 * <p>The parameters come with gradients left over from the step before: gradients accumulate (+=), so
 * they must be zeroed before {@code backward()}, never after it.
 *
 * <p>Arguments: net, a network with one output (modified: its parameters take the step); X, n×nin
 * (not modified); y, n labels 0 or 1 (not modified); lr ≥ 0; α ≥ 0. Use core's {@code MLP},
 * {@code Value} and {@code backward()}; do not substitute rules ({@code Rules}) or estimate gradients
 * numerically ({@code Gradcheck}).
 *
 * <p>Classic traps: not zeroing the gradients (or zeroing them after backward); stepping with + instead
 * of −; using the labels 0/1 as if they were ±1; forgetting the penalty; a sum instead of a mean;
 * returning the loss after the step.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=train-step}
 */
public final class TrainingStep {
    private TrainingStep() {
    }

    /**
     * Takes one gradient step on net and returns the loss before it.
     *
     * @param net   the network, one output (modified)
     * @param X     the points, n×nin (not modified)
     * @param y     the labels, 0 or 1 (not modified)
     * @param lr    the learning rate
     * @param alpha the L2 penalty α
     * @return L at the parameters net had when called
     */
    public static double step(MLP net, Matrix X, int[] y, double lr, double alpha) {
        // TODO: loss, zero the gradients, backward, p ← p − lr·∂L/∂p.
        throw new NotImplementedYet("ps5 train-step");
    }
}
