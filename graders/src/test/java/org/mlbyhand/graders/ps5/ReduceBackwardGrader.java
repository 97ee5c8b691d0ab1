package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Reductions;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.graders.ps5.Signatures.ReduceRule;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code ReduceBackward} against core's own rules ({@link Reductions.Sum}, {@link Reductions.Mean}
 * on a recorded node), then plugged into core's engine for sum and mean along one axis (a sum over all
 * axes keeps core's rule): L = Σ u₁ ∘ tanh(x.sum(a₁)) + Σ u₂ ∘ tanh(x).mean(a₂), against core's engine
 * and against central differences.
 */
public final class ReduceBackwardGrader extends Grader<ReduceRule> {
    static final String GRAPH = "L = Σ u ∘ tanh(x.sum(axes[0], keep[0])) + Σ u ∘ tanh(x).mean(axes[1], keep[1])";
    /** A random reduction and a gradient of its output's shape. */
    private static final Gen<Case> REDUCTIONS = rng -> {
        int[] shape = TensorCases.shape(rng, 1, 3, 3);
        int axis = rng.nextInt(shape.length);
        boolean keepdim = rng.nextDouble() < 0.5;
        return reduction(shape, axis, keepdim, rng.nextDouble() < 0.5,
                TensorCases.gaussian(rng, reduced(shape, axis, keepdim)));
    };
    /** A random x and two axes. */
    private static final Gen<Case> GRAPHS = rng -> {
        int[] shape = TensorCases.shape(rng, 1, 3, 3);
        return Case.of("graph", GRAPH, "x", TensorCases.gaussian(rng, shape),
                "axes", new int[] {rng.nextInt(shape.length), rng.nextInt(shape.length)},
                "keep", new int[] {rng.nextInt(2), rng.nextInt(2)});
    };

    @Override
    public Exercise exercise() {
        return exercise(160, "reduce-bwd", "Backward of sum and mean", 10);
    }

    @Override
    public ReduceRule reference() {
        return (shape, axis, keepdim, mean, g) -> TensorRules.coreRule(
                x -> mean ? x[0].mean(axis, keepdim) : x[0].sum(axis, keepdim), g, Tensors.zeros(shape))[0];
    }

    @Override
    public List<Bug<ReduceRule>> bugs() {
        return ReduceBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<ReduceRule>> alternatives() {
        return ReduceBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return TensorRules.engineAnd(Forbidden.type(Reductions.Sum.class), Forbidden.type(Reductions.Mean.class));
    }

    @Override
    public Object call(ReduceRule rule, Case c) {
        if (!c.names().contains("graph")) {
            return rule.apply(c.labels("shape"), c.integer("axis"), c.get("keepdim", Boolean.class),
                    c.get("mean", Boolean.class), c.get("g", Tensor.class));
        }
        Rules rules = Rules.reference()
                .with(Reductions.Sum.class, (op, g) -> op.axes().length != 1 ? op.backward(g)
                        : new Tensor[] {rule.apply(op.input(0).shape(), op.axes()[0], op.keepdim(), false, g)})
                .with(Reductions.Mean.class, (op, g) -> op.axes().length != 1 ? op.backward(g)
                        : new Tensor[] {rule.apply(op.input(0).shape(), op.axes()[0], op.keepdim(), true, g)});
        return new Grads.OfX(TensorRules.gradients(rules, t -> loss(c, t), c.get("x", Tensor.class))[0]);
    }

    @Override
    public String output() {
        return "dx";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("x 2×3, sum over axis 0, g = [1, 2, 3]: each column's g goes to both rows, [[1, 2, 3], [1, 2, 3]]",
                        reduction(new int[] {2, 3}, 0, false, false, TensorCases.vector(1, 2, 3)), Tolerance.ROUNDOFF)
                .agrees("x 2×2, sum over axis 1, g = [1, 2]: row i gets g[i], [[1, 1], [2, 2]] (g broadcast as it is would"
                        + " give [[1, 2], [1, 2]])", reduction(new int[] {2, 2}, 1, false, false, TensorCases.vector(1, 2)),
                        Tolerance.ROUNDOFF)
                .agrees("x 2×3, mean over axis 1, g = [3, 6]: each entry gets g/3, [[1, 1, 1], [2, 2, 2]]",
                        reduction(new int[] {2, 3}, 1, false, true, TensorCases.vector(3, 6)), Tolerance.ROUNDOFF)
                .agrees("keepdim: x 2×3, sum over axis 1 kept as size 1, g = [[1], [2]]",
                        reduction(new int[] {2, 3}, 1, true, false, TensorCases.rows(new double[] {1}, new double[] {2})),
                        Tolerance.ROUNDOFF)
                .agrees("x (4,), mean over axis 0: g is 0-d, 2, and each entry gets 0.5",
                        reduction(new int[] {4}, 0, false, true, Tensors.scalar(2)), Tolerance.ROUNDOFF)
                .agrees("x (2, 3, 2), sum over the middle axis: g (2, 2) spread along it",
                        reduction(new int[] {2, 3, 2}, 1, false, false,
                                TensorCases.rows(new double[] {1, 2}, new double[] {3, 4})), Tolerance.ROUNDOFF)
                .agrees("matches core's rules on random reductions", REDUCTIONS, Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for sum and mean, " + GRAPH + " has core's gradients", GRAPHS,
                        Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for sum and mean, the gradients of " + GRAPH
                        + " are its central differences", GRAPHS, Grads.matchDifferences(
                        c -> new Tensor[] {c.get("x", Tensor.class)}, ReduceBackwardGrader::loss, d -> new Grads.OfX(d[0])))
                .agrees("an axis of size 1: x (3, 1), mean over axis 1 is x itself, dx = g",
                        reduction(new int[] {3, 1}, 1, false, true, TensorCases.vector(1, 2, 3)), Tolerance.ROUNDOFF);
    }

    private static Case reduction(int[] shape, int axis, boolean keepdim, boolean mean, Tensor g) {
        return Case.of("shape", shape, "axis", axis, "keepdim", keepdim, "mean", mean, "g", g);
    }

    private static int[] reduced(int[] shape, int axis, boolean keepdim) {
        int[] out = new int[keepdim ? shape.length : shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (k != axis) {
                out[j++] = shape[k];
            } else if (keepdim) {
                out[j++] = 1;
            }
        }
        return out;
    }

    private static Tensor loss(Case c, Tensor[] t) {
        int[] axes = c.labels("axes");
        int[] keep = c.labels("keep");
        Tensor x = t[0];
        return TensorRules.weighted(x.sum(axes[0], keep[0] == 1).tanh())
                .add(TensorRules.weighted(x.tanh().mean(axes[1], keep[1] == 1)));
    }
}
