package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.ensemble.GradientBoostingClassifier;
import org.mlbyhand.core.ensemble.GradientBoostingRegressor;
import org.mlbyhand.core.ensemble.LeafValues;
import org.mlbyhand.core.ensemble.PseudoResiduals;
import org.mlbyhand.core.ensemble.RegularizedObjective;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
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
 * Grades {@code LogLossRound}: the leaf values of a binary log-loss boosting round, one Newton step
 * Σ rᵢ / Σ pᵢ(1 − pᵢ) per leaf with rᵢ = yᵢ − σ(Fᵢ), against core's
 * {@link LeafValues#logLossNewtonStep} of {@link PseudoResiduals#logLoss}. Sigmoids and two sums per
 * leaf, in any form, hence {@link Tolerance#ROUNDOFF} relative to the largest leaf value, on rounds
 * whose leaves' residuals never cancel ({@link BoostingRounds}). The invariants need no reference: each
 * leaf value points downhill (the sign of −∂L/∂γ at 0), and is where the leaf's second-order model of the
 * loss is flat.
 */
public final class LogLossRoundGrader extends Grader<LogLossRoundGrader.Round> {

    /** The exercise's signature: {@code leafValues(y, F, region, J)}. */
    @FunctionalInterface
    public interface Round {
        /** Returns the J leaf values: Σ rᵢ / Σ pᵢ(1 − pᵢ) over each leaf's rows (0 for none). */
        double[] leafValues(int[] y, double[] F, int[] region, int J);
    }

    @Override
    public Exercise exercise() {
        return exercise(100, "boost-logloss", "Boosting round, log-loss", 15);
    }

    @Override
    public Round reference() {
        return (y, F, region, J) -> LeafValues.logLossNewtonStep(PseudoResiduals.logLoss(y, F), y, region, J);
    }

    @Override
    public List<Bug<Round>> bugs() {
        return LogLossRoundBugs.ALL;
    }

    @Override
    public List<Alternative<Round>> alternatives() {
        return LogLossRoundAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(LeafValues.class), Forbidden.type(PseudoResiduals.class),
                Forbidden.type(GradientBoostingClassifier.class), Forbidden.type(GradientBoostingRegressor.class),
                Forbidden.type(RegularizedObjective.class));
    }

    @Override
    public Object call(Round round, Case c) {
        return round.leafValues(c.labels("y"), c.vector("F"), c.labels("region"), c.integer("J"));
    }

    @Override
    public String output() {
        return "γ";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: y = [1, 1, 0, 1, 0], F = [0, 1, 2, −1, 0], region = [0, 0, 1, 1, −1], J = 3: leaf 0"
                                + " has r = [0.5, 0.269] and p(1 − p) = [0.25, 0.197], γ₀ = 0.769/0.447 = 1.722; leaf 1"
                                + " γ₁ = −0.150/0.302 = −0.497; leaf 2 is empty",
                        BoostingRounds.round(new int[] {1, 1, 0, 1, 0}, new double[] {0, 1, 2, -1, 0},
                                new int[] {0, 0, 1, 1, -1}, 3), Tolerance.ROUNDOFF)
                .agrees("the first round from the prior: y = [1, 1], F = [0, 0], one leaf: p = ½, γ = 1/(¼ + ¼) = 2,"
                        + " four times the mean residual", BoostingRounds.round(new int[] {1, 1}, new double[] {0, 0},
                        new int[] {0, 0}, 1), Tolerance.ROUNDOFF)
                .agrees("a confident model: y = [0], F = [3] (p = 0.953): γ = −p/(p(1 − p)) = −1/(1 − p) = −21.1",
                        BoostingRounds.round(new int[] {0}, new double[] {3}, new int[] {0}, 1), Tolerance.ROUNDOFF)
                .agrees("every row out of the round: each leaf gets 0",
                        BoostingRounds.round(new int[] {1, 0}, new double[] {0, 0}, new int[] {-1, -1}, 2),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random rounds (up to 12 rows, 4 to 6 leaves, some empty)",
                        BoostingRounds.LOG_LOSS, Tolerance.ROUNDOFF)
                .holds("each leaf value points downhill: it has the sign of Σ (yᵢ − σ(Fᵢ)) over its rows, minus the"
                        + " slope of the leaf's log-loss at γ = 0", BoostingRounds.LOG_LOSS, LogLossRoundGrader::downhill)
                .holds("each leaf value is one Newton step: γⱼ · Σ pᵢ(1 − pᵢ) = Σ (yᵢ − pᵢ) over its rows, and an empty"
                        + " leaf gets 0", BoostingRounds.LOG_LOSS, LogLossRoundGrader::newton)
                .rejects("rejects region of another length: y has 2 entries, region 3",
                        BoostingRounds.round(new int[] {1, 0}, new double[] {0, 0}, new int[] {0, 0, 0}, 1),
                        ShapeMismatchException.class)
                .rejects("rejects a label that is not 0 or 1: y = [1, 2]",
                        BoostingRounds.round(new int[] {1, 2}, new double[] {0, 0}, new int[] {0, 0}, 1),
                        IllegalArgumentException.class)
                .rejects("rejects a region out of range: region = [0, −2]",
                        BoostingRounds.round(new int[] {1, 0}, new double[] {0, 0}, new int[] {0, -2}, 1),
                        IllegalArgumentException.class)
                .rejects("rejects J = 0", BoostingRounds.round(new int[] {1}, new double[] {0}, new int[] {-1}, 0),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite F", BoostingRounds.round(new int[] {1, 0},
                        new double[] {0, Double.POSITIVE_INFINITY}, new int[] {0, 0}, 1), IllegalArgumentException.class);
    }

    private static void downhill(Case c, Invariant.Run run) {
        int J = c.integer("J");
        double[] gamma = BoostingRounds.leafValues(run.on(c), J);
        double[][] slope = BoostingRounds.perLeaf(BoostingRounds.logLossResiduals(c), c.labels("region"), J);
        for (int j = 0; j < J; j++) {
            if (slope[j][1] > 0) {
                Expect.that(Math.signum(gamma[j]) == Math.signum(slope[j][0]), "leaf " + j + ": Σ (yᵢ − σ(Fᵢ)) over"
                        + " its rows is " + BoostingRounds.text(slope[j][0]) + ", so the loss falls as γ moves that"
                        + " way, but your γ = " + BoostingRounds.text(gamma[j]) + ".");
            }
        }
    }

    private static void newton(Case c, Invariant.Run run) {
        int J = c.integer("J");
        double[] gamma = BoostingRounds.leafValues(run.on(c), J);
        double[] F = c.vector("F");
        int[] region = c.labels("region");
        double[] curvature = new double[F.length];
        for (int i = 0; i < F.length; i++) {
            double p = BoostingRounds.sigmoid(F[i]);
            curvature[i] = p * (1 - p);
        }
        double[][] slope = BoostingRounds.perLeaf(BoostingRounds.logLossResiduals(c), region, J);
        double[][] hessian = BoostingRounds.perLeaf(curvature, region, J);
        for (int j = 0; j < J; j++) {
            if (slope[j][1] == 0) {
                Expect.that(gamma[j] == 0.0, "leaf " + j + " has no row, so its value must be 0, not "
                        + BoostingRounds.text(gamma[j]) + ".");
                continue;
            }
            double step = gamma[j] * hessian[j][0];
            Expect.that(Math.abs(step - slope[j][0]) <= Tolerance.ROUNDOFF.relative() * 4 * Math.abs(slope[j][0]),
                    "leaf " + j + ": your γ = " + BoostingRounds.text(gamma[j]) + " times the curvature Σ pᵢ(1 − pᵢ) = "
                            + BoostingRounds.text(hessian[j][0]) + " is " + BoostingRounds.text(step) + ", but one Newton"
                            + " step makes it Σ (yᵢ − pᵢ) = " + BoostingRounds.text(slope[j][0]) + "  (tolerance 4×"
                            + Tolerance.ROUNDOFF + ").");
        }
    }
}
