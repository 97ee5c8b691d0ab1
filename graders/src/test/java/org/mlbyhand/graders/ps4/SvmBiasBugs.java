package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.graders.ps4.SvmBiasGrader.Bias;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the SVM's bias, each a complete implementation the grader must reject. Two free
 * support vectors of opposite labels (case 1, b = −0.125) give 0.125 with the sign of rho, −1/3 with the
 * bounded α₂ = C averaged in, −0.375 with Gᵢ for yᵢGᵢ; the textbook yᵢ − Σⱼ αⱼyⱼKᵢⱼ with the −1 of
 * G = Qα − e forgotten agrees there (the yᵢ cancel) and shows on the one free support vector of case 2.
 * With none free (case 3, b = 0.125): the average over the support vectors at C gives −0.625 (listed
 * before the bug that always averages every support vector, which gives the same there but fails case 1
 * first), the average over nothing NaN, and a plain 0.
 */
final class SvmBiasBugs {
    private SvmBiasBugs() {
    }

    private enum Mistake {
        RHO_SIGN, NONE_FREE_AVERAGE_AT_C, EVERY_SUPPORT_VECTOR, G_FOR_YG, GRADIENT_ONE_FORGOTTEN, NONE_FREE_NAN,
        NONE_FREE_ZERO
    }

    static final List<Bug<Bias>> ALL = List.of(
            new Bug<>("the sign of rho: b = +average of yᵢGᵢ",
                    "a free support vector is on its margin, yᵢf(xᵢ) = 1, and Gᵢ = yᵢ(f(xᵢ) − b) − 1 then gives"
                            + " b = −yᵢGᵢ: minus. (libsvm stores rho = +yᵢGᵢ, which is −b.)",
                    (a, G, y, C) -> bias(a, G, y, C, Mistake.RHO_SIGN)),
            new Bug<>("with none free, the average over the support vectors at C",
                    "a variable at a bound is not on its margin, so it does not give b; it only says on which side"
                            + " b must lie. With no free αᵢ, b is the middle (m + M)/2 of the interval those bounds"
                            + " leave: m = max −yᵢGᵢ over U = {yᵢ = +1, αᵢ = 0} ∪ {yᵢ = −1, αᵢ = C}, M = min −yᵢGᵢ over"
                            + " L = {yᵢ = −1, αᵢ = 0} ∪ {yᵢ = +1, αᵢ = C}.",
                    (a, G, y, C) -> bias(a, G, y, C, Mistake.NONE_FREE_AVERAGE_AT_C)),
            new Bug<>("every support vector averaged, the bounded ones too",
                    "only the FREE support vectors (0 < αᵢ < C) lie on the margin and give b = −yᵢGᵢ; one at αᵢ = C"
                            + " is inside its margin (or misclassified), and its −yᵢGᵢ is not b.",
                    (a, G, y, C) -> bias(a, G, y, C, Mistake.EVERY_SUPPORT_VECTOR)),
            new Bug<>("Gᵢ instead of yᵢGᵢ",
                    "each free support vector gives b = −yᵢGᵢ, its gradient times its own sign: for yᵢ = −1 that is"
                            + " +Gᵢ.",
                    (a, G, y, C) -> bias(a, G, y, C, Mistake.G_FOR_YG)),
            new Bug<>("yᵢ − Σⱼ αⱼyⱼKᵢⱼ with the −1 of G = Qα − e forgotten",
                    "b = yᵢ − Σⱼ αⱼyⱼKᵢⱼ is right, but Gᵢ = yᵢ·Σⱼ αⱼyⱼKᵢⱼ − 1, so Σⱼ αⱼyⱼKᵢⱼ = yᵢ(Gᵢ + 1), not yᵢGᵢ:"
                            + " the two give b = yᵢ − yᵢ(Gᵢ + 1) = −yᵢGᵢ.",
                    (a, G, y, C) -> bias(a, G, y, C, Mistake.GRADIENT_ONE_FORGOTTEN)),
            new Bug<>("with none free, an average over nothing: 0/0",
                    "it is normal for every αᵢ to be at 0 or C (a small C, or separable data with few support"
                            + " vectors). Then there is no free support vector to average, and b is the middle of the"
                            + " interval the bounded ones allow: (m + M)/2 (see the stub).",
                    (a, G, y, C) -> bias(a, G, y, C, Mistake.NONE_FREE_NAN)),
            new Bug<>("with none free, b = 0",
                    "with no free support vector b is not 0: it is the middle (m + M)/2 of the interval the bounded"
                            + " variables allow (see the stub), which is where libsvm puts it.",
                    (a, G, y, C) -> bias(a, G, y, C, Mistake.NONE_FREE_ZERO)));

    private static double bias(double[] alpha, double[] G, int[] y, double C, Mistake mistake) {
        SvmInputs.dual("svm-bias", alpha, G, y);
        double sum = 0.0;
        int count = 0;
        for (int i = 0; i < alpha.length; i++) {
            boolean counts = mistake == Mistake.EVERY_SUPPORT_VECTOR ? alpha[i] > 0 : alpha[i] > 0 && alpha[i] < C;
            if (counts) {
                sum += mistake == Mistake.G_FOR_YG ? -G[i]
                        : mistake == Mistake.GRADIENT_ONE_FORGOTTEN ? y[i] - y[i] * G[i] : -y[i] * G[i];
                count++;
            }
        }
        double b;
        if (count > 0 || mistake == Mistake.NONE_FREE_NAN) {
            b = sum / count;
        } else if (mistake == Mistake.NONE_FREE_ZERO) {
            b = 0.0;
        } else if (mistake == Mistake.NONE_FREE_AVERAGE_AT_C) {
            double atC = 0.0;
            int n = 0;
            for (int i = 0; i < alpha.length; i++) {
                if (alpha[i] >= C) {
                    atC += -y[i] * G[i];
                    n++;
                }
            }
            b = atC / n;
        } else {
            double m = Double.NEGATIVE_INFINITY;
            double M = Double.POSITIVE_INFINITY;
            for (int i = 0; i < alpha.length; i++) {
                double v = mistake == Mistake.G_FOR_YG ? -G[i] : -y[i] * G[i];
                boolean upper = (y[i] == 1 && alpha[i] <= 0) || (y[i] == -1 && alpha[i] >= C);
                if (upper) {
                    m = Math.max(m, v);
                } else {
                    M = Math.min(M, v);
                }
            }
            b = (m + M) / 2;
        }
        return mistake == Mistake.RHO_SIGN ? -b : b;
    }
}
