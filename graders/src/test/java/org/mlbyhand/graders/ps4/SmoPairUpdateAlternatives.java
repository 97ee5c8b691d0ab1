package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.graders.ps4.SmoPairUpdateGrader.PairUpdate;
import org.mlbyhand.grading.Alternative;

/**
 * Correct SMO steps written otherwise than the reference (libsvm's gradient form, which sets the variable
 * that meets its bound exactly), each of which the grader must accept: Platt's form with the errors'
 * difference, as the stub writes it; and the step u along the direction (dαᵢ, dαⱼ) = (yᵢ, −yⱼ)·u, the
 * minimiser u* = −(yᵢGᵢ − yⱼGⱼ)/η clipped to the interval where both variables stay in [0, C].
 */
final class SmoPairUpdateAlternatives {
    private SmoPairUpdateAlternatives() {
    }

    static final List<Alternative<PairUpdate>> ALL = List.of(
            new Alternative<>("Platt's form: αⱼ' from Eᵢ − Eⱼ, clipped to [L, H], then αᵢ' from the line",
                    (alpha, G, y, K, i, j, C) -> {
                        SvmInputs.pair("smo-pair", alpha, G, y, K, i, j);
                        double eta = K.get(i, i) + K.get(j, j) - 2 * K.get(i, j);
                        double curvature = eta > 0 ? eta : SmoPairUpdateBugs.TAU;
                        double errors = y[i] * G[i] - y[j] * G[j];                // Eᵢ − Eⱼ
                        double L = y[i] != y[j] ? Math.max(0, alpha[j] - alpha[i]) : Math.max(0, alpha[i] + alpha[j] - C);
                        double H = y[i] != y[j] ? Math.min(C, C + alpha[j] - alpha[i]) : Math.min(C, alpha[i] + alpha[j]);
                        double aj = Math.min(H, Math.max(L, alpha[j] + y[j] * errors / curvature));
                        double[] next = alpha.clone();
                        next[i] = alpha[i] + y[i] * y[j] * (alpha[j] - aj);
                        next[j] = aj;
                        return next;
                    }),
            new Alternative<>("a step u along (yᵢ, −yⱼ), u* = −(yᵢGᵢ − yⱼGⱼ)/η clipped to where both stay in [0, C]",
                    (alpha, G, y, K, i, j, C) -> {
                        SvmInputs.pair("smo-pair", alpha, G, y, K, i, j);
                        double eta = K.get(i, i) + K.get(j, j) - 2 * K.get(i, j);
                        double u = -(y[i] * G[i] - y[j] * G[j]) / (eta > 0 ? eta : SmoPairUpdateBugs.TAU);
                        // 0 ≤ αᵢ + yᵢu ≤ C and 0 ≤ αⱼ − yⱼu ≤ C
                        double lo = Math.max(y[i] == 1 ? -alpha[i] : alpha[i] - C, y[j] == 1 ? alpha[j] - C : -alpha[j]);
                        double hi = Math.min(y[i] == 1 ? C - alpha[i] : alpha[i], y[j] == 1 ? alpha[j] : C - alpha[j]);
                        u = Math.min(hi, Math.max(lo, u));
                        double[] next = alpha.clone();
                        next[i] = alpha[i] + y[i] * u;
                        next[j] = alpha[j] - y[j] * u;
                        return next;
                    }));
}
