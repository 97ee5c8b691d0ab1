package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Alternative;

/**
 * Correct entropies written differently from core's −Σ_c p_c·(ln p_c / ln 2), each of which the grader
 * must accept: they agree in exact arithmetic and differ by a few ulps.
 */
final class EntropyAlternatives {
    private EntropyAlternatives() {
    }

    static final List<Alternative<LabelImpurity>> ALL = List.of(
            new Alternative<>("from the counts: log₂ n − (1/n)·Σ_c N_c·log₂ N_c", EntropyAlternatives::fromCounts),
            new Alternative<>("Σ_c p_c·log₂(1/p_c), with log₂ x = log₁₀ x / log₁₀ 2", EntropyAlternatives::log10Based));

    private static double fromCounts(int[] y, int k) {
        NodeInputs.labels("entropy", y, k);
        double[] counts = NodeInputs.counts(y, k);
        double n = y.length;
        double weighted = 0.0;
        for (double count : counts) {
            if (count > 0) {
                weighted += count * Math.log(count);
            }
        }
        return (Math.log(n) - weighted / n) / Math.log(2.0);
    }

    private static double log10Based(int[] y, int k) {
        NodeInputs.labels("entropy", y, k);
        double[] counts = NodeInputs.counts(y, k);
        double h = 0.0;
        for (double count : counts) {
            if (count > 0) {
                double p = count / y.length;
                h += p * (Math.log10(1.0 / p) / Math.log10(2.0));
            }
        }
        return h;
    }
}
