package org.mlbyhand.core.cluster;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.decompose.TriangularSolve;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The two steps of expectation–maximisation (EM) for a mixture of Gaussians, as scikit-learn 1.2's
 * {@code GaussianMixture._e_step} and {@code _m_step} compute them.
 * <pre>{@code
 *   E step   w_ij = log π_j + log N(xᵢ | μ_j, Σ_j)                               (weightedLogProb, n×k)
 *            log r_ij = w_ij − logsumexp_l w_il,   logsumexp_l w_il = m + log Σ_l e^(w_il − m),  m = max_l w_il
 *            lower bound = (1/n)·Σᵢ logsumexp_l w_il = (1/n)·Σᵢ log p(xᵢ | θ)     the mean log-likelihood
 *   M step   n_j = Σᵢ r_ij + 10ε,   π_j = n_j / Σ_l n_l,   μ_j = (1/n_j)·Σᵢ r_ij xᵢ,   Σ_j as CovarianceType says
 * }</pre>
 * with log N(x | μ, Σ) = −½·(p·log 2π + log det Σ + ‖L⁻¹(x − μ)‖²), Σ = L·Lᵀ, so no inverse is formed:
 * z = L⁻¹(x − μ) is one forward substitution and log det Σ = 2·Σ_f log L_ff.
 *
 * <p><b>Why log-sum-exp.</b> In p = 64 dimensions a point 40 standard deviations from every mean has
 * N(x | μ, Σ) ≈ e^(−800) = 0 in double precision, so r_ij = π_j·N_j / Σ_l π_l·N_l would be 0/0. Shifting
 * by the largest w_il first makes the largest term e⁰ = 1: no underflow, and the answer is unchanged
 * because the shift cancels between numerator and denominator.
 *
 * <p>The 10ε (ε = 2⁻⁵²) is scikit-learn's guard that keeps an empty component's n_j positive; its mean
 * is then 0 and its covariance regCovar·I. scikit-learn computes DIAG and SPHERICAL variances as
 * E[x²] − 2μ·E[x] + μ² and the log-densities as ‖x‖²-expansions; the direct sums here differ by rounding.
 */
public final class EmSteps {
    private static final double LOG_2PI = Math.log(2.0 * Math.PI);

    private EmSteps() {
    }

    /**
     * What the E step returns: log r (n×k) and the lower bound (1/n)·Σᵢ log p(xᵢ | θ).
     *
     * @param logResponsibilities n×k, log r_ij; each row's exponentials sum to 1
     * @param lowerBound          the mean log-likelihood of the rows under θ
     */
    public record EStep(Matrix logResponsibilities, double lowerBound) {
        /** Returns the responsibilities r_ij = exp(log r_ij), n×k, each row summing to 1. */
        public Matrix responsibilities() {
            return logResponsibilities.map(Math::exp);
        }
    }

    /**
     * Returns w_ij = log π_j + log N(xᵢ | μ_j, Σ_j).
     *
     * @param X     n×p, finite (not modified)
     * @param theta k components in p dimensions
     * @return n×k (−∞ where π_j = 0)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public static Matrix weightedLogProb(Matrix X, MixtureParameters theta) {
        Checks.features("EmSteps.weightedLogProb", X, theta.numFeatures());
        int n = X.rows();
        int p = X.cols();
        int k = theta.numComponents();
        double[] pi = theta.weights();
        Matrix W = Matrix.zeros(n, k);                                          // n×k
        for (int j = 0; j < k; j++) {
            Matrix L = theta.factor(j);                                         // p×p
            double logDet = 0.0;
            for (int f = 0; f < p; f++) {
                logDet += 2.0 * Math.log(L.get(f, f));
            }
            double[] mu = theta.mean(j);
            Matrix D = Matrix.zeros(p, n);                                      // p×n, column i = xᵢ − μ_j
            for (int i = 0; i < n; i++) {
                for (int f = 0; f < p; f++) {
                    D.set(f, i, X.get(i, f) - mu[f]);
                }
            }
            Matrix Z = TriangularSolve.forwardSubstitution(L, D);               // p×n, column i = L⁻¹(xᵢ − μ_j)
            for (int i = 0; i < n; i++) {
                double squared = 0.0;
                for (int f = 0; f < p; f++) {
                    squared += Z.get(f, i) * Z.get(f, i);
                }
                W.set(i, j, Math.log(pi[j]) - 0.5 * (p * LOG_2PI + logDet + squared));
            }
        }
        return W;
    }

    /**
     * The E step: returns log r_ij and the lower bound, by log-sum-exp over each row of
     * {@link #weightedLogProb}.
     *
     * @param X     n×p, finite, n ≥ 1 (not modified)
     * @param theta k components in p dimensions
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException if X is empty or holds a NaN or infinity
     */
    public static EStep eStep(Matrix X, MixtureParameters theta) {
        Arguments.requireNonEmpty("EmSteps.eStep", "X", X);
        Matrix W = weightedLogProb(X, theta);                                   // n×k
        Matrix logR = Matrix.zeros(W.rows(), W.cols());                         // n×k
        double total = 0.0;
        for (int i = 0; i < W.rows(); i++) {
            double[] w = W.row(i);
            double norm = Activations.logSumExp(w);                             // log p(xᵢ | θ)
            for (int j = 0; j < w.length; j++) {
                logR.set(i, j, w[j] - norm);
            }
            total += norm;
        }
        return new EStep(logR, total / W.rows());
    }

