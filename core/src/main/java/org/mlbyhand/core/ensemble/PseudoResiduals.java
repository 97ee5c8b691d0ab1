package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * One gradient-boosting round's pseudo-residuals: the negative gradient of the loss with respect to
 * the model's current raw prediction F (its output before any link function), one per training row,
 * as scikit-learn 1.2's {@code LossFunction.negative_gradient} computes them. The round's regression
 * tree is fitted to these values:
 * <pre>{@code
 *   squared error    L = ½(y − F)²                        rᵢ = yᵢ − Fᵢ
 *   absolute error   L = |y − F|                          rᵢ = 2·[yᵢ − Fᵢ > 0] − 1       (−1 where yᵢ = Fᵢ)
 *   Huber (δ = γ)    L = ½(y − F)² if |y − F| ≤ γ,        rᵢ = yᵢ − Fᵢ if |yᵢ − Fᵢ| ≤ γ, else γ·sign(yᵢ − Fᵢ)
 *                        γ·(|y − F| − γ/2) otherwise
 *   log-loss         L = −y·log p − (1 − y)·log(1 − p),    rᵢ = yᵢ − σ(Fᵢ),   σ(F) = 1/(1 + e^(−F)),  y ∈ {0, 1}
 *   multiclass       L = −Σ_c [y = c]·log p_c,            rᵢₖ = [yᵢ = k] − p_k(Fᵢ),  p_k(F) = e^(F_k − log Σ_c e^(F_c))
 * }</pre>
 * Why boosting fits residuals: a round adds to F a step in the direction that lowers the loss fastest,
 * −∂L/∂F at every training row; a tree, fitted to those values by least squares, is the best such step
 * a tree can express. For the squared error that direction is the ordinary residual y − F. (scikit-learn
 * scores the squared error as (y − F)² and the log-losses as deviances, 2× the negative log-likelihood
 * for two classes: the residuals above are half their negative gradients, the same direction.)
 *
 * <p>The classic bug: the wrong sign (F − y is the gradient; the tree must fit the negative gradient).
 */
public final class PseudoResiduals {
    private PseudoResiduals() {
    }

