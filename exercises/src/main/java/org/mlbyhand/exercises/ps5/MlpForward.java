package org.mlbyhand.exercises.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · mlp — a multi-layer perceptron's forward pass on {@link Value}s, from a flat list of parameters.
 *
 * <p>sizes = [nin, n₁, n₂, …, n_L]: layer i has nᵢ neurons, each seeing every output of the layer
 * before (the first sees x). Every layer applies relu but the last, which is linear (its outputs are
 * scores):
 * <pre>{@code
 *   h⁰ = x
 *   hⁱⱼ = relu(bⁱⱼ + Σₖ wⁱⱼₖ·hⁱ⁻¹ₖ)        for i < L
 *   outⱼ = b^Lⱼ + Σₖ w^Lⱼₖ·h^(L−1)ₖ          (no relu)
 * }</pre>
 * The parameters come in core's {@code MLP.parameters()} order: layer by layer, neuron by neuron, each
 * neuron's weights then its bias. For sizes [2, 3, 1]: neuron 0 of layer 1 is params 0, 1 (weights) and
 * 2 (bias), neuron 1 is 3, 4, 5, neuron 2 is 6, 7, 8, and the output neuron 9, 10, 11 (three weights)
 * and 12. Sum each neuron as b + w₀h₀ + w₁h₁ + …, with Value ops, so that the grader's backward reaches
 * every parameter and input.
 *
 * <p>Arguments (none modified): sizes, length ≥ 2, each ≥ 1; params, Σᵢ (nᵢ₋₁ + 1)·nᵢ values; x,
 * nin values. Return the n_L outputs. Throw {@link ShapeMismatchException} if x does not have nin
 * entries, {@link IllegalArgumentException} if params has the wrong count.
 *
 * <p>Do not use core's {@code MLP}, {@code Layer} or {@code Neuron}: that is what you are writing.
 *
 * <p>Classic traps: relu on the last layer; feeding every layer the network's input x instead of the
 * previous layer's outputs; reading a layer's weights first and its biases after (core keeps each
 * neuron's bias right after its weights); leaving out the biases.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=mlp}
 */
public final class MlpForward {
    private MlpForward() {
    }

    /**
     * Returns the outputs of the last layer.
     *
     * @param sizes  [nin, n₁, …, n_L] (not modified)
     * @param params the weights and biases in core's order (not modified)
     * @param x      the nin inputs (not modified)
     * @return the n_L outputs, as Values whose graph reaches params and x
     * @throws ShapeMismatchException if {@code x.size() != sizes[0]}
     * @throws IllegalArgumentException if params has the wrong count
     */
    public static List<Value> apply(int[] sizes, List<Value> params, List<Value> x) {
        // TODO: layer by layer, each neuron b + Σ w·h (relu but in the last layer).
        throw new NotImplementedYet("ps5 mlp");
    }
}