    /**
     * The M step: returns the weights, means and covariances that maximise the expected complete-data
     * log-likelihood Σᵢ Σ_j r_ij·(log π_j + log N(xᵢ | μ_j, Σ_j)) for fixed responsibilities r, with
     * regCovar added to every variance.
     *
     * @param X        n×p, finite (not modified)
     * @param R        n×k responsibilities, finite and ≥ 0 (rows usually sum to 1; not modified)
     * @param type     the shape of the covariances
     * @param regCovar ≥ 0, added to the diagonal of every covariance
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if R does not have n rows
     * @throws IllegalArgumentException if an entry is non-finite or R negative, regCovar is negative, or
     *                                  a covariance is not positive definite (a collapsed component)
     */
    public static MixtureParameters mStep(Matrix X, Matrix R, CovarianceType type, double regCovar) {
        String who = "EmSteps.mStep";
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
        Checks.responsibilities(who, X, R);
        Checks.nonNegative(who, "regCovar", regCovar);
        int n = X.rows();
        int p = X.cols();
        int k = R.cols();
        double[] nk = new double[k];
        Matrix means = Matrix.zeros(k, p);                                      // k×p
        double total = 0.0;
        for (int j = 0; j < k; j++) {
            double[] sum = new double[p];
            for (int i = 0; i < n; i++) {
                nk[j] += R.get(i, j);
                for (int f = 0; f < p; f++) {
                    sum[f] += R.get(i, j) * X.get(i, f);
                }
            }
            nk[j] += 10 * Math.ulp(1.0);
            for (int f = 0; f < p; f++) {
                means.set(j, f, sum[f] / nk[j]);
            }
            total += nk[j];
        }
        double[] weights = new double[k];
        List<Matrix> covariances = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            weights[j] = nk[j] / total;
            covariances.add(covariance(X, R, j, means.row(j), nk[j], type, regCovar));
        }
        return new MixtureParameters(weights, means, covariances);
    }

    /** Σ_j of the given type: the r-weighted scatter about μ_j over n_j, plus regCovar on the diagonal. */
    private static Matrix covariance(Matrix X, Matrix R, int j, double[] mu, double nj, CovarianceType type, double regCovar) {
        int p = mu.length;
        Matrix S = Matrix.zeros(p, p);                                          // p×p
        for (int i = 0; i < X.rows(); i++) {
            double r = R.get(i, j);
            for (int a = 0; a < p; a++) {
                double da = X.get(i, a) - mu[a];
                for (int b = 0; b <= a; b++) {
                    if (type == CovarianceType.FULL || a == b) {
                        S.set(a, b, S.get(a, b) + r * da * (X.get(i, b) - mu[b]));
                    }
                }
            }
        }
        double meanVariance = 0.0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                S.set(a, b, S.get(a, b) / nj + (a == b ? regCovar : 0.0));
                S.set(b, a, S.get(a, b));                                        // exactly symmetric
            }
            meanVariance += S.get(a, a);
        }
        return type == CovarianceType.SPHERICAL ? Matrix.identity(p).scale(meanVariance / p) : S;
    }
}
