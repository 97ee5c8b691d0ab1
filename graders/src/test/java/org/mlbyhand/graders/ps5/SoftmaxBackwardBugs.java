package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.graders.ps5.Signatures.OutputRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of softmax, each a complete rule the grader must reject. At
 * y = [0.5, 0.5], g = [1, 0] the right answer is [0.25, −0.25]; the diagonal of J alone gives [0.5, 0],
 * the missing factor y [0.5, −0.5], sigmoid's rule [0.25, 0]. The axis slips are right in one dimension
 * and fail on the softmax along axis 0 of a 2×2 tensor.
 */
final class SoftmaxBackwardBugs {
    private SoftmaxBackwardBugs() {
    }

    static final List<Bug<OutputRule>> ALL = List.of(
            new Bug<>("y ∘ g: the diagonal of the Jacobian only",
                    "each output of a run depends on every input of it: ∂yᵢ/∂xⱼ = yᵢ(δᵢⱼ − yⱼ). The off-diagonal terms"
                            + " give the − yᵢ·Σⱼ yⱼgⱼ part: dx = y ∘ (g − Σ(g ∘ y)).",
                    (y, g, axis) -> y.mul(g)),
            new Bug<>("g − Σ(g ∘ y): the factor y missing",
                    "∂yᵢ/∂xⱼ = yᵢ(δᵢⱼ − yⱼ) has the factor yᵢ in front: dx = y ∘ (g − Σ(g ∘ y)).",
                    (y, g, axis) -> g.sub(g.mul(y).sum(axis, true))),
            new Bug<>("y ∘ (1 − y) ∘ g: the sigmoid's derivative",
                    "y(1 − y) is the derivative of a sigmoid, whose output depends on one input only. A softmax output"
                            + " depends on every entry of its run: dx = y ∘ (g − Σ(g ∘ y)), Σ along the axis.",
                    (y, g, axis) -> y.mul(y.neg().add(1.0)).mul(g)),
            new Bug<>("Σ(g ∘ y) over the whole tensor",
                    "each run along the axis is its own softmax: Σ(g ∘ y) is one number per run (sum(axis, true)),"
                            + " not one for the whole tensor.",
                    (y, g, axis) -> y.mul(g.sub(g.mul(y).sum()))),
            new Bug<>("Σ(g ∘ y) along the last axis, whatever the axis",
                    "sum g ∘ y along the softmax's axis, the one you are given: with axis 0 each column is a run.",
                    (y, g, axis) -> y.mul(g.sub(g.mul(y).sum(y.ndim() - 1, true)))));
}
