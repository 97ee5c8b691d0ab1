package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.ScalarOp;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.graders.ps5.Signatures.UnaryRule;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code ReluBackward}: the rule alone against core's {@link ScalarOp#RELU} and against central
 * differences of relu away from its kink, the slope 0 at the kink, then plugged into core's engine as
 * the rule of relu: micrograd's README expression (relu on both sides of 0) and an expression of
 * every op.
 */
public final class ReluBackwardGrader extends Grader<UnaryRule> {
    private static final CaseGen INPUTS = CaseGen.create().scalar("x", -3, 3).scalar("g", -2, 2);
    private static final CaseGen OFF_THE_KINK = INPUTS.require("x is not within 0.001 of relu's kink at 0",
            c -> Math.abs(c.scalar("x")) > 1e-3);

    @Override
    public Exercise exercise() {
        return exercise(50, "relu-bwd", "Backward of relu", 5);
    }

    @Override
    public UnaryRule reference() {
        return (x, out, g) -> g * ScalarOp.RELU.derivative(0, x, 0.0, out);
    }

    @Override
    public List<Bug<UnaryRule>> bugs() {
        return ReluBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<UnaryRule>> alternatives() {
        return ReluBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return ScalarRules.forbidden();
    }

    @Override
    public Object call(UnaryRule rule, Case c) {
        return ScalarRules.call(ScalarOp.RELU, rule, c);
    }

    @Override
    public String output() {
        return "grad";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("x = 2, out = 2, g = 3: relu is on, it passes g = 3", ScalarRules.unary(2, 3), Tolerance.ROUNDOFF)
                .agrees("x = −1.5, out = 0, g = 3: relu is off, it blocks the gradient: 0", ScalarRules.unary(-1.5, 3),
                        Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random x", INPUTS, Tolerance.ROUNDOFF)
                .holds("∂L/∂x is g times the central difference of relu, away from its kink", OFF_THE_KINK,
                        ScalarRules.unaryMatchesDifferences((x, unused) -> Math.max(x, 0.0), null))
                .agrees("at the kink x = 0 the slope is 0 (core's rule, as micrograd's and PyTorch's): 0",
                        ScalarRules.unary(0, 3), Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for relu, micrograd's README expression at a = −4, b = 2"
                        + " (relu(b + a) is off, relu(b − a) on) gives grad = {dg/da, dg/db} = {138.8338, 645.5773}",
                        ScalarRules.expression(ScalarExpressions.README, "a", -4, "b", 2), Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for relu, the gradients of " + ScalarExpressions.MIXED
                        + " are its central differences", ScalarRules.MIXED, ScalarRules.mixedMatchesDifferences());
    }
}
