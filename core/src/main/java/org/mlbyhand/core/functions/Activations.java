package org.mlbyhand.core.functions;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The activation and link functions (of the linear classifiers now, of networks and attention later),
 * written so that no input overflows:
 * <pre>{@code
 *   σ(z)          = 1 / (1 + e^(−z))                       the logistic sigmoid
 *   logSumExp(z)  = log Σₖ e^(zₖ) = m + log Σₖ e^(zₖ − m),  m = maxₖ zₖ
 *   softmax(z)ₖ   = e^(zₖ − m) / Σⱼ e^(zⱼ − m)
 * }</pre>
 * The naive σ computes e^(−z), which overflows to +∞ for z &lt; −709; the stable form evaluates e^(−|z|) ≤ 1
 * only, choosing between 1/(1 + e^(−z)) and e^z/(1 + e^z) by the sign of z. Likewise, shifting by the
 * maximum m leaves softmax unchanged (the factor e^(−m) cancels) but makes every exponent ≤ 0, so nothing
 * overflows and the largest term is exactly 1.
 */
public final class Activations {
    private Activations() {
    }

    /**
     * Returns σ(z) = 1/(1 + e^(−z)), stably. Special cases: σ(+∞) = 1, σ(−∞) = 0, σ(0) = 0.5, NaN in, NaN
     * out. Accuracy: a few ulps relative for every finite z; σ(z) rounds to 1 for z &gt; 36.7 and is
     * subnormal, never 0, down to z ≈ −745.
     */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);       // ≤ 1: no overflow
        return e / (1.0 + e);
    }

    /** Returns σ applied to each entry (z not modified), a new array of the same length. */
    public static double[] sigmoid(double[] z) {
        double[] s = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            s[i] = sigmoid(z[i]);
        }
        return s;
    }

    /**
     * Returns log(1 + e^z) = max(z, 0) + log1p(e^(−|z|)), the softplus, without overflow; it equals
     * −log σ(−z). Accuracy: a few ulps; softplus(z) = z exactly for z &gt; 37 and = e^z for z &lt; −37.
     */
    public static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * Returns the log-loss of one row with label y ∈ {0, 1} and score z,
     * <pre>{@code
     *   −log P(y | z) = log(1 + e^z) − y·z = softplus(z)    if y = 0
     *                                      = softplus(−z)   if y = 1
     * }</pre>
     * The second form never subtracts: softplus(z) − z cancels catastrophically when y = 1 and z is large
     * (at z = 40 it gives 0 instead of 4.2e-18), softplus(−z) keeps every digit. Accuracy: a few ulps.
     *
     * @param y the label, 0 or 1 (any value other than 1 is taken as 0)
     * @param z the score (logit)
     */
    public static double logLoss(int y, double z) {
        return softplus(y == 1 ? -z : z);
    }

    /**
     * Returns the cross-entropy of one row of scores for its label, −log softmax(z)_y, computed as
     * <pre>{@code
     *   logSumExp(z) − z_y = (m − z_y) + log1p(Σ_{k ≠ a} e^(zₖ − m)),     m = z_a = max z
     * }</pre>
     * Both terms are ≥ 0, so nothing cancels: where the label's score is the largest by far the loss is
     * tiny, and m + log Σ − z_y would round it to 0. Accuracy: a few ulps of (m − z_y) + the log term.
     *
     * @param z length k ≥ 1, finite (not modified)
     * @param y the label, in [0, k)
     * @throws IllegalArgumentException if z is empty or holds a NaN or infinity
     */
    public static double crossEntropy(double[] z, int y) {
        double m = max("crossEntropy", z);
        if (Double.isInfinite(m)) {
            throw new IllegalArgumentException("crossEntropy: every z[k] is " + m);
        }
        int a = 0;
        while (z[a] != m) {
            a++;
        }
        double rest = 0.0;
        for (int k = 0; k < z.length; k++) {
            if (k != a) {
                rest += Math.exp(z[k] - m);
            }
        }
        return (m - z[y]) + Math.log1p(rest);
    }

    /**
     * Returns log Σₖ e^(zₖ), computed as m + log Σₖ e^(zₖ − m) with m = max z.
     *
     * @param z length k ≥ 1, finite or −∞ (not modified); all −∞ gives −∞
     * @throws IllegalArgumentException if z is empty or holds a NaN or +∞
     */
    public static double logSumExp(double[] z) {
        double m = max("logSumExp", z);
        if (m == Double.NEGATIVE_INFINITY) {
            return m;
        }
        double sum = 0.0;
        for (double v : z) {
            sum += Math.exp(v - m);
        }
        return m + Math.log(sum);
    }

    /**
     * Returns softmax(z)ₖ = e^(zₖ − m)/Σⱼ e^(zⱼ − m), m = max z: probabilities that sum to 1 (within
     * k ulps), invariant to adding a constant to every zₖ.
     *
     * @param z length k ≥ 1, finite (not modified)
     * @return length k, each entry in [0, 1]
     * @throws IllegalArgumentException if z is empty or holds a NaN or infinity
     */
    public static double[] softmax(double[] z) {
        double m = max("softmax", z);
        if (Double.isInfinite(m)) {
            throw new IllegalArgumentException("softmax: every z[k] is " + m);
        }
        double[] p = new double[z.length];
        double sum = 0.0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - m);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /**
     * Returns the row-wise softmax of the scores Z (n×k, not modified): row i of the result is
     * softmax(row i of Z), an n×k matrix whose rows sum to 1.
     *
     * @throws IllegalArgumentException if Z has no columns or holds a NaN or infinity
     */
    public static Matrix softmax(Matrix Z) {
        Matrix P = Matrix.zeros(Z.rows(), Z.cols());
        for (int i = 0; i < Z.rows(); i++) {
            double[] p = softmax(Z.row(i));
            for (int k = 0; k < p.length; k++) {
                P.set(i, k, p[k]);
            }
        }
        return P;
    }

    private static double max(String who, double[] z) {
        if (z.length == 0) {
            throw new IllegalArgumentException(who + ": z is empty");
        }
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            if (Double.isNaN(z[k]) || z[k] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(who + ": z[" + k + "] is " + z[k]);
            }
            m = Math.max(m, z[k]);
        }
        return m;
    }
}
