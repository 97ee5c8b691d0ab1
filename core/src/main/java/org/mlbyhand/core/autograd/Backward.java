package org.mlbyhand.core.autograd;

/**
 * A local backward rule for ops of class {@code O}: the substitution point of the engine. A grader
 * that wants to check a learner's rule for one op passes it to {@link Rules#with(Class, Backward)};
 * the engine then calls it, and the reference rule for every other op, in the backward pass:
 * <pre>{@code
 *   Rules rules = Rules.reference().with(MatMul.class, (op, g) -> new Tensor[] {
 *           learnerGradA(op.input(0), op.input(1), g), learnerGradB(op.input(0), op.input(1), g)});
 *   loss.backward(rules);     // or Gradcheck.check(rules, f, inputs) for an end-to-end check
 * }</pre>
 * The engine checks what the rule returns (one gradient per input, each of its input's shape) and
 * names the op and both shapes when it does not fit, so a wrong rule is caught at its own op and
 * does not cascade through the graph as a confusing error elsewhere.
 *
 * @param <O> the op class whose nodes this rule handles
 */
@FunctionalInterface
public interface Backward<O extends Op> {
    /**
     * Returns ∂L/∂xᵢ for every input xᵢ of the node, given g = ∂L/∂out.
     *
     * @param op   the recorded node: {@code op.input(i)}, {@code op.output()} and the op's parameters
     *             (none modified)
     * @param grad g, of the output's shape (not modified)
     * @return one gradient per input, each of that input's shape, or null for an input that needs none
     */
    Tensor[] apply(O op, Tensor grad);
}
