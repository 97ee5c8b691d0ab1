package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.exercises.ps1.Sigmoid;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@link Sigmoid}: σ(z) = 1/(1 + e^(−z)) against core's {@link Activations#sigmoid(double)}, to
 * round-off relative to σ(z) itself, so that a tiny probability must keep its digits. Core returns NaN for
 * NaN (it does not throw), so this exercise has no input to reject; NaN and ±∞ are checked as values.
 *
 * <p>Where σ(z) is subnormal (z &lt; −708.4) a double has fewer than 16 digits, and two correct forms
 * could in principle differ by one subnormal ulp; every stable form reduces there to {@code Math.exp(z)}
 * (1 + e^z rounds to 1 below z ≈ −37), so they return the same bits, and the random range keeps them.
 */
public final class SigmoidGrader extends Grader<DoubleUnaryOperator> {
    /** Every finite z a double can hold that matters: beyond ±745, σ is 0 or 1 in every form. */
    private static final CaseGen SCORES = CaseGen.create().scalar("z", -750, 750);
    /** Scores whose odds e^z and e^(−z) are both normal doubles. */
    private static final CaseGen MODERATE = CaseGen.create().scalar("z", -700, 700);

    @Override
    public Exercise exercise() {
        return new Exercise("ps1", "sigmoid", "Logistic sigmoid, stably", 10,
                "exercises/src/main/java/org/mlbyhand/exercises/ps1/Sigmoid.java");
    }

    @Override
    public DoubleUnaryOperator learner() {
        return Sigmoid::sigmoid;
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
                .agrees("σ(−20) = e^(−20)/(1 + e^(−20)) ≈ 2.0612e-9, with all its digits", z(-20.0), Tolerance.ROUNDOFF)
                .agrees("σ(−40) ≈ 4.2484e-18: small, but not 0", z(-40.0), Tolerance.ROUNDOFF)
                .agrees("σ(800) = 1, although e^800 overflows a double", z(800.0), Tolerance.ROUNDOFF)
                .agrees("σ(−745) ≈ e^(−745) rounds to 4.9e-324, the smallest positive double, not to 0",
                        z(-745.0), Tolerance.ROUNDOFF)
                .agrees("σ(−800) = 0: e^(−800) is below the smallest double", z(-800.0), Tolerance.ROUNDOFF)
                .agrees("σ(+∞) = 1", z(Double.POSITIVE_INFINITY), Tolerance.ROUNDOFF)
                .agrees("σ(−∞) = 0", z(Double.NEGATIVE_INFINITY), Tolerance.ROUNDOFF)
                .agrees("σ(NaN) is NaN, as Math.exp(NaN) is", z(Double.NaN), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random z in [−750, 750]", SCORES, Tolerance.ROUNDOFF)
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
