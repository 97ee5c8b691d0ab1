package org.mlbyhand.graders.ps3;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.cluster.MixtureParameters;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the M step, each a complete implementation (with the reference's checks) the
 * grader must reject. On the grader's first case (hard responsibilities, answer Σ = 1.25 for both
 * components) the divisors n, n_j − 1, the uncentred and the globally centred scatter, the forgotten
 * regCovar and the mean over n give six different answers; soft responsibilities reduced to hard ones
 * fail on the second, regCovar on every entry on the third (p = 2). Three mistakes make core's
 * MixtureParameters throw on the empty component of the fourth case: 0/0 there, which comes first since it
 * throws nowhere else; the forgotten regCovar (a zero covariance), which fails with a number on the first
 * case already; and weights that do not sum to 1, which throw on every case and come last.
 */
final class MixtureMStepBugs {
    private MixtureMStepBugs() {
    }

    private enum Mistake {
        COVARIANCE_OVER_N, COVARIANCE_OVER_NJ_MINUS_ONE, NOT_CENTRED, CENTRED_ON_GLOBAL_MEAN, NO_REGULARISATION,
        MEAN_OVER_N, HARD_RESPONSIBILITIES, REGULARISATION_EVERYWHERE, NO_GUARD, WEIGHTS_NOT_NORMALISED
    }

    static final List<Bug<MixtureMStepGrader.MStep>> ALL = List.of(
            new Bug<>("0/0 for an empty component",
                    "a component no point belongs to (a column of zeros in R) has Σᵢ r_ij = 0, and its mean 0/0 is"
                            + " NaN. Add scikit-learn's guard, n_j = Σᵢ r_ij + 10ε with ε = Math.ulp(1.0): its mean is"
                            + " then 0 and its covariance regCovar·I.",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.NO_GUARD)),
            new Bug<>("covariance divided by n",
                    "each component's covariance is a weighted mean over ITS points: divide Σᵢ r_ij·(xᵢ − μ_j)(xᵢ − μ_j)ᵀ"
                            + " by n_j = Σᵢ r_ij, not by the number n of all points.",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.COVARIANCE_OVER_N)),
            new Bug<>("covariance divided by n_j − 1",
                    "EM's M step is a maximum-likelihood estimate: divide the weighted scatter by n_j itself, not by"
                            + " n_j − 1 (Bessel's correction belongs to the sample covariance, as in PCA, not here).",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.COVARIANCE_OVER_NJ_MINUS_ONE)),
            new Bug<>("scatter not centred",
                    "the covariance measures spread around the component's mean: use (xᵢ − μ_j)(xᵢ − μ_j)ᵀ, not xᵢxᵢᵀ"
                            + " (or subtract μ_jμ_jᵀ afterwards).",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.NOT_CENTRED)),
            new Bug<>("centred on the mean of all points",
                    "centre each point on its component's own mean μ_j = (1/n_j)·Σᵢ r_ij·xᵢ, not on the mean of all"
                            + " the points.",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.CENTRED_ON_GLOBAL_MEAN)),
            new Bug<>("regCovar forgotten",
                    "add regCovar to the diagonal of every covariance: Σ_j = (weighted scatter)/n_j + regCovar·I. It"
                            + " is what keeps a component of one point positive definite.",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.NO_REGULARISATION)),
            new Bug<>("mean divided by n",
                    "the mean of component j is Σᵢ r_ij·xᵢ divided by the soft count n_j = Σᵢ r_ij, not by n.",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.MEAN_OVER_N)),
            new Bug<>("each point only in its most likely component",
                    "EM's M step is soft: every point counts in every component, weighted by r_ij. Giving each point"
                            + " wholly to its largest r_ij is k-means' hard assignment.",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.HARD_RESPONSIBILITIES)),
            new Bug<>("regCovar added to every entry",
                    "regCovar·I adds regCovar to the p diagonal entries only: the off-diagonal covariances stay as"
                            + " the data give them.",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.REGULARISATION_EVERYWHERE)),
            new Bug<>("weights not normalised",
                    "the weights are probabilities: π_j = n_j / Σ_l n_l, so that they sum to 1 (MixtureParameters"
                            + " refuses weights that do not).",
                    (X, R, reg) -> parameters(X, R, reg, Mistake.WEIGHTS_NOT_NORMALISED)));

    private static MixtureParameters parameters(Matrix X, Matrix R, double regCovar, Mistake mistake) {
        MixtureInputs.mStep("parameters", X, R, regCovar);
        int n = X.rows();
        int p = X.cols();
        int k = R.cols();
        Matrix W = R;
        if (mistake == Mistake.HARD_RESPONSIBILITIES) {
            W = Matrix.zeros(n, k);
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    best = R.get(i, j) > R.get(i, best) ? j : best;
                }
                W.set(i, best, 1.0);
            }
        }
        double[] global = X.columnMeans();
        double[] nk = new double[k];
        double total = 0.0;
        Matrix means = Matrix.zeros(k, p);
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                nk[j] += W.get(i, j);
            }
            nk[j] += mistake == Mistake.NO_GUARD ? 0.0 : 10 * Math.ulp(1.0);
            total += nk[j];
            for (int f = 0; f < p; f++) {
                double s = 0.0;
                for (int i = 0; i < n; i++) {
                    s += W.get(i, j) * X.get(i, f);
                }
                means.set(j, f, s / (mistake == Mistake.MEAN_OVER_N ? n : nk[j]));
            }
        }
        double[] weights = new double[k];
        List<Matrix> covariances = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            weights[j] = mistake == Mistake.WEIGHTS_NOT_NORMALISED ? nk[j] : nk[j] / total;
            double[] centre = switch (mistake) {
                case NOT_CENTRED -> new double[p];
                case CENTRED_ON_GLOBAL_MEAN -> global;
                default -> means.row(j);
            };
            double divisor = switch (mistake) {
                case COVARIANCE_OVER_N -> n;
                case COVARIANCE_OVER_NJ_MINUS_ONE -> nk[j] - 1;
                default -> nk[j];
            };
            Matrix S = Matrix.zeros(p, p);
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    double s = 0.0;
                    for (int i = 0; i < n; i++) {
                        s += W.get(i, j) * (X.get(i, a) - centre[a]) * (X.get(i, b) - centre[b]);
                    }
                    boolean regularised = mistake == Mistake.REGULARISATION_EVERYWHERE
                            || (a == b && mistake != Mistake.NO_REGULARISATION);
                    S.set(a, b, s / divisor + (regularised ? regCovar : 0.0));
                }
            }
            covariances.add(S);
        }
        return new MixtureParameters(weights, means, covariances);
    }
}
