package org.mlbyhand.graders.ps5;

import java.util.List;
import java.util.function.Function;
import org.mlbyhand.core.autograd.Backward;
import org.mlbyhand.core.autograd.GradMode;
import org.mlbyhand.core.autograd.Gradcheck;
import org.mlbyhand.core.autograd.Op;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Scope;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Forbidden;

/**
 * What the graders of the tensor rules share: core's own rule for an op, run on given inputs; the
 * engine's gradients of a loss under some {@link Rules}; a fixed weighting that turns any output into
 * a number; and what every rule exercise forbids (the engine's own gradients).
 */
final class TensorRules {
    /** The seed of the weights u in L = Σ u ∘ out. */
    private static final long WEIGHTS = 20_240_517L;

    private TensorRules() {
    }

    /**
     * Returns core's local backward of the op that {@code forward} applies last, at the given inputs:
     * the node is recorded on fresh leaves (copies of inputs, requiring grad), then its own
     * {@link Op#backward} runs on g with grad mode off, as the engine runs it.
     */
    static Tensor[] coreRule(Function<Tensor[], Tensor> forward, Tensor g, Tensor... inputs) {
        Tensor out;
        try (Scope s = GradMode.enableGrad()) {
            out = forward.apply(leaves(inputs));
        }
        try (Scope s = GradMode.noGrad()) {
            return out.gradFn().backward(g);
        }
    }

    /** Returns the recorded node's own backward of g (the reference of a rule given the op's output). */
    static Tensor[] recordedRule(Tensor out, Tensor g) {
        try (Scope s = GradMode.noGrad()) {
            return out.gradFn().backward(g);
        }
    }

    /** Returns copies of the inputs that require grad (the inputs are not modified). */
    static Tensor[] leaves(Tensor... inputs) {
        Tensor[] x = new Tensor[inputs.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Tensors.fromArray(inputs[i].toArray(), inputs[i].shape()).requiringGrad();
        }
        return x;
    }

    /**
     * Returns ∂L/∂inputs that core's engine computes under {@code rules}, for L = loss(inputs) one
     * entry: one gradient per input (zeros where backward did not reach).
     */
    static Tensor[] gradients(Rules rules, Function<Tensor[], Tensor> loss, Tensor... inputs) {
        Tensor[] x = leaves(inputs);
        Tensor L = loss.apply(x);
        L.backward(rules);
        Tensor[] grads = new Tensor[x.length];
        for (int i = 0; i < x.length; i++) {
            grads[i] = x[i].hasGrad() ? x[i].grad() : Tensors.zeros(x[i].shape());
        }
        return grads;
    }

    /** Returns Σ u ∘ out with fixed N(0, 1) weights u of out's shape: every entry counts, differently. */
    static Tensor weighted(Tensor out) {
        return out.mul(Tensors.randn(new Rng(WEIGHTS), out.shape())).sum();
    }

    /** Returns rules with {@code rule} for op, in core's engine. */
    static <O extends Op> Rules plugged(Class<O> op, Backward<? super O> rule) {
        return Rules.reference().with(op, rule);
    }

    /**
     * What a tensor rule's stub may not use, besides the op itself: the engine's own gradients
     * ({@code backward}, {@code grad}), the recorded node ({@code gradFn}, {@code Op}), rule substitution
     * and gradient checking.
     */
    static List<Forbidden> engine() {
        return List.of(Forbidden.method(Tensor.class, "backward"), Forbidden.method(Tensor.class, "grad"),
                Forbidden.method(Tensor.class, "gradFn"), Forbidden.type(Op.class), Forbidden.type(Rules.class),
                Forbidden.type(Gradcheck.class));
    }

    /** The engine's list followed by the op's own. */
    static List<Forbidden> engineAnd(Forbidden... own) {
        List<Forbidden> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(engine());
        return all;
    }
}
