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
 * Grades {@code PowBackward}: the rule alone against core's {@link ScalarOp#POW} and against central
 * differences of xᵖ (on x in [0.25, 3], where every real exponent is defined), the special points
 * x = 0 (p = 0, 1, 2), then plugged into core's engine as the rule of pow.
 */
public final class PowBackwardGrader extends Grader<UnaryRule> {
    private static final CaseGen POWERS = CaseGen.create().scalar("x", 0.25, 3).scalar("p", -3, 3).scalar("g", -2, 2);

    @Override
    public Exercise exercise() {
        return exercise(30, "pow-bwd", "Backward of xᵖ", 5);
    }

    @Override
    public UnaryRule reference() {
        return (x, p, g) -> g * ScalarOp.POW.derivative(0, x, p, Math.pow(x, p));
    }

    @Override
    public List<Bug<UnaryRule>> bugs() {
        return PowBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<UnaryRule>> alternatives() {
        return PowBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return ScalarRules.forbidden();
    }

    @Override
    public Object call(UnaryRule rule, Case c) {
        return ScalarRules.call(ScalarOp.POW, rule, c);
    }

    @Override
    public String output() {
        return "grad";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("x³ at x = 2, g = 1: 3·2² = 12", power(2, 3, 1), Tolerance.ROUNDOFF)
                .agrees("x³ at x = −2, g = 0.5: 0.5·3·(−2)² = 6", power(-2, 3, 0.5), Tolerance.ROUNDOFF)
                .agrees("x⁻¹ at x = 2, g = 1: −1·2⁻² = −0.25", power(2, -1, 1), Tolerance.ROUNDOFF)
                .agrees("√x = x^0.5 at x = 4, g = 1: 0.5·4^(−0.5) = 0.25", power(4, 0.5, 1), Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random x in [0.25, 3], p in [−3, 3]", POWERS, Tolerance.ROUNDOFF)
                .holds("∂L/∂x is g times the central difference of xᵖ", POWERS,
                        ScalarRules.unaryMatchesDifferences(Math::pow, "p"))
                .agrees("x² at x = 0: 2·0 = 0", power(0, 2, 1), Tolerance.ROUNDOFF)
                .agrees("x¹ at x = 0: the slope of x is 1, even at 0 (0⁰ = 1)", power(0, 1, 1), Tolerance.ROUNDOFF)
                .agrees("x⁰ at x = 0 is the constant 1: its gradient is 0, not 0·0⁻¹ = NaN", power(0, 0, 1),
                        Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for pow, micrograd's README expression at a = −4, b = 2 gives"
                        + " grad = {dg/da, dg/db} = {138.8338, 645.5773}",
                        ScalarRules.expression(ScalarExpressions.README, "a", -4, "b", 2), Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for pow, the gradients of " + ScalarExpressions.MIXED
                        + " are its central differences", ScalarRules.MIXED, ScalarRules.mixedMatchesDifferences());
    }

    private static Case power(double x, double p, double g) {
        return Case.of("x", x, "p", p, "g", g);
    }
}
