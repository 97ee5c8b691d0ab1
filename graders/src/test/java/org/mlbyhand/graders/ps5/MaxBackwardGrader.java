package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Reductions;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.graders.ps5.Signatures.MaxRule;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code MaxBackward} against core's own rule ({@link Reductions.Max}, first maximum, on a recorded
 * node), on hand-picked ties and on random tensors drawn from {0, ½, 1, 1½} so that ties are common; then
 * plugged into core's engine for max: L = Σ u ∘ tanh(x).max(axis), against core's engine and against
 * central differences (there on distinct entries, away from the kinks of ties).
 */
public final class MaxBackwardGrader extends Grader<MaxRule> {
    static final String GRAPH = "L = Σ u ∘ tanh(x).max(axis, keepdim)";
    /** Random tensors with many ties, a random axis, and a gradient of the output's shape. */
    private static final Gen<Case> TIED = rng -> {
        int[] shape = TensorCases.shape(rng, 1, 3, 3);
        double[] v = new double[Tensors.zeros(shape).numel()];
        for (int k = 0; k < v.length; k++) {
            v[k] = rng.nextInt(4) / 2.0;
        }
        int axis = rng.nextInt(shape.length);
        boolean keepdim = rng.nextDouble() < 0.5;
        Tensor x = Tensors.fromArray(v, shape);
        return reduction(x, axis, keepdim, TensorCases.gaussian(rng, x.max(axis, keepdim).shape()));
    };
    /** Random tensors whose entries differ by at least 0.01, a random axis. */
    private static final Gen<Case> GRAPHS = rng -> {
        int[] shape = TensorCases.shape(rng, 1, 3, 3);
        return Case.of("graph", GRAPH, "x", distinct(rng, shape), "axis", rng.nextInt(shape.length),
                "keepdim", rng.nextDouble() < 0.5);
    };

    @Override
    public Exercise exercise() {
        return exercise(170, "max-bwd", "Backward of max, first max", 10);
    }

    @Override
    public MaxRule reference() {
        return (x, axis, keepdim, g) -> TensorRules.coreRule(t -> t[0].max(axis, keepdim), g, x)[0];
    }

    @Override
    public List<Bug<MaxRule>> bugs() {
        return MaxBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<MaxRule>> alternatives() {
        return MaxBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return TensorRules.engineAnd(Forbidden.type(Reductions.Max.class), Forbidden.method(Tensor.class, "argmax"));
    }

    @Override
    public Object call(MaxRule rule, Case c) {
        if (!c.names().contains("graph")) {
            return rule.apply(c.get("x", Tensor.class), c.integer("axis"), c.get("keepdim", Boolean.class),
                    c.get("g", Tensor.class));
        }
        Rules rules = TensorRules.plugged(Reductions.Max.class, (op, g) -> new Tensor[] {
                rule.apply(op.input(0), op.axes()[0], op.keepdim(), g)});
        return new Grads.OfX(TensorRules.gradients(rules, t -> loss(c, t), c.get("x", Tensor.class))[0]);
    }

    @Override
    public String output() {
        return "dx";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("x = [[1, 5, 2], [7, 0, 3]], max over axis 1, g = [10, 20]: [[0, 10, 0], [20, 0, 0]]",
                        reduction(TensorCases.rows(new double[] {1, 5, 2}, new double[] {7, 0, 3}), 1, false,
                                TensorCases.vector(10, 20)), Tolerance.ROUNDOFF)
                .agrees("a tie: x = [[4, 4, 1]], g = [1]: all of it to the first maximum, [[1, 0, 0]]",
                        reduction(TensorCases.rows(new double[] {4, 4, 1}), 1, false, TensorCases.vector(1)),
                        Tolerance.ROUNDOFF)
                .agrees("over axis 0: x = [[1, 5], [3, 2]], g = [1, 2]: [[0, 2], [1, 0]]",
                        reduction(TensorCases.rows(new double[] {1, 5}, new double[] {3, 2}), 0, false,
                                TensorCases.vector(1, 2)), Tolerance.ROUNDOFF)
                .agrees("keepdim: x = [[1, 5, 2]], g = [[3]]: [[0, 3, 0]]",
                        reduction(TensorCases.rows(new double[] {1, 5, 2}), 1, true, TensorCases.rows(new double[] {3})),
                        Tolerance.ROUNDOFF)
                .agrees("a run of equal entries, x = [2, 2, 2] (0-d g = 5): [5, 0, 0]",
                        reduction(TensorCases.vector(2, 2, 2), 0, false, Tensors.scalar(5)), Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random tensors full of ties", TIED, Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for max, " + GRAPH + " has core's gradients", GRAPHS,
                        Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for max, the gradients of " + GRAPH
                        + " are its central differences (distinct entries)", GRAPHS, Grads.matchDifferences(
                        c -> new Tensor[] {c.get("x", Tensor.class)}, MaxBackwardGrader::loss, d -> new Grads.OfX(d[0])))
                .agrees("an axis of size 1: every entry is its own maximum, dx = g",
                        reduction(TensorCases.rows(new double[] {3}, new double[] {-1}), 1, false, TensorCases.vector(4, 5)),
                        Tolerance.ROUNDOFF);
    }

    private static Case reduction(Tensor x, int axis, boolean keepdim, Tensor g) {
        return Case.of("x", x, "axis", axis, "keepdim", keepdim, "g", g);
    }

    private static Tensor loss(Case c, Tensor[] t) {
        return TensorRules.weighted(t[0].tanh().max(c.integer("axis"), c.get("keepdim", Boolean.class)));
    }

    /** A random tensor of distinct entries, at least 0.01 apart: a permutation of a spread grid, jittered. */
    private static Tensor distinct(Rng rng, int[] shape) {
        int n = Tensors.zeros(shape).numel();
        int[] order = rng.permutation(n);
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = -2.0 + 4.0 * (order[k] + 0.5 + 0.4 * (rng.nextDouble() - 0.5)) / n;
        }
        return Tensors.fromArray(v, shape);
    }
}
