package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.core.linear.ElasticNet;
import org.mlbyhand.core.linear.Lasso;
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
 * Grades {@code SoftThreshold}: S(z, γ) = sign(z)·max(|z| − γ, 0), against core's
 * {@link CoordinateDescent#softThreshold}, exactly (it is one subtraction). The random z ∈ [−3, 3] and
 * γ ∈ [0, 2] give all four regions (z &gt; γ, |z| ≤ γ on either side of 0, z &lt; −γ) in a hundred draws,
 * and a failure shrinks towards integers and tenths (z = −3, γ = 1).
 */
public final class SoftThresholdGrader extends Grader<DoubleBinaryOperator> {
    private static final CaseGen VALUES = CaseGen.create().scalar("z", -3, 3).scalar("gamma", 0, 2);

    @Override
    public Exercise exercise() {
        return exercise(60, "soft-threshold", "Soft-threshold operator", 10);
    }

    @Override
    public DoubleBinaryOperator reference() {
        return CoordinateDescent::softThreshold;
    }

    @Override
    public List<Bug<DoubleBinaryOperator>> bugs() {
        return SoftThresholdBugs.ALL;
    }

    @Override
    public List<Alternative<DoubleBinaryOperator>> alternatives() {
        return SoftThresholdAlternatives.ALL;
    }

    /**
     * The operator is the exercise: core's CoordinateDescent holds it, and a one-point lasso without
     * intercept (Lasso, ElasticNet) computes it.
     */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(CoordinateDescent.class), Forbidden.type(Lasso.class),
                Forbidden.type(ElasticNet.class));
    }

    @Override
    public Object call(DoubleBinaryOperator softThreshold, Case c) {
        return softThreshold.applyAsDouble(c.scalar("z"), c.scalar("gamma"));
    }

    @Override
    public String output() {
        return "S(z, γ)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("a z above γ moves down by γ: S(3, 1) = 2", values(3, 1), Tolerance.EXACT)
                .agrees("a z within γ of 0 becomes exactly 0: S(0.5, 1) = 0", values(0.5, 1), Tolerance.EXACT)
                .agrees("a z below −γ moves up towards 0 by γ: S(−3, 1) = −2", values(-3, 1), Tolerance.EXACT)
                .agrees("γ = 0 leaves z unchanged: S(−2.5, 0) = −2.5", values(-2.5, 0), Tolerance.EXACT)
                .agrees("a z exactly at the threshold becomes exactly 0: S(1, 1) = 0", values(1, 1), Tolerance.EXACT)
                .agrees("matches the reference on random z ∈ [−3, 3], γ ∈ [0, 2]", VALUES, Tolerance.EXACT)
                .holds("S(z, γ) minimises ½(w − z)² + γ·|w|: the subgradient condition holds", VALUES,
                        SoftThresholdGrader::minimises)
                .agrees("a NaN stays NaN: S(NaN, 1) = NaN", values(Double.NaN, 1), Tolerance.EXACT)
                .rejects("rejects a negative threshold: γ = −1", values(0.5, -1), IllegalArgumentException.class)
                .rejects("rejects a NaN threshold: γ = NaN", values(0.5, Double.NaN), IllegalArgumentException.class);
    }

    /**
     * w = S(z, γ) minimises f(w) = ½(w − z)² + γ|w| exactly when 0 ∈ ∂f(w): w − z + γ·sign(w) = 0 if
     * w ≠ 0 (so w has the sign of z), and |z| ≤ γ if w = 0. Up to the rounding of one subtraction.
     */
    private static void minimises(Case c, Invariant.Run run) {
        double z = c.scalar("z");
        double gamma = c.scalar("gamma");
        double w = (Double) run.on(c);
        String given = String.format(Locale.ROOT, "(z = %s, γ = %s, your S(z, γ) = %s)", MatrixFormat.number(z),
                MatrixFormat.number(gamma), MatrixFormat.number(w));
        if (w == 0.0) {
            Expect.that(Math.abs(z) <= gamma, "S(z, γ) = 0, but w = 0 minimises ½(w − z)² + γ·|w| only when |z| ≤ γ;"
                    + " here |z| > γ, so moving w towards z lowers the objective " + given);
            return;
        }
        double stationarity = w - z + gamma * Math.signum(w);
        double allowed = Tolerance.ROUNDOFF.relative() * Math.max(Math.abs(z), gamma);
        Expect.that(Math.abs(stationarity) <= allowed, "where S(z, γ) = w ≠ 0 the derivative of ½(w − z)² + γ·|w|,"
                + " w − z + γ·sign(w), must be 0, but it is " + MatrixFormat.number(stationarity)
                + " (allowed " + MatrixFormat.number(allowed) + ") " + given);
    }

    private static Case values(double z, double gamma) {
        return Case.of("z", z, "gamma", gamma);
    }
}
