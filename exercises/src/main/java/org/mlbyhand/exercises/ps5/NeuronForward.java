package org.mlbyhand.exercises.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · neuron — one neuron's forward pass, built from {@link Value} ops so that gradients can flow back.
 *
 * <pre>{@code
 *   out = relu(b + Σᵢ wᵢ·xᵢ)        or, when nonlin is false (a linear neuron),   out = b + Σᵢ wᵢ·xᵢ
 * }</pre>
 * Every step must be a {@code Value} op ({@code add}, {@code mul}, {@code relu}): the result then
 * remembers the graph, and core's {@code backward()}, which the grader calls on your output, reaches
 * every weight, the bias and every input. A number computed with doubles and wrapped in
 * {@code new Value(...)} has no graph: its parameters get gradient 0. Start the sum at b and add w₀x₀,
 * w₁x₁, … in order, as core's {@code Neuron} does.
 *
 * <p>Arguments (none modified): w, the weights (length nin ≥ 0); b, the bias; x, the inputs (length
 * nin; the same {@code Value} may appear twice); nonlin, true for relu. Throw
 * {@link ShapeMismatchException} if w and x differ in length.
 *
 * <p>Do not use core's {@code Neuron}, {@code Layer} or {@code MLP}: that is what you are writing.
 *
 * <p>Classic traps: computing on {@code data()} and wrapping the result (the graph is cut); leaving out
 * the bias; applying relu to a linear neuron, or never; tanh instead of relu.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=neuron}
 */
public final class NeuronForward {
    private NeuronForward() {
    }

    /**
     * Returns the neuron's output as a Value whose graph reaches w, b and x.
     *
     * @param w      the weights (not modified)
     * @param b      the bias (not modified)
     * @param x      the inputs, one per weight (not modified)
     * @param nonlin true to apply relu, false for a linear neuron
     * @return relu(b + Σ wᵢ·xᵢ), or b + Σ wᵢ·xᵢ
     * @throws ShapeMismatchException if {@code w.size() != x.size()}
     */
    public static Value apply(List<Value> w, Value b, List<Value> x, boolean nonlin) {
        // TODO: start at b, add each wᵢ·xᵢ with Value ops, then relu if nonlin.
        throw new NotImplementedYet("ps5 neuron");
    }
}
