package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.OutputRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of log-softmax, each a complete rule the grader must reject. At
 * x = [0, 0], g = [1, 0] (right: [0.5, −0.5]) they give [1, 0], [1.69, 0.69], [0.5, 0] and
 * [0.25, −0.25]; the axis slip fails along axis 0 of a 2×2 tensor.
 */
final class LogSoftmaxBackwardBugs {
    private LogSoftmaxBackwardBugs() {
    }

    static final List<Bug<OutputRule>> ALL = List.of(
            new Bug<>("dx = g: the normaliser's gradient forgotten",
                    "out = x − log Σ e^x: the second term depends on every x of the run too, and its gradient is"
                            + " −softmax(x)·Σ g. So dx = g − e^out ∘ Σ g.",
                    (out, g, axis) -> g),
            new Bug<>("out instead of e^out: g − out ∘ Σ g",
                    "the derivative of log Σ e^x is softmax(x) = e^out, the probabilities, not out itself (the log"
                            + " probabilities): dx = g − e^out ∘ Σ g.",
                    (out, g, axis) -> g.sub(out.mul(g.sum(axis, true)))),
            new Bug<>("Σ forgotten: g − e^out ∘ g",
                    "every out of a run depends on every x of it: dxⱼ = gⱼ − pⱼ·Σᵢ gᵢ, with the sum over the whole run,"
                            + " not gⱼ − pⱼ·gⱼ.",
                    (out, g, axis) -> g.sub(out.exp().mul(g))),
            new Bug<>("softmax's rule: p ∘ (g − Σ g ∘ p)",
                    "that is the backward of softmax. Log-softmax's Jacobian is δᵢⱼ − pⱼ, not pᵢ(δᵢⱼ − pⱼ):"
                            + " dx = g − p ∘ Σ g, with p = e^out.",
                    (out, g, axis) -> out.exp().mul(g.sub(g.mul(out.exp()).sum(axis, true)))),
            new Bug<>("Σ g along the last axis, whatever the axis",
                    "sum g along the log-softmax's axis, the one you are given: with axis 0 each column is a run.",
                    (out, g, axis) -> g.sub(out.exp().mul(g.sum(out.ndim() - 1, true)))));
}
