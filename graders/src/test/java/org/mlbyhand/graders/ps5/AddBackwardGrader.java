package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.ScalarOp;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.graders.ps5.Signatures.BinaryRule;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code AddBackward}: the rule alone against core's {@link ScalarOp#ADD} and against central
 * differences of a + b, then plugged into core's engine as the rule of + (every other op keeps core's
 * rule): micrograd's README expression, a value added to itself, and an expression of every op
 * against its central differences.
 */
public final class AddBackwardGrader extends Grader<BinaryRule> {
    private static final CaseGen OPERANDS = CaseGen.create().scalar("a", -3, 3).scalar("b", -3, 3).scalar("g", -2, 2);

    @Override
    public Exercise exercise() {
        return exercise(10, "add-bwd", "Backward of a + b", 5);
    }

    @Override
    public BinaryRule reference() {
        return (a, b, g) -> new double[] {g * ScalarOp.ADD.derivative(0, a, b, a + b),
                g * ScalarOp.ADD.derivative(1, a, b, a + b)};
    }

    @Override
    public List<Bug<BinaryRule>> bugs() {
        return AddBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<BinaryRule>> alternatives() {
        return AddBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return ScalarRules.forbidden();
    }

    @Override
    public Object call(BinaryRule rule, Case c) {
        return ScalarRules.call(ScalarOp.ADD, rule, c);
    }

    @Override
    public String output() {
        return "grad";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("c = a + b with a = 2, b = −3 and g = 5: grad = {∂L/∂a, ∂L/∂b} = {5, 5}",
                        ScalarRules.binary(2, -3, 5), Tolerance.ROUNDOFF)
                .agrees("g = −0.5 flows unchanged to both operands: {−0.5, −0.5}", ScalarRules.binary(1, 4, -0.5),
                        Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random a, b, g", OPERANDS, Tolerance.ROUNDOFF)
                .holds("∂L/∂a and ∂L/∂b are g times the central differences of a + b", OPERANDS,
                        ScalarRules.binaryMatchesDifferences(Double::sum))
                .agrees("in core's engine with your rule for +, x + x at x = 3 gives x.grad = 1 + 1 = 2 (the engine"
                        + " adds both contributions)", Case.of("expression", ScalarExpressions.TWICE, "x", 3.0),
                        Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for +, micrograd's README expression at a = −4, b = 2 gives"
                        + " grad = {dg/da, dg/db} = {138.8338, 645.5773}",
                        ScalarRules.expression(ScalarExpressions.README, "a", -4, "b", 2), Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for +, the gradients of " + ScalarExpressions.MIXED
                        + " are its central differences", ScalarRules.MIXED, ScalarRules.mixedMatchesDifferences());
    }
}
