package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.LossOps;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.graders.ps5.Signatures.CrossEntropyRule;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code CrossEntropyBackward} against core's own rule ({@link LossOps.CrossEntropy}, written
 * as PyTorch's log_softmax + nll_loss backward, on a recorded node), on hand-picked rows, logits of
 * ±1000 and random logits; then plugged into core's engine for cross-entropy: L = cross_entropy(X·W, y),
 * against core's engine and against central differences.
 */
public final class CrossEntropyBackwardGrader extends Grader<CrossEntropyRule> {
    static final String GRAPH = "L = cross_entropy(X·W, y)";
    /** Random logits (n, k), N(0, 2²), labels and an upstream gradient; they shrink by n and k. */
    private static final CaseGen LOSSES = CaseGen.create().dim("n", 1, 4).dim("k", 1, 4)
            .value("z", Tensor.class, List.of("n", "k"), (rng, s) -> Tensors.randn(rng, s).mul(2.0), t -> true)
            .labels("y", "n", 4).scalar("g", -2, 2)
            .require("every label is a class: y < k", CrossEntropyBackwardGrader::labelsFit);
    /** A random linear classifier X·W and labels; they shrink by n, d and k. */
    private static final CaseGen GRAPHS = TensorCases.gaussian(TensorCases.gaussian(CaseGen.create()
            .value("graph", String.class, List.of(), (rng, s) -> GRAPH, s -> true)
            .dim("n", 1, 4).dim("d", 1, 3).dim("k", 2, 4), "X", "n", "d"), "W", "d", "k")
            .labels("y", "n", 4).require("every label is a class: y < k", CrossEntropyBackwardGrader::labelsFit);

    @Override
    public Exercise exercise() {
        return exercise(220, "ce-bwd", "Backward of cross-entropy", 10);
    }

    @Override
    public CrossEntropyRule reference() {
        return (z, y, g) -> TensorRules.coreRule(t -> t[0].crossEntropy(y), Tensors.scalar(g), z)[0];
    }

    @Override
    public List<Bug<CrossEntropyRule>> bugs() {
        return CrossEntropyBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<CrossEntropyRule>> alternatives() {
        return CrossEntropyBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return TensorRules.engineAnd(Forbidden.type(LossOps.CrossEntropy.class),
                Forbidden.method(Tensor.class, "crossEntropy"));
    }

    @Override
    public Object call(CrossEntropyRule rule, Case c) {
        if (!c.names().contains("graph")) {
            return rule.apply(c.get("z", Tensor.class), c.labels("y"), c.scalar("g"));
        }
        Rules rules = TensorRules.plugged(LossOps.CrossEntropy.class, (op, g) -> new Tensor[] {
                rule.apply(op.input(0), op.labels(), g.item())});
        Tensor[] d = TensorRules.gradients(rules, t -> network(c, t), c.get("X", Tensor.class), c.get("W", Tensor.class));
        return new Grads.Linear(d[0], d[1]);
    }

    @Override
    public String output() {
        return "dz";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("z = [[0, 0]], y = [0], g = 1: softmax = [0.5, 0.5], dz = [[−0.5, 0.5]]",
                        loss(TensorCases.rows(new double[] {0, 0}), new int[] {0}, 1), Tolerance.ROUNDOFF)
                .agrees("two rows, z = [[0, 0], [0, log 3]], y = [1, 0], g = 1: the mean halves each row's"
                        + " softmax − onehot, dz = [[0.25, −0.25], [−0.375, 0.375]]",
                        loss(TensorCases.rows(new double[] {0, 0}, new double[] {0, Math.log(3)}), new int[] {1, 0}, 1),
                        Tolerance.ROUNDOFF)
                .agrees("g = 3 scales it: z = [[1, 2, 3]], y = [2]", loss(TensorCases.rows(new double[] {1, 2, 3}),
                        new int[] {2}, 3), Tolerance.ROUNDOFF)
                .agrees("large logits z = [[1000, 0]], y = [1]: softmax = [1, 0], dz = [[1, −1]], no NaN",
                        loss(TensorCases.rows(new double[] {1000, 0}), new int[] {1}, 1), Tolerance.ROUNDOFF)
                .agrees("a confident right answer, z = [[0, −1000]], y = [0]: dz = [[0, 0]]",
                        loss(TensorCases.rows(new double[] {0, -1000}), new int[] {0}, 1), Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random logits, labels and g", LOSSES, Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for cross-entropy, " + GRAPH + " has core's gradients", GRAPHS,
                        Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for cross-entropy, the gradients of " + GRAPH
                        + " are its central differences", GRAPHS, Grads.matchDifferences(
                        c -> new Tensor[] {c.get("X", Tensor.class), c.get("W", Tensor.class)},
                        CrossEntropyBackwardGrader::network, d -> new Grads.Linear(d[0], d[1])))
                .agrees("one class only (k = 1): softmax is 1, the label's, and dz = 0",
                        loss(TensorCases.rows(new double[] {5}, new double[] {-2}), new int[] {0, 0}, 1),
                        Tolerance.ROUNDOFF);
    }

    private static Case loss(Tensor z, int[] y, double g) {
        return Case.of("z", z, "y", y, "g", g);
    }

    private static boolean labelsFit(Case c) {
        int k = c.dim("k");
        return java.util.Arrays.stream(c.labels("y")).allMatch(label -> label < k);
    }

    private static Tensor network(Case c, Tensor[] t) {
        return t[0].matmul(t[1]).crossEntropy(c.labels("y"));
    }
}
