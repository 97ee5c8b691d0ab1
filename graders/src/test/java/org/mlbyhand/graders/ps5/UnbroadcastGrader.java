package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Arithmetic;
import org.mlbyhand.core.autograd.Reductions;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.graders.ps5.Signatures.SumTo;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code Unbroadcast} against core's {@link Tensor#sumTo}, then plugged into core's rules for +
 * and × (∂L/∂a = sumTo(g, a), ∂L/∂a = sumTo(g ∘ b, a)): L = Σ u ∘ tanh(x ∘ w + b) with shapes that
 * broadcast (size-1 axes, missing axes, 0-d), against core's engine and against central differences.
 */
public final class UnbroadcastGrader extends Grader<SumTo> {
    static final String GRAPH = "L = Σ u ∘ tanh(x ∘ w + b), broadcast";
    /** A random gradient and a shape that broadcasts to it. */
    private static final Gen<Case> GRADIENTS = rng -> {
        int[] full = TensorCases.shape(rng, 0, 3, 3);
        return Case.of("g", TensorCases.gaussian(rng, full), "shape", TensorCases.broadcastable(rng, full));
    };
    /** x, w and b of shapes that broadcast together. */
    private static final Gen<Case> GRAPHS = rng -> {
        int[] full = TensorCases.shape(rng, 1, 3, 3);
        return Case.of("graph", GRAPH, "x", TensorCases.gaussian(rng, TensorCases.broadcastable(rng, full)),
                "w", TensorCases.gaussian(rng, TensorCases.broadcastable(rng, full)),
                "b", TensorCases.gaussian(rng, TensorCases.broadcastable(rng, full)));
    };

    @Override
    public Exercise exercise() {
        return exercise(140, "unbroadcast", "Un-broadcasting a gradient", 10);
    }

    @Override
    public SumTo reference() {
        return Tensor::sumTo;
    }

    @Override
    public List<Bug<SumTo>> bugs() {
        return UnbroadcastBugs.ALL;
    }

    @Override
    public List<Alternative<SumTo>> alternatives() {
        return UnbroadcastAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return TensorRules.engineAnd(Forbidden.method(Tensor.class, "sumTo"), Forbidden.type(Arithmetic.Add.class),
                Forbidden.type(Arithmetic.Mul.class), Forbidden.type(Reductions.class));
    }

    @Override
    public Object call(SumTo sumTo, Case c) {
        if (!c.names().contains("graph")) {
            return sumTo.apply(c.get("g", Tensor.class), c.labels("shape"));
        }
        Rules rules = Rules.reference()
                .with(Arithmetic.Add.class, (op, g) -> new Tensor[] {sumTo.apply(g, op.input(0).shape()),
                        sumTo.apply(g, op.input(1).shape())})
                .with(Arithmetic.Mul.class, (op, g) -> new Tensor[] {sumTo.apply(g.mul(op.input(1)), op.input(0).shape()),
                        sumTo.apply(g.mul(op.input(0)), op.input(1).shape())});
        Tensor[] d = TensorRules.gradients(rules, UnbroadcastGrader::loss, inputs(c));
        return new Grads.Xwb(d[0], d[1], d[2]);
    }

    @Override
    public String output() {
        return "result";
    }

    @Override
    public void declare(Checks checks) {
        Tensor g = TensorCases.rows(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        checks.agrees("g = [[1, 2, 3], [4, 5, 6]] to (3,): b was used once per row, so the column sums [5, 7, 9]",
                        gradient(g, 3), Tolerance.ROUNDOFF)
                .agrees("the same g to (2, 1): the row sums, kept as a column, [[6], [15]]", gradient(g, 2, 1),
                        Tolerance.ROUNDOFF)
                .agrees("the same g to (1, 3): [[5, 7, 9]]", gradient(g, 1, 3), Tolerance.ROUNDOFF)
                .agrees("the same g to (): everything, 21", gradient(g), Tolerance.ROUNDOFF)
                .agrees("the same g to (2, 3): nothing was broadcast, g itself", gradient(g, 2, 3), Tolerance.ROUNDOFF)
                .agrees("a 0-d gradient to (): itself", gradient(Tensors.scalar(2.5)), Tolerance.ROUNDOFF)
                .agrees("matches core's sumTo on random gradients and shapes", GRADIENTS, Tolerance.ROUNDOFF)
                .agrees("in core's engine with your sumTo for + and ×, " + GRAPH + " has core's gradients", GRAPHS,
                        Tolerance.ROUNDOFF)
                .holds("in core's engine with your sumTo for + and ×, the gradients of " + GRAPH
                        + " are its central differences", GRAPHS, Grads.matchDifferences(UnbroadcastGrader::inputs,
                        (c, t) -> loss(t), d -> new Grads.Xwb(d[0], d[1], d[2])))
                .rejects("rejects summing (2, 3) to (2,): (2,) lines up with the last axis, of size 3",
                        gradient(g, 2), ShapeMismatchException.class);
    }

    private static Case gradient(Tensor g, int... shape) {
        return Case.of("g", g, "shape", shape);
    }

    private static Tensor[] inputs(Case c) {
        return new Tensor[] {c.get("x", Tensor.class), c.get("w", Tensor.class), c.get("b", Tensor.class)};
    }

    private static Tensor loss(Tensor[] t) {
        return TensorRules.weighted(t[0].mul(t[1]).add(t[2]).tanh());
    }
}
