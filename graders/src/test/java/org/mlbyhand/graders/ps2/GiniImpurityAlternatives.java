package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.grading.Alternative;

/**
 * Correct Gini impurities written differently from core's 1 − Σ_c N_c²/N², each of which the grader
 * must accept: the forms agree in exact arithmetic and differ by a few ulps.
 */
final class GiniImpurityAlternatives {
    private GiniImpurityAlternatives() {
    }

    static final List<Alternative<LabelImpurity>> ALL = List.of(
            new Alternative<>("Σ_c p_c·(1 − p_c)", GiniImpurityAlternatives::expectedMisclassification),
            new Alternative<>("the share of ordered pairs (i, j), i = j included, with yᵢ ≠ yⱼ: O(n²)",
                    GiniImpurityAlternatives::disagreeingPairs),
            new Alternative<>("counts from the runs of a sorted copy of y, without a counts array",
                    GiniImpurityAlternatives::sortedRuns));

    private static double expectedMisclassification(int[] y, int k) {
        NodeInputs.labels("gini", y, k);
        double[] counts = NodeInputs.counts(y, k);
        double g = 0.0;
        for (double count : counts) {
            double p = count / y.length;
            g += p * (1.0 - p);
        }
        return g;
    }

    private static double disagreeingPairs(int[] y, int k) {
        NodeInputs.labels("gini", y, k);
        long differ = 0;
        for (int a : y) {
            for (int b : y) {
                differ += a != b ? 1 : 0;
            }
        }
        return (double) differ / ((double) y.length * y.length);
    }

    private static double sortedRuns(int[] y, int k) {
        NodeInputs.labels("gini", y, k);
        int[] s = y.clone();
        Arrays.sort(s);
        double n = s.length;
        double sumOfSquares = 0.0;
        int start = 0;
        for (int i = 1; i <= s.length; i++) {
            if (i == s.length || s[i] != s[start]) {
                double p = (i - start) / n;
                sumOfSquares += p * p;
                start = i;
            }
        }
        return 1.0 - sumOfSquares;
    }
}
