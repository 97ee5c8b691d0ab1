package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Alternative;

/**
 * Correct leaf weights written differently from core's −G/(H + λ) on sums in index order, each of which
 * the grader must accept: they differ by an ulp or two.
 */
final class XGBoostLeafWeightAlternatives {
    private XGBoostLeafWeightAlternatives() {
    }

    static final List<Alternative<XGBoostLeafWeightGrader.LeafWeight>> ALL = List.of(
            new Alternative<>("sums from the last row to the first, times the reciprocal 1/(H + λ)",
                    XGBoostLeafWeightAlternatives::reciprocal),
            new Alternative<>("means: −ḡ/(h̄ + λ/n), the same Newton step per row", XGBoostLeafWeightAlternatives::means));

    private static double reciprocal(double[] g, double[] h, double lambda) {
        NewtonInputs.rows(g, h, lambda);
        double G = 0.0;
        double H = 0.0;
        for (int i = g.length - 1; i >= 0; i--) {
            G += g[i];
            H += h[i];
        }
        return -G * (1.0 / (H + lambda));
    }

    private static double means(double[] g, double[] h, double lambda) {
        NewtonInputs.rows(g, h, lambda);
        int n = g.length;
        if (n == 0) {
            return 0.0;
        }
        return -(NewtonInputs.sum(g) / n) / (NewtonInputs.sum(h) / n + lambda / n);
    }
}
