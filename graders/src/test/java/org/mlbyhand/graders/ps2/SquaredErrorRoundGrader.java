package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.ensemble.GradientBoostingClassifier;
import org.mlbyhand.core.ensemble.GradientBoostingRegressor;
import org.mlbyhand.core.ensemble.LeafValues;
import org.mlbyhand.core.ensemble.PseudoResiduals;
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
 * Grades {@code SquaredErrorRound}: the leaf values of a squared-error boosting round, the mean residual
 * yᵢ − Fᵢ of each leaf, against core's {@link LeafValues#meanResidual} of
 * {@link PseudoResiduals#squaredError}. A sum and a division per leaf in any order, hence
 * {@link Tolerance#ROUNDOFF} relative to the largest leaf value, on rounds whose leaves never cancel
 * ({@link BoostingRounds}). The invariant needs no reference: each leaf value is the constant whose
 * squared error on its rows has zero derivative.
 */
public final class SquaredErrorRoundGrader extends Grader<SquaredErrorRoundGrader.Round> {

    /** The exercise's signature: {@code leafValues(y, F, region, J)}. */
    @FunctionalInterface
    public interface Round {
        /** Returns the J leaf values: the mean residual yᵢ − Fᵢ of each leaf's rows (0 for none). */
        double[] leafValues(double[] y, double[] F, int[] region, int J);
    }

    @Override
    public Exercise exercise() {
        return exercise(90, "boost-squared", "Boosting round, squared error", 15);
    }

    @Override
    public Round reference() {
        return (y, F, region, J) -> LeafValues.meanResidual(PseudoResiduals.squaredError(y, F), region, J);
    }

    @Override
    public List<Bug<Round>> bugs() {
        return SquaredErrorRoundBugs.ALL;
    }

    @Override
    public List<Alternative<Round>> alternatives() {
        return SquaredErrorRoundAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(LeafValues.class), Forbidden.type(PseudoResiduals.class),
                Forbidden.type(GradientBoostingRegressor.class), Forbidden.type(GradientBoostingClassifier.class));
    }

    @Override
    public Object call(Round round, Case c) {
        return round.leafValues(c.vector("y"), c.vector("F"), c.labels("region"), c.integer("J"));
    }

    @Override
    public String output() {
        return "γ";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: y = [1, 2, 4, 3, 10], F = [0.5, 0.5, 1, 1, 0], region = [0, 0, 1, 1, −1], J = 3:"
                                + " r = [0.5, 1.5, 3, 2, 10], γ = [1, 2.5, 0] (row 4 sits out, leaf 2 is empty)",
                        BoostingRounds.round(new double[] {1, 2, 4, 3, 10}, new double[] {0.5, 0.5, 1, 1, 0},
                                new int[] {0, 0, 1, 1, -1}, 3), Tolerance.ROUNDOFF)
                .agrees("the first round from F = mean(y) = 2: y = [1, 3, 0, 4], leaves [0, 0, 1, 1] give γ = [0, 0]",
                        BoostingRounds.round(new double[] {1, 3, 0, 4}, new double[] {2, 2, 2, 2}, new int[] {0, 0, 1, 1},
                                2), Tolerance.ROUNDOFF)
                .agrees("one leaf, one row: y = [3], F = [5] gives γ = [−2]",
                        BoostingRounds.round(new double[] {3}, new double[] {5}, new int[] {0}, 1), Tolerance.ROUNDOFF)
                .agrees("every row out of the round: each leaf gets 0",
                        BoostingRounds.round(new double[] {1, 2}, new double[] {0, 0}, new int[] {-1, -1}, 2),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random rounds (up to 12 rows, 4 to 6 leaves, some empty)",
                        BoostingRounds.SQUARED, Tolerance.ROUNDOFF)
                .holds("each leaf value is the best constant for its rows: Σ_{i in leaf j} (yᵢ − Fᵢ − γⱼ) = 0, and an"
                        + " empty leaf gets 0", BoostingRounds.SQUARED, SquaredErrorRoundGrader::bestConstant)
                .rejects("rejects F of another length: y has 3 entries, F 2",
                        BoostingRounds.round(new double[] {1, 2, 3}, new double[] {0, 0}, new int[] {0, 0, 0}, 1),
                        ShapeMismatchException.class)
                .rejects("rejects a region out of range: region = [0, 2] with J = 2",
                        BoostingRounds.round(new double[] {1, 2}, new double[] {0, 0}, new int[] {0, 2}, 2),
                        IllegalArgumentException.class)
                .rejects("rejects J = 0", BoostingRounds.round(new double[] {1}, new double[] {0}, new int[] {-1}, 0),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in F",
                        BoostingRounds.round(new double[] {1, 2}, new double[] {0, Double.NaN}, new int[] {0, 0}, 1),
                        IllegalArgumentException.class);
    }

    private static void bestConstant(Case c, Invariant.Run run) {
        int J = c.integer("J");
        double[] gamma = BoostingRounds.leafValues(run.on(c), J);
        double[] r = BoostingRounds.squaredResiduals(c);
        int[] region = c.labels("region");
        for (int j = 0; j < J; j++) {
            double derivative = 0.0;
            double size = 0.0;
            int rows = 0;
            for (int i = 0; i < r.length; i++) {
                if (region[i] == j) {
                    derivative += r[i] - gamma[j];
                    size += Math.abs(r[i]) + Math.abs(gamma[j]);
                    rows++;
                }
            }
            if (rows == 0) {
                Expect.that(gamma[j] == 0.0, "leaf " + j + " has no row, so its value must be 0, not "
                        + BoostingRounds.text(gamma[j]) + ".");
                continue;
            }
            Expect.that(Math.abs(derivative) <= Tolerance.ROUNDOFF.relative() * size, "leaf " + j + " (" + rows
                    + " rows): with your γ = " + BoostingRounds.text(gamma[j]) + ", Σ (yᵢ − Fᵢ − γ) over its rows is "
                    + BoostingRounds.text(derivative) + ", not 0: the leaf's squared error ½Σ(yᵢ − Fᵢ − γ)² is not at"
                    + " its minimum  (tolerance " + Tolerance.ROUNDOFF + " of Σ|yᵢ − Fᵢ − γ|).");
        }
    }
}
