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
 * Grades {@code MulBackward}: the rule alone against core's {@link ScalarOp#MUL} and against central
 * differences of a·b, then plugged into core's engine as the rule of ×: x·x (a value used twice by one
 * op), micrograd's README expression, and an expression of every op against its central differences.
 */
public final class MulBackwardGrader extends Grader<BinaryRule> {
    private static final CaseGen OPERANDS = CaseGen.create().scalar("a", -3, 3).scalar("b", -3, 3).scalar("g", -2, 2);

    @Override
    public Exercise exercise() {
        return exercise(20, "mul-bwd", "Backward of a · b", 5);
    }

    @Override
    public BinaryRule reference() {
        return (a, b, g) -> new double[] {g * ScalarOp.MUL.derivative(0, a, b, a * b),
                g * ScalarOp.MUL.derivative(1, a, b, a * b)};
    }

    @Override
    public List<Bug<BinaryRule>> bugs() {
        return MulBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<BinaryRule>> alternatives() {
        return MulBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return ScalarRules.forbidden();
    }

    @Override
    public Object call(BinaryRule rule, Case c) {
        return ScalarRules.call(ScalarOp.MUL, rule, c);
    }

    @Override
    public String output() {
        return "grad";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("c = a · b with a = 2, b = −3 and g = 1: grad = {∂L/∂a, ∂L/∂b} = {b, a} = {−3, 2}",
                        ScalarRules.binary(2, -3, 1), Tolerance.ROUNDOFF)
                .agrees("the same with g = 4: {4·(−3), 4·2} = {−12, 8}", ScalarRules.binary(2, -3, 4), Tolerance.ROUNDOFF)
                .agrees("both operands 3 (x · x), g = 2: each gets 2·3 = 6", ScalarRules.binary(3, 3, 2),
                        Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random a, b, g", OPERANDS, Tolerance.ROUNDOFF)
                .holds("∂L/∂a and ∂L/∂b are g times the central differences of a · b", OPERANDS,
                        ScalarRules.binaryMatchesDifferences((a, b) -> a * b))
                .agrees("in core's engine with your rule for ×, x · x at x = 3 gives x.grad = 3 + 3 = 6 (the engine"
                        + " adds your two gradients)", Case.of("expression", ScalarExpressions.SQUARE, "x", 3.0),
                        Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for ×, micrograd's README expression at a = −4, b = 2 gives"
                        + " grad = {dg/da, dg/db} = {138.8338, 645.5773}",
                        ScalarRules.expression(ScalarExpressions.README, "a", -4, "b", 2), Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for ×, the gradients of " + ScalarExpressions.MIXED
                        + " are its central differences", ScalarRules.MIXED, ScalarRules.mixedMatchesDifferences());
    }
}