    /**
     * Returns rᵢ = yᵢ − Fᵢ.
     *
     * @param y length n targets, finite (not modified)
     * @param F length n raw predictions, finite (not modified)
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException naming the first NaN or infinite entry
     */
    public static double[] squaredError(double[] y, double[] F) {
        check("PseudoResiduals.squaredError", y, F);
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - F[i];
        }
        return r;
    }

    /**
     * Returns rᵢ = 2·[yᵢ − Fᵢ &gt; 0] − 1, the sign of the residual (−1 for a zero residual, as scikit-learn).
     *
     * @param y length n targets, finite (not modified)
     * @param F length n raw predictions, finite (not modified)
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException naming the first NaN or infinite entry
     */
    public static double[] absoluteError(double[] y, double[] F) {
        check("PseudoResiduals.absoluteError", y, F);
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - F[i] > 0.0 ? 1.0 : -1.0;
        }
        return r;
    }

    /**
     * Returns the Huber residuals for a given γ: yᵢ − Fᵢ where |yᵢ − Fᵢ| ≤ γ, else γ·sign(yᵢ − Fᵢ). (A
     * gradient-boosting round takes γ = the α-quantile of |y − F|, see {@link GradientBoostingRegressor}.)
     *
     * @param y     length n targets, finite (not modified)
     * @param F     length n raw predictions, finite (not modified)
     * @param gamma the threshold γ ≥ 0, finite
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException naming the first NaN or infinite entry, or a negative γ
     */
    public static double[] huber(double[] y, double[] F, double gamma) {
        String who = "PseudoResiduals.huber";
        check(who, y, F);
        Checks.nonNegative(who, "gamma", gamma);
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            double diff = y[i] - F[i];
            r[i] = Math.abs(diff) <= gamma ? diff : gamma * Math.signum(diff);
        }
        return r;
    }

    /**
     * Returns the binary log-loss residuals rᵢ = yᵢ − σ(Fᵢ).
     *
     * @param y length n labels, each 0 or 1 (not modified)
     * @param F length n log-odds, finite (not modified)
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if a label is not 0 or 1, or naming the first NaN or infinite entry of F
     */
    public static double[] logLoss(int[] y, double[] F) {
        String who = "PseudoResiduals.logLoss";
        double[] target = indicator(who, y, 1, 2);
        check(who, target, F);
        return binaryLogLoss(target, F);
    }

    /**
     * Returns the multiclass log-loss residuals of class k, rᵢ = [yᵢ = k] − p_k(Fᵢ), p the softmax of the
     * row Fᵢ (computed as e^(F_k − logsumexp(F)), which cannot overflow).
     *
     * @param y length n labels in [0, K) (not modified)
     * @param F n×K raw predictions, one column per class, finite (not modified)
     * @param k the class, in [0, K)
     * @throws ShapeMismatchException if y's length is not n
     * @throws IllegalArgumentException if k or a label is not in [0, K), or naming the first NaN or infinite entry of F
     */
    public static double[] logLoss(int[] y, Matrix F, int k) {
        String who = "PseudoResiduals.logLoss";
        Arguments.requireLength(who, "F", F, "y", y.length);
        Arguments.requireFinite(who, "F", F);
        if (k < 0 || k >= F.cols()) {
            throw new IllegalArgumentException(who + ": k = " + k + " is not a class in [0, " + F.cols() + ")");
        }
        double[][] raw = new double[F.cols()][];
        for (int c = 0; c < raw.length; c++) {
            raw[c] = F.column(c);
        }
        return multinomialLogLoss(indicator(who, y, k, F.cols()), raw, k);
    }

    /** rᵢ = yᵢ − σ(Fᵢ) for targets y ∈ {0, 1} (unchecked). */
    static double[] binaryLogLoss(double[] y, double[] F) {
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - sigmoid(F[i]);
        }
        return r;
    }

    /** rᵢ = yᵢ − e^(raw[k][i] − logsumexp_c raw[c][i]) for targets y ∈ {0, 1} of class k (unchecked). */
    static double[] multinomialLogLoss(double[] y, double[][] raw, int k) {
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - softmax(raw, i, k);
        }
        return r;
    }

    /** σ(x) = 1/(1 + e^(−x)), scipy's {@code expit}. */
    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** p_k of row i: e^(raw[k][i] − logsumexp(raw[·][i])), 0 if that is NaN (numpy's nan_to_num). */
    static double softmax(double[][] raw, int i, int k) {
        double p = Math.exp(raw[k][i] - logSumExp(raw, i));
        return Double.isNaN(p) ? 0.0 : p;
    }

    /** log Σ_c e^(raw[c][i]) as scipy's {@code logsumexp}: m + log Σ_c e^(raw[c][i] − m), m the row's maximum. */
    static double logSumExp(double[][] raw, int i) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] column : raw) {
            m = Math.max(m, column[i]);
        }
        if (!Double.isFinite(m)) {
            m = 0.0;
        }
        double s = 0.0;
        for (double[] column : raw) {
            s += Math.exp(column[i] - m);
        }
        return Math.log(s) + m;
    }

    /** [yᵢ = k] as 0.0 or 1.0, after checking every label is in [0, K). */
    static double[] indicator(String who, int[] y, int k, int K) {
        double[] target = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= K) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + " is not a class in [0, " + K + ")");
            }
            target[i] = y[i] == k ? 1.0 : 0.0;
        }
        return target;
    }

    private static void check(String who, double[] y, double[] F) {
        if (y.length != F.length) {
            throw new ShapeMismatchException(who + ": y has length " + y.length + ", F has length " + F.length);
        }
        Arguments.requireFinite(who, "y", y);
        Arguments.requireFinite(who, "F", F);
    }
}
