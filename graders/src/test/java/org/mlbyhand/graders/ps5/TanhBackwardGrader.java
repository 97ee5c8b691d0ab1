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
 * Grades {@code TanhBackward}: the rule alone against core's {@link ScalarOp#TANH} and against central
 * differences of tanh (on [−3, 3], where 1 − tanh² is not too small for them), a saturated tanh, then
 * plugged into core's engine as the rule of tanh: Karpathy's neuron and an expression of every op.
 */
public final class TanhBackwardGrader extends Grader<UnaryRule> {
    private static final CaseGen INPUTS = CaseGen.create().scalar("x", -3, 3).scalar("g", -2, 2);
    /** atanh(1/√2): tanh² of it is 1/2. */
    private static final double HALF_SQUARED = 0.8813735870195432;

    @Override
    public Exercise exercise() {
        return exercise(40, "tanh-bwd", "Backward of tanh", 5);
    }

    @Override
    public UnaryRule reference() {
        return (x, out, g) -> g * ScalarOp.TANH.derivative(0, x, 0.0, out);
    }

    @Override
    public List<Bug<UnaryRule>> bugs() {
        return TanhBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<UnaryRule>> alternatives() {
        return TanhBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return ScalarRules.forbidden();
    }

    @Override
    public Object call(UnaryRule rule, Case c) {
        return ScalarRules.call(ScalarOp.TANH, rule, c);
    }

    @Override
    public String output() {
        return "grad";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("x = 0, out = tanh 0 = 0, g = 2: 2·(1 − 0²) = 2", ScalarRules.unary(0, 2), Tolerance.ROUNDOFF)
                .agrees("x = atanh(1/√2) ≈ 0.8814, so out² = 1/2; g = 1: 1 − 1/2 = 0.5",
                        ScalarRules.unary(HALF_SQUARED, 1), Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random x in [−3, 3]", INPUTS, Tolerance.ROUNDOFF)
                .holds("∂L/∂x is g times the central difference of tanh", INPUTS,
                        ScalarRules.unaryMatchesDifferences((x, unused) -> Math.tanh(x), null))
                .agrees("saturated: x = 20 gives out = 1 and a vanishing gradient, 0", ScalarRules.unary(20, 1),
                        Tolerance.ROUNDOFF)
                .agrees("saturated the other way, without overflow: x = −800, out = −1, gradient 0",
                        ScalarRules.unary(-800, 1), Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for tanh, Karpathy's neuron o = tanh(x1·w1 + x2·w2 + b) at"
                        + " x1 = 2, w1 = −3, x2 = 0, w2 = 1, b = 6.8814 (o = 1/√2) gives grad = {do/dx1, do/dw1,"
                        + " do/dx2, do/dw2, do/db} = {−1.5, 1, 0.5, 0, 0.5}",
                        Case.of("expression", ScalarExpressions.NEURON, "x1", 2.0, "w1", -3.0, "x2", 0.0, "w2", 1.0,
                                "b", 6.8813735870195432), Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for tanh, the gradients of " + ScalarExpressions.MIXED
                        + " are its central differences", ScalarRules.MIXED, ScalarRules.mixedMatchesDifferences());
    }
}
