package org.mlbyhand.core.autograd;

/**
 * A local derivative rule of the scalar engine ({@link Value}), the scalar counterpart of
 * {@link Backward}: a grader passes a learner's rule to {@link Rules#with(ScalarOp, ScalarRule)}, and
 * the engine multiplies what it returns by the upstream gradient (the chain rule is the engine's):
 * <pre>{@code
 *   a.grad += rule.derivative(0, a, b, out) · out.grad
 *   b.grad += rule.derivative(1, a, b, out) · out.grad
 * }</pre>
 */
@FunctionalInterface
public interface ScalarRule {
    /**
     * Returns ∂out/∂(operand {@code input}) at the values of the forward pass.
     *
     * @param input 0 for the first operand a, 1 for the second b
     * @param a     the first operand's value
     * @param b     the second operand's value; for pow the constant exponent; 0 for an op of one operand
     * @param out   the op's value, out = op(a, b)
     */
    double derivative(int input, double a, double b, double out);
}
