package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.graders.ps4.SvmBiasGrader.Bias;
import org.mlbyhand.grading.Alternative;

/**
 * Correct biases written otherwise than the reference (libsvm's rho, negated), each of which the grader
 * must accept: a running mean of −yᵢGᵢ over the free αᵢ, with the bounded ones sorted into the two sides
 * of the interval as it goes; and the interval [M, m] taken from the maximal-violating-pair sets I_up and
 * I_low, which, when nothing is free, are exactly U and L.
 */
final class SvmBiasAlternatives {
    private SvmBiasAlternatives() {
    }

    static final List<Alternative<Bias>> ALL = List.of(
            new Alternative<>("a running mean over the free αᵢ, the bounds of the interval kept on the way",
                    (alpha, G, y, C) -> {
                        SvmInputs.dual("svm-bias", alpha, G, y);
                        double mean = 0.0;
                        int free = 0;
                        double m = Double.NEGATIVE_INFINITY;
                        double M = Double.POSITIVE_INFINITY;
                        for (int i = 0; i < alpha.length; i++) {
                            double v = -y[i] * G[i];
                            if (alpha[i] > 0 && alpha[i] < C) {
                                free++;
                                mean += (v - mean) / free;
                            } else if ((alpha[i] == 0) == (y[i] == 1)) {
                                m = Math.max(m, v);                   // U: yᵢ = +1 at 0, yᵢ = −1 at C
                            } else {
                                M = Math.min(M, v);                   // L: yᵢ = −1 at 0, yᵢ = +1 at C
                            }
                        }
                        return free > 0 ? mean : 0.5 * m + 0.5 * M;
                    }),
            new Alternative<>("the sum over the free αᵢ divided once; with none free, m and M over I_up and I_low",
                    (alpha, G, y, C) -> {
                        SvmInputs.dual("svm-bias", alpha, G, y);
                        double sum = 0.0;
                        int free = 0;
                        for (int i = 0; i < alpha.length; i++) {
                            if (alpha[i] > 0 && alpha[i] < C) {
                                sum -= y[i] * G[i];
                                free++;
                            }
                        }
                        if (free > 0) {
                            return sum / free;
                        }
                        return (DualCases.m(alpha, G, y, C) + DualCases.M(alpha, G, y, C)) / 2;
                    }));
}
