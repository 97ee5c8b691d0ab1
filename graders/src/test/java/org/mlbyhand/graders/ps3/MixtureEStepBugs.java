package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the E step, each a complete implementation (with the reference's checks) the
 * grader must reject. A missing or global shift ends in NaN (a ratio 0/0) or ∞ (exp(w − log 0)),
 * depending on whether the code divides or subtracts a log-sum-exp, so each comes in both forms. The
 * global shifts come before the missing ones: on the grader's two far-apart rows they give the same NaN
 * or ∞ in the far row, and only the global ones pass the single far point before it. The weights, the ½, the normalisation and the logs fail on the first hand-picked case
 * (equal variances) with five different answers; the log-determinant and the squared variances on the
 * second (variances 1 and 4), with two.
 */
final class MixtureEStepBugs {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private MixtureEStepBugs() {
    }

    private enum Mistake {
        GLOBAL_SHIFT, GLOBAL_SHIFT_RATIO, NO_SHIFT, NO_SHIFT_LOG, NO_WEIGHTS, NO_LOG_DETERMINANT, VARIANCES_SQUARED, NO_HALF, NOT_NORMALISED,
        NORMALISED_OVER_POINTS, LOG_RETURNED
    }

    static final List<Bug<MixtureEStepGrader.EStep>> ALL = List.of(
            new Bug<>("shift by the maximum of the whole matrix",
                    "shift each row by its own maximum m_i = max_l w_il. With one m for all of W, a point far from"
                            + " every component (here x = 40) has w_il − m ≈ −760 for every l: each e^(−760) is 0, the"
                            + " log-sum-exp log 0 = −∞, and exp(w − (−∞)) = ∞. With its own row's maximum the largest"
                            + " term is e⁰ = 1.",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.GLOBAL_SHIFT)),
            new Bug<>("shift by the maximum of the whole matrix, then a ratio",
                    "shift each row by its own maximum m_i = max_l w_il. With one m for all of W, a point far from"
                            + " every component (here x = 40) has w_il − m ≈ −760 for every l: e^(−760) is 0 and 0/0 is"
                            + " NaN. With its own row's maximum the largest term is e⁰ = 1.",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.GLOBAL_SHIFT_RATIO)),
            new Bug<>("π·N / Σ π·N without logs",
                    "at x = 40, N(x | μ, σ²) ≈ e^(−800) and e^(−760) are both 0 in double precision, so π·N / Σ π·N is"
                            + " 0/0 = NaN. Work with w_ij = log π_j + log N, and r_ij = exp(w_ij − m − log Σ_l e^(w_il − m))"
                            + " with m the row's maximum.",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.NO_SHIFT)),
            new Bug<>("log Σ exp(w) without the shift",
                    "at x = 40, e^(w) is 0 for every component (w ≈ −800 and −760), so log Σ_l e^(w_il) = log 0 = −∞ and"
                            + " exp(w − (−∞)) = ∞. Shift first: logsumexp = m + log Σ_l e^(w_il − m) with m the row's"
                            + " maximum, whose term is e⁰ = 1.",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.NO_SHIFT_LOG)),
            new Bug<>("weights π forgotten",
                    "Bayes' rule weighs each density by its prior: w_ij = log π_j + log N(xᵢ | j). Without log π_j,"
                            + " every component counts as equally likely a priori.",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.NO_WEIGHTS)),
            new Bug<>("−½·log σ² forgotten",
                    "a wide component spreads its probability thinly: log N includes −½·Σ_f log σ²_jf. It cancels"
                            + " only when every component has the same variances (the first case did, this one does not).",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.NO_LOG_DETERMINANT)),
            new Bug<>("variances squared",
                    "the argument holds the variances σ², not the standard deviations σ: divide (x − μ)² by σ² as"
                            + " given, and take log σ² of it as given, without squaring.",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.VARIANCES_SQUARED)),
            new Bug<>("½ missing on the squared distance",
                    "log N = −½·Σ_f [log 2π + log σ² + (x − μ)²/σ²]: the ½ multiplies the squared distance too,"
                            + " exp(−(x − μ)²/(2σ²)).",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.NO_HALF)),
            new Bug<>("not normalised",
                    "your rows do not sum to 1: exp(w_ij − m) must still be divided by Σ_l exp(w_il − m), that is,"
                            + " r_ij = exp(w_ij − m − log Σ_l exp(w_il − m)).",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.NOT_NORMALISED)),
            new Bug<>("normalised over the points",
                    "r_ij is a distribution over the components j of ONE point: normalise along row i (over l = 0 …"
                            + " k − 1), not down column j over the points.",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.NORMALISED_OVER_POINTS)),
            new Bug<>("log r returned",
                    "your numbers are the log-responsibilities w_ij − logsumexp: return their exponentials, r_ij,"
                            + " probabilities in [0, 1].",
                    (X, w, M, V) -> responsibilities(X, w, M, V, Mistake.LOG_RETURNED)));

    private static Matrix responsibilities(Matrix X, double[] weights, Matrix means, Matrix variances, Mistake mistake) {
        MixtureInputs.eStep("responsibilities", X, weights, means, variances);
        int n = X.rows();
        int k = weights.length;
        Matrix W = Matrix.zeros(n, k);                                           // n×k
        double global = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0.0;
                for (int f = 0; f < X.cols(); f++) {
                    double v = mistake == Mistake.VARIANCES_SQUARED ? variances.get(j, f) * variances.get(j, f)
                            : variances.get(j, f);
                    double d = X.get(i, f) - means.get(j, f);
                    s += LOG_2PI + (mistake == Mistake.NO_LOG_DETERMINANT ? 0.0 : Math.log(v))
                            + (mistake == Mistake.NO_HALF ? 2 : 1) * d * d / v;
                }
                double w = (mistake == Mistake.NO_WEIGHTS ? 0.0 : Math.log(weights[j])) - 0.5 * s;
                W.set(i, j, w);
                global = Math.max(global, w);
            }
        }
        Matrix R = Matrix.zeros(n, k);
        if (mistake == Mistake.NORMALISED_OVER_POINTS) {
            for (int j = 0; j < k; j++) {
                double m = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    m = Math.max(m, W.get(i, j));
                }
                double sum = 0.0;
                for (int i = 0; i < n; i++) {
                    sum += Math.exp(W.get(i, j) - m);
                }
                for (int i = 0; i < n; i++) {
                    R.set(i, j, Math.exp(W.get(i, j) - m) / sum);
                }
            }
            return R;
        }
        for (int i = 0; i < n; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                m = Math.max(m, W.get(i, j));
            }
            m = switch (mistake) {
                case GLOBAL_SHIFT, GLOBAL_SHIFT_RATIO -> global;
                case NO_SHIFT, NO_SHIFT_LOG -> 0.0;
                default -> m;
            };
            double sum = 0.0;
            for (int j = 0; j < k; j++) {
                sum += Math.exp(W.get(i, j) - m);
            }
            for (int j = 0; j < k; j++) {
                double logR = W.get(i, j) - m - Math.log(sum);
                R.set(i, j, switch (mistake) {
                    case NOT_NORMALISED -> Math.exp(W.get(i, j) - m);
                    case LOG_RETURNED -> logR;
                    case NO_SHIFT, GLOBAL_SHIFT_RATIO -> Math.exp(W.get(i, j) - m) / sum;
                    default -> Math.exp(logR);
                });
            }
        }
        return R;
    }
}
