package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Softmaxes;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.graders.ps5.Signatures.OutputRule;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code LogSoftmaxBackward}. A case holds logits x; the rule receives out = log softmax(x) as
 * core computed and recorded it, and the reference is that node's own backward
 * ({@link Softmaxes.LogSoftmax}). Then plugged into core's engine for log-softmax:
 * L = Σ u ∘ log_softmax(x, axis), against core's engine and against central differences; with no
 * reference, every run of dx sums to 0.
 */
public final class LogSoftmaxBackwardGrader extends Grader<OutputRule> {
    static final String GRAPH = "L = Σ u ∘ log_softmax(x, axis)";
    private static final CaseGen GRAPHS = AlongAxisCases.graphs(GRAPH);

    @Override
    public Exercise exercise() {
        return exercise(210, "logsm-bwd", "Backward of log-softmax", 10);
    }

    @Override
    public OutputRule reference() {
        return (out, g, axis) -> TensorRules.recordedRule(out, g)[0];
    }

    @Override
    public List<Bug<OutputRule>> bugs() {
        return LogSoftmaxBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<OutputRule>> alternatives() {
        return LogSoftmaxBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return TensorRules.engineAnd(Forbidden.type(Softmaxes.LogSoftmax.class));
    }

    @Override
    public Object call(OutputRule rule, Case c) {
        if (!c.names().contains("graph")) {
            return rule.apply(AlongAxisCases.recorded(c, true), c.get("g", Tensor.class), c.integer("axis"));
        }
        Rules rules = TensorRules.plugged(Softmaxes.LogSoftmax.class, (op, g) -> new Tensor[] {
                rule.apply(op.output(), g, op.axis())});
        return new Grads.OfX(TensorRules.gradients(rules, t -> loss(c, t), c.get("x", Tensor.class))[0]);
    }

    @Override
    public String output() {
        return "dx";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("x = [0, 0], so e^out = [0.5, 0.5]; g = [1, 0]: dx = g − e^out·Σg = [0.5, −0.5]",
                        rule(TensorCases.vector(0, 0), TensorCases.vector(1, 0), 0), Tolerance.ROUNDOFF)
                .agrees("x = [0, log 3], so e^out = [0.25, 0.75]; g = [1, 2]: Σg = 3, dx = [0.25, −0.25]",
                        rule(TensorCases.vector(0, Math.log(3)), TensorCases.vector(1, 2), 0), Tolerance.ROUNDOFF)
                .agrees("along axis 0 of x = [[0, 1], [0, −1]], g = [[1, 2], [3, 4]]: each column is a run",
                        rule(TensorCases.rows(new double[] {0, 1}, new double[] {0, -1}),
                                TensorCases.rows(new double[] {1, 2}, new double[] {3, 4}), 0), Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random logits, gradients and axes", AlongAxisCases.WITH_GRADIENT,
                        Tolerance.ROUNDOFF)
                .holds("every run of dx sums to 0", AlongAxisCases.WITH_GRADIENT, runsSumToZero())
                .agrees("in core's engine with your rule for log-softmax, " + GRAPH + " has core's gradients", GRAPHS,
                        Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for log-softmax, the gradients of " + GRAPH
                        + " are its central differences", GRAPHS, Grads.matchDifferences(
                        c -> new Tensor[] {c.get("x", Tensor.class)}, LogSoftmaxBackwardGrader::loss,
                        d -> new Grads.OfX(d[0])))
                .agrees("large logits, x = [1000, 0], so e^out = [1, 0]; g = [2, 3]: dx = [2 − 5, 3] = [−3, 3]",
                        rule(TensorCases.vector(1000, 0), TensorCases.vector(2, 3), 0), Tolerance.ROUNDOFF)
                .agrees("an axis of size 1: out = 0 whatever x, so dx = 0",
                        rule(TensorCases.rows(new double[] {2}, new double[] {-1}), TensorCases.rows(new double[] {5},
                                new double[] {7}), 1), Tolerance.ROUNDOFF);
    }

    private static Case rule(Tensor x, Tensor g, int axis) {
        return Case.of("x", x, "g", g, "axis", axis);
    }

    private static Tensor loss(Case c, Tensor[] t) {
        return TensorRules.weighted(t[0].logSoftmax(c.integer("axis")));
    }

    private static Invariant runsSumToZero() {
        return (c, run) -> AlongAxisCases.expectRunsSumToZero((Tensor) run.on(c), c.get("g", Tensor.class),
                c.integer("axis"), "e^out sums to 1 along the axis, so Σ dx = Σ g − 1·Σ g");
    }
}
