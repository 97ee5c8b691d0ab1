package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code Sigmoid}: σ(z) = 1/(1 + e^(−z)) against core's {@link Activations#sigmoid(double)}, to
 * round-off relative to σ(z) itself, so that a tiny probability must keep its digits. Core returns NaN for
 * NaN (it does not throw), so this exercise has no input to reject; NaN and ±∞ are checked as values.
 *
 * <p>Where σ(z) is subnormal (z &lt; −708.4) a double has fewer than 16 digits, and two correct programs
 * may differ by one subnormal ulp, 4.9e-324: every stable form reduces there to e^z itself (1 + e^z rounds
 * to 1 below z ≈ −37), but {@code Math.exp} and {@code StrictMath.exp} differ in the last bit for about 1%
 * of such z. Below z = {@value #LOWEST_RANDOM} that ulp exceeds round-off relative to σ(z)
 * (4.9e-324 &gt; 1e-12·σ(z)), so the random check stops there; the tail is checked at z = −710, −745 and
 * −800, whose answers both exponentials give.
 */
public final class SigmoidGrader extends Grader<DoubleUnaryOperator> {
    /** The lowest random z: one ulp, 4.9e-324, of σ(z) ≥ e^(−716) ≈ 1.1e-311 is within 1e-12 of it. */
    private static final double LOWEST_RANDOM = -716;
    /** The scores whose σ is graded to round-off, up to beyond the overflow of e^z at 709.78. */
    private static final CaseGen SCORES = CaseGen.create().scalar("z", LOWEST_RANDOM, 750);
    /** Scores whose odds e^z and e^(−z) are both normal doubles. */
    private static final CaseGen MODERATE = CaseGen.create().scalar("z", -700, 700);

    @Override
    public Exercise exercise() {
        return exercise(90, "sigmoid", "Logistic sigmoid, stably", 10);
    }

    @Override
    public DoubleUnaryOperator reference() {
        return Activations::sigmoid;
    }

    @Override
    public List<Bug<DoubleUnaryOperator>> bugs() {
        return SigmoidBugs.ALL;
    }

    @Override
    public List<Alternative<DoubleUnaryOperator>> alternatives() {
        return SigmoidAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Activations.class));
    }

    @Override
    public Object call(DoubleUnaryOperator sigmoid, Case c) {
        return sigmoid.applyAsDouble(c.scalar("z"));
    }

    @Override
    public String output() {
        return "σ(z)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("σ(0) = 1/(1 + e⁰) = 1/2", z(0.0), Tolerance.ROUNDOFF)
                .agrees("σ(2) = 1/(1 + e^(−2)) ≈ 0.8808", z(2.0), Tolerance.ROUNDOFF)
                .agrees("σ(−2) = 1 − σ(2) ≈ 0.1192: a negative score gives a probability below 1/2", z(-2.0),
                        Tolerance.ROUNDOFF)
                .agrees("σ(−20) = e^(−20)/(1 + e^(−20)) ≈ 2.0612e-9, with all its digits", z(-20.0), Tolerance.ROUNDOFF)
                .agrees("σ(−40) ≈ 4.2484e-18: small, but not 0", z(-40.0), Tolerance.ROUNDOFF)
                .agrees("σ(710) = 1, although e^710 overflows (the largest double is about e^709.78)", z(710.0),
                        Tolerance.ROUNDOFF)
                .agrees("σ(−710) ≈ e^(−710) ≈ 4.4763e-309, a positive (subnormal) double, although e^710 overflows",
                        z(-710.0), Tolerance.ROUNDOFF)
                .agrees("σ(−745) ≈ e^(−745) rounds to 4.9e-324, the smallest positive double, not to 0",
                        z(-745.0), Tolerance.ROUNDOFF)
                .agrees("σ(−800) = 0: e^(−800) is below the smallest double", z(-800.0), Tolerance.ROUNDOFF)
                .agrees("σ(+∞) = 1", z(Double.POSITIVE_INFINITY), Tolerance.ROUNDOFF)
                .agrees("σ(−∞) = 0", z(Double.NEGATIVE_INFINITY), Tolerance.ROUNDOFF)
                .agrees("σ(NaN) is NaN, as Math.exp(NaN) is", z(Double.NaN), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random z in [−716, 750]", SCORES, Tolerance.ROUNDOFF)
                .holds("the odds σ(z)/σ(−z) = σ(z)/(1 − σ(z)) equal e^z, for z in [−700, 700]", MODERATE,
                        SigmoidGrader::odds);
    }

    /** σ(z)/σ(−z) = e^z, to round-off; it needs no reference and holds only if both tails keep their digits. */
    private static void odds(Case c, Invariant.Run run) {
        double z = c.scalar("z");
        Object plus = run.on(z(z));
        Object minus = run.on(z(-z));
        Expect.that(plus instanceof Double && minus instanceof Double, "σ must return a double.");
        Expect.close("σ(z)/σ(−z) at z = " + z, Math.exp(z), (Double) plus / (Double) minus, Tolerance.ROUNDOFF);
    }

    private static Case z(double z) {
        return Case.of("z", z);
    }
}
