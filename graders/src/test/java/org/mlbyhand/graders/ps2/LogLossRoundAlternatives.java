package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Alternative;

/**
 * Correct log-loss leaf values written differently from core's (pᵢ recovered as yᵢ − rᵢ): the
 * curvature from σ(F) directly in one pass, the curvature as |rᵢ|(1 − |rᵢ|) (which is pᵢ(1 − pᵢ) for
 * either label), and an overflow-safe sigmoid with the curvature as e^(−|F|)/(1 + e^(−|F|))².
 */
final class LogLossRoundAlternatives {
    private LogLossRoundAlternatives() {
    }

    static final List<Alternative<LogLossRoundGrader.Round>> ALL = List.of(
            new Alternative<>("one pass, p = σ(F), curvature p(1 − p)",
                    (y, F, region, J) -> LogLossRoundBugs.values(y, F, region, J, LogLossRoundBugs.Mistake.NONE)),
            new Alternative<>("curvature |r|(1 − |r|)", LogLossRoundAlternatives::fromResiduals),
            new Alternative<>("a stable sigmoid, curvature e^(−|F|)/(1 + e^(−|F|))²", LogLossRoundAlternatives::stable));

    private static double[] fromResiduals(int[] y, double[] F, int[] region, int J) {
        BoostingRounds.checked(y, F, region, J);
        double[] sum = new double[J];
        double[] curvature = new double[J];
        for (int i = 0; i < y.length; i++) {
            if (region[i] >= 0) {
                double r = y[i] - 1.0 / (1.0 + Math.exp(-F[i]));
                sum[region[i]] += r;
                curvature[region[i]] += Math.abs(r) * (1 - Math.abs(r));
            }
        }
        double[] gamma = new double[J];
        for (int j = 0; j < J; j++) {
            gamma[j] = curvature[j] == 0.0 ? 0.0 : sum[j] / curvature[j];
        }
        return gamma;
    }

    private static double[] stable(int[] y, double[] F, int[] region, int J) {
        BoostingRounds.checked(y, F, region, J);
        double[] sum = new double[J];
        double[] curvature = new double[J];
        boolean[] used = new boolean[J];
        for (int i = 0; i < y.length; i++) {
            int j = region[i];
            if (j < 0) {
                continue;
            }
            double e = Math.exp(-Math.abs(F[i]));
            double p = F[i] >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
            sum[j] += y[i] - p;
            curvature[j] += e / ((1.0 + e) * (1.0 + e));
            used[j] = true;
        }
        double[] gamma = new double[J];
        for (int j = 0; j < J; j++) {
            gamma[j] = used[j] ? sum[j] / curvature[j] : 0.0;
        }
        return gamma;
    }
}
