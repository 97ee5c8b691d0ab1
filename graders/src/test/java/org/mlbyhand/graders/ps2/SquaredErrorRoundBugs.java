package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a squared-error boosting round, each a complete implementation the grader must
 * reject. On y = [1, 2, 4, 3, 10], F = [0.5, 0.5, 1, 1, 0], region = [0, 0, 1, 1, −1], J = 3 (γ = [1,
 * 2.5, 0]) all five differ: the sign gives [−1, −2.5, 0], the mean of y [1.5, 3.5, 0], the sums [2, 5,
 * 0], the division by all five rows [0.4, 1, 0], the empty leaf's 0/0 [1, 2.5, NaN].
 */
final class SquaredErrorRoundBugs {
    private SquaredErrorRoundBugs() {
    }

    enum Mistake { NONE, SIGN, MEAN_OF_Y, SUM, ALL_ROWS, EMPTY_NAN }

    static final List<Bug<SquaredErrorRoundGrader.Round>> ALL = List.of(
            new Bug<>("residuals with the wrong sign",
                    "the tree fits the negative gradient of the loss: for ½(y − F)² that is rᵢ = yᵢ − Fᵢ, not Fᵢ − yᵢ"
                            + " (the gradient), so that adding γ moves F towards y.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.SIGN)),
            new Bug<>("the mean of y instead of the mean residual",
                    "the leaf value corrects what the model already predicts: it is the mean of the residuals"
                            + " yᵢ − Fᵢ over the leaf's rows, not the mean of yᵢ (which the first round's F already"
                            + " holds, and would be added again).",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.MEAN_OF_Y)),
            new Bug<>("the sum of the residuals instead of their mean",
                    "the best constant for a leaf minimises Σ (rᵢ − γ)² over its rows: setting the derivative to 0"
                            + " gives γ = Σ rᵢ / n_j, the mean. Divide each leaf's sum by its number of rows.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.SUM)),
            new Bug<>("divided by every row instead of the leaf's",
                    "each leaf's mean divides its own sum by its own number of rows n_j = #{i : region[i] = j},"
                            + " not by all n rows.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.ALL_ROWS)),
            new Bug<>("0/0 for an empty leaf",
                    "a leaf no row falls into has no mean: its value is 0 (the round leaves those rows' F alone),"
                            + " not 0/0 = NaN. Test the count before dividing.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.EMPTY_NAN)));

    static double[] values(double[] y, double[] F, int[] region, int J, Mistake mistake) {
        BoostingRounds.checked(y.length, y, F, region, J);
        double[] sum = new double[J];
        double[] rows = new double[J];
        for (int i = 0; i < y.length; i++) {
            if (region[i] >= 0) {
                sum[region[i]] += mistake == Mistake.SIGN ? F[i] - y[i] : mistake == Mistake.MEAN_OF_Y ? y[i] : y[i] - F[i];
                rows[region[i]]++;
            }
        }
        double[] gamma = new double[J];
        for (int j = 0; j < J; j++) {
            gamma[j] = mistake == Mistake.SUM ? sum[j] : mistake == Mistake.ALL_ROWS ? sum[j] / y.length
                    : mistake == Mistake.EMPTY_NAN || rows[j] > 0 ? sum[j] / rows[j] : 0.0;
        }
        return gamma;
    }
}
