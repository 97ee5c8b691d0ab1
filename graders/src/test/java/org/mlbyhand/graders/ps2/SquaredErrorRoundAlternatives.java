package org.mlbyhand.graders.ps2;

import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.grading.Alternative;

/**
 * Correct squared-error leaf values written differently from core's (rows gathered per leaf, then
 * summed): one pass with sums and counts, a running mean per leaf, and a stream per leaf.
 */
final class SquaredErrorRoundAlternatives {
    private SquaredErrorRoundAlternatives() {
    }

    static final List<Alternative<SquaredErrorRoundGrader.Round>> ALL = List.of(
            new Alternative<>("one pass of sums and counts",
                    (y, F, region, J) -> SquaredErrorRoundBugs.values(y, F, region, J, SquaredErrorRoundBugs.Mistake.NONE)),
            new Alternative<>("a running mean per leaf", SquaredErrorRoundAlternatives::running),
            new Alternative<>("a stream of each leaf's residuals, averaged",
                    SquaredErrorRoundAlternatives::streams));

    private static double[] running(double[] y, double[] F, int[] region, int J) {
        BoostingRounds.checked(y.length, y, F, region, J);
        double[] mean = new double[J];
        int[] seen = new int[J];
        for (int i = 0; i < y.length; i++) {
            int j = region[i];
            if (j >= 0) {
                seen[j]++;
                mean[j] += ((y[i] - F[i]) - mean[j]) / seen[j];
            }
        }
        return mean;
    }

    private static double[] streams(double[] y, double[] F, int[] region, int J) {
        BoostingRounds.checked(y.length, y, F, region, J);
        return IntStream.range(0, J).mapToDouble(j -> IntStream.range(0, y.length).filter(i -> region[i] == j)
                .mapToDouble(i -> y[i] - F[i]).average().orElse(0.0)).toArray();
    }
}
