package org.mlbyhand.graders.ps5;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Invariant;

/**
 * The gradients the tensor graders compare, named as the learner reads them in a failure ("at dW1[0][2]"),
 * and the reference-free check of gradients that a learner's rule gives in core's engine.
 */
final class Grads {
    private Grads() {
    }

    /** ∂L/∂A and ∂L/∂B of a product. */
    record Product(Tensor dA, Tensor dB) {
    }

    /** ∂L/∂x, ∂L/∂w and ∂L/∂b of L = Σ u ∘ tanh(x ∘ w + b). */
    record Xwb(Tensor dx, Tensor dw, Tensor db) {
    }

    /** ∂L/∂X, ∂L/∂W1 and ∂L/∂W2 of a two-layer network. */
    record TwoLayers(Tensor dX, Tensor dW1, Tensor dW2) {
    }

    /** ∂L/∂x of a graph of one input. */
    record OfX(Tensor dx) {
    }

    /** ∂L/∂X and ∂L/∂W of a linear classifier. */
    record Linear(Tensor dX, Tensor dW) {
    }

    /** ∂L/∂E and ∂L/∂W of an embedding followed by a layer. */
    record Embedded(Tensor dE, Tensor dW) {
    }

    /**
     * The gradients the learner's rule gives in core's engine (the learner's result on the case) are the
     * central differences of the loss, computed by core's forward passes alone.
     *
     * @param inputs the tensors differentiated, from the case
     * @param loss   the loss of those tensors (the case gives the rest: axes, labels, indices)
     * @param named  the gradients as the record the grader's call returns
     */
    static Invariant matchDifferences(Function<Case, Tensor[]> inputs, BiFunction<Case, Tensor[], Tensor> loss,
                                      Function<Tensor[], Object> named) {
        return (c, run) -> {
            Tensor[] numeric = CentralDifferences.gradients(t -> loss.apply(c, t), inputs.apply(c))
                    .toArray(new Tensor[0]);
            Expect.close("∂L", named.apply(numeric), run.on(c), CentralDifferences.AGREEMENT);
        };
    }
}
