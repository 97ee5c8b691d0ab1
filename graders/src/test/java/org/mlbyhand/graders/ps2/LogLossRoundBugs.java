package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a log-loss boosting round, each a complete implementation the grader must reject.
 * On y = [1, 1, 0, 1, 0], F = [0, 1, 2, −1, 0], region = [0, 0, 1, 1, −1], J = 3 (γ ≈ [1.722, −0.497,
 * 0]) all six differ: the sign negates γ; the mean residual gives [0.384, −0.075, 0]; σ(F) = 1/(1 + e^F)
 * gives 2.757 for leaf 0; F as the probability divides leaf 0's residuals by 0·1 + 1·0 = 0 (∞); the
 * curvature of every row gives [0.959, −0.188, 0]; the empty leaf's 0/0 gives NaN.
 */
final class LogLossRoundBugs {
    private LogLossRoundBugs() {
    }

    enum Mistake { NONE, SIGN, MEAN_RESIDUAL, SIGMOID_SIGN, F_AS_PROBABILITY, ALL_ROWS_CURVATURE, EMPTY_NAN }

    static final List<Bug<LogLossRoundGrader.Round>> ALL = List.of(
            new Bug<>("residuals with the wrong sign",
                    "the tree fits the negative gradient of the loss: ∂L/∂F = σ(F) − y, so rᵢ = yᵢ − σ(Fᵢ), positive"
                            + " where the model predicts too little of class 1, and the leaf value moves F that way.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.SIGN)),
            new Bug<LogLossRoundGrader.Round>("the mean residual for the log-loss",
                    "the mean residual is the squared error's leaf value. For the log-loss the leaf takes one Newton"
                            + " step: Σ rᵢ divided by the curvature Σ pᵢ(1 − pᵢ), not by the number of rows.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.MEAN_RESIDUAL))
                    .withMore("why: the leaf's loss L(γ) = Σ L(yᵢ, Fᵢ + γ) has slope −Σ rᵢ and curvature Σ pᵢ(1 − pᵢ)"
                            + " at γ = 0, so Newton's step is γ = Σ rᵢ / Σ pᵢ(1 − pᵢ). Where p is near 0 or 1 the"
                            + " curvature is small and the step large."),
            new Bug<>("σ(F) = 1/(1 + e^F)",
                    "the sigmoid is σ(F) = 1/(1 + e^(−F)): it tends to 1 as F grows. 1/(1 + e^F) is 1 − σ(F), the"
                            + " probability of class 0.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.SIGMOID_SIGN)),
            new Bug<>("F taken for the probability",
                    "F is the model's log-odds, any real number; the probability is pᵢ = σ(Fᵢ) = 1/(1 + e^(−Fᵢ)),"
                            + " which both the residual yᵢ − pᵢ and the curvature pᵢ(1 − pᵢ) need.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.F_AS_PROBABILITY)),
            new Bug<>("the curvature summed over every row",
                    "each leaf's Newton step divides its own residuals by its own curvature: both sums run over the"
                            + " rows with region[i] = j only.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.ALL_ROWS_CURVATURE)),
            new Bug<>("0/0 for an empty leaf",
                    "a leaf no row falls into gets 0 (the round leaves those rows' F alone), not 0/0 = NaN. Test"
                            + " whether it has rows before dividing.",
                    (y, F, region, J) -> values(y, F, region, J, Mistake.EMPTY_NAN)));

    static double[] values(int[] y, double[] F, int[] region, int J, Mistake mistake) {
        BoostingRounds.checked(y, F, region, J);
        double[] sum = new double[J];
        double[] curvature = new double[J];
        double[] rows = new double[J];
        double allCurvature = 0.0;
        for (int i = 0; i < y.length; i++) {
            double p = mistake == Mistake.SIGMOID_SIGN ? 1.0 / (1.0 + Math.exp(F[i]))
                    : mistake == Mistake.F_AS_PROBABILITY ? F[i] : BoostingRounds.sigmoid(F[i]);
            double r = mistake == Mistake.SIGN ? p - y[i] : y[i] - p;
            allCurvature += p * (1 - p);
            if (region[i] >= 0) {
                sum[region[i]] += r;
                curvature[region[i]] += p * (1 - p);
                rows[region[i]]++;
            }
        }
        double[] gamma = new double[J];
        for (int j = 0; j < J; j++) {
            if (rows[j] == 0 && mistake != Mistake.EMPTY_NAN) {
                continue;
            }
            gamma[j] = sum[j] / (mistake == Mistake.MEAN_RESIDUAL ? rows[j]
                    : mistake == Mistake.ALL_ROWS_CURVATURE ? allCurvature : curvature[j]);
        }
        return gamma;
    }
}
