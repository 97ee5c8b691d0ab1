package org.mlbyhand.core.autograd;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The registry of local rules the engine uses in a backward pass: for every op, the reference rule
 * (the op's own {@link Op#backward}, or {@link ScalarOp#derivative} in the scalar engine) unless a
 * substitute was registered for it. This is how a grader checks a learner's rule end to end: the
 * graph, the tape, the topological order and the accumulation stay core's, only one local rule is the
 * learner's, so one mistake shows at its own op and cannot cascade.
 * <pre>{@code
 *   Rules rules = Rules.reference().with(Unary.Tanh.class, (op, g) -> new Tensor[] {learnerTanhBackward(op.output(), g)});
 *   loss.backward(rules);                             // this backward only; nothing global changes
 *   Gradcheck.check(rules, f, x).assertWithin(...);   // or compare with central differences
 * }</pre>
 * A {@code Rules} is immutable: {@link #with} returns a new one, so substitutions never leak from
 * one test to another; it is passed to the backward pass that should use it, never installed.
 *
 * <p>The engine checks what every rule returns: one gradient per input, each of its input's shape
 * (or null: no gradient for that input), and names the op, the input and both shapes otherwise.
 */
public final class Rules {
    private static final Rules REFERENCE = new Rules(Map.of(), new EnumMap<>(ScalarOp.class));

    private final Map<Class<? extends Op>, Backward<?>> tensorRules;
    private final Map<ScalarOp, ScalarRule> scalarRules;

    private Rules(Map<Class<? extends Op>, Backward<?>> tensorRules, EnumMap<ScalarOp, ScalarRule> scalarRules) {
        this.tensorRules = Collections.unmodifiableMap(tensorRules);
        this.scalarRules = Collections.unmodifiableMap(scalarRules);
    }

    /** Returns the reference rules: every op's own backward. */
    public static Rules reference() {
        return REFERENCE;
    }

    /**
     * Returns these rules with the backward of every node of class {@code op} replaced by {@code rule}
     * (this object is not modified).
     *
     * @param op   the op's class, e.g. {@code MatMul.class}
     * @param rule the substitute; it runs with grad mode off
     */
    public <O extends Op> Rules with(Class<O> op, Backward<? super O> rule) {
        Map<Class<? extends Op>, Backward<?>> t = new LinkedHashMap<>(tensorRules);
        t.put(op, rule);
        return new Rules(t, scalars());
    }

    /** Returns these rules with the local derivative of the scalar op {@code op} replaced by {@code rule}. */
    public Rules with(ScalarOp op, ScalarRule rule) {
        EnumMap<ScalarOp, ScalarRule> s = scalars();
        s.put(op, rule);
        return new Rules(new LinkedHashMap<>(tensorRules), s);
    }

    /** Returns true when no rule is substituted. */
    public boolean isReference() {
        return tensorRules.isEmpty() && scalarRules.isEmpty();
    }

    /**
     * Runs the backward of one node under these rules and checks the result (class comment).
     *
     * @throws IllegalStateException if the rule returns the wrong number of gradients
     * @throws ShapeMismatchException if a gradient's shape is not its input's
     */
    Tensor[] backward(Op op, Tensor grad) {
        @SuppressWarnings("unchecked")
        Backward<Op> substitute = (Backward<Op>) tensorRules.get(op.getClass());
        Tensor[] grads = substitute == null ? op.backward(grad) : substitute.apply(op, grad);
        String who = "backward of " + op.name() + (substitute == null ? "" : " (substituted rule)");
        if (grads == null || grads.length != op.arity()) {
            throw new IllegalStateException(who + ": returned " + (grads == null ? "null" : grads.length + " gradient(s)")
                    + " for " + op.arity() + " input(s); return one per input (null for an input that needs none)");
        }
        for (int i = 0; i < grads.length; i++) {
            if (grads[i] != null && !Arrays.equals(grads[i].shape, op.input(i).shape)) {
                throw new ShapeMismatchException(who + ": the gradient of input " + i + " has shape "
                        + Shapes.text(grads[i].shape) + ", the input has shape " + Shapes.text(op.input(i).shape));
            }
        }
        return grads;
    }

    /** Returns ∂out/∂(operand input) of a scalar op under these rules. */
    double derivative(ScalarOp op, int input, double a, double b, double out) {
        ScalarRule rule = scalarRules.get(op);
        return (rule == null ? op : rule).derivative(input, a, b, out);
    }

    private EnumMap<ScalarOp, ScalarRule> scalars() {
        EnumMap<ScalarOp, ScalarRule> s = new EnumMap<>(ScalarOp.class);
        s.putAll(scalarRules);
        return s;
    }

    @Override
    public String toString() {
        if (isReference()) {
            return "Rules.reference()";
        }
        StringBuilder s = new StringBuilder("Rules.reference() with substitutes for");
        tensorRules.keySet().forEach(c -> s.append(' ').append(c.getSimpleName()));
        scalarRules.keySet().forEach(o -> s.append(' ').append(o.name()));
        return s.toString();
    }
}
