package org.mlbyhand.core.linear;

import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Matrix;

/**
 * scikit-learn's multinomial logistic objective divided by C·n, for Θ = [Wᵀ; bᵀ] ((p+1)×k, stored
 * row-major in θ: θ[j·k + c] = Θ[j][c]) and Z = X̃·Θ (n×k):
 * <pre>{@code
 *   f(Θ)  = (1/n)·Σᵢ [logSumExp(Zᵢ) − Z_{i,yᵢ}] + λ/2·‖W‖_F²,      λ = 1/(C·n)
 *   ∇f    = (1/n)·X̃ᵀ(P − Y) + λ·[Wᵀ; 0]                               P = softmax(Z) by rows
 *   ∇²f   = (1/n)·Σᵢ (x̃ᵢx̃ᵢᵀ) ⊗ (diag(Pᵢ) − PᵢPᵢᵀ) + λ·I on the W rows
 * }</pre>
 * Adding the same number to every class's score of a row of Θ changes no probability: f is constant
 * along the directions uⱼ = eⱼ ⊗ 1ₖ/√k for the intercept row (and for every row when λ = 0, no
 * penalty), and ∇²f·uⱼ = 0 there. The gradient is orthogonal to those directions (its rows of P − Y sum
 * to 0), so {@link #newtonMatrix} adds uⱼuⱼᵀ: the Newton step is unchanged elsewhere and zero along uⱼ,
 * and from Θ = 0 the scores of each such row keep summing to 0, which is scikit-learn's normalization.
 */
final class SoftmaxObjective implements SmoothObjective {
    private final Design design;
    private final int[] y;
    private final int k;
    private final double lambda;

    SoftmaxObjective(Design design, int[] y, int k, double C) {
        this.design = design;
        this.y = y;
        this.k = k;
        this.lambda = 1.0 / (C * design.rows());
    }

    /** Returns whether row j of Θ is a direction along which f is constant. */
    boolean isFlat(int j) {
        return j >= design.p || lambda == 0.0;
    }

    @Override
    public double value(double[] theta) {
        Matrix Z = scores(theta);
        double loss = 0.0;
        for (int i = 0; i < y.length; i++) {
            loss += Activations.crossEntropy(Z.row(i), y[i]);
        }
        double penalty = 0.0;
        for (int j = 0; j < design.p * k; j++) {
            penalty += theta[j] * theta[j];
        }
        return loss / y.length + 0.5 * lambda * penalty;
    }

    @Override
    public double[] gradient(double[] theta) {
        Matrix E = Activations.softmax(scores(theta));      // n×k, becomes P − Y
        for (int i = 0; i < y.length; i++) {
            E.set(i, y[i], E.get(i, y[i]) - 1.0);
        }
        double[] g = design.Xt.multiply(E).toRowMajorArray(); // (p+1)×k, flattened
        double n = y.length;
        for (int t = 0; t < g.length; t++) {
            g[t] = g[t] / n + (t < design.p * k ? lambda * theta[t] : 0.0);
        }
        return g;
    }

    @Override
    public Matrix newtonMatrix(double[] theta) {
        Matrix P = Activations.softmax(scores(theta));      // n×k
        int q = design.cols();
        int n = y.length;
        Matrix H = Matrix.zeros(q * k, q * k);
        for (int a = 0; a < q; a++) {
            for (int b = 0; b <= a; b++) {
                for (int c = 0; c < k; c++) {
                    for (int d = 0; d < k; d++) {
                        double sum = 0.0;
                        for (int i = 0; i < n; i++) {
                            double pc = P.get(i, c);
                            sum += design.X.get(i, a) * design.X.get(i, b) * ((c == d ? pc : 0.0) - pc * P.get(i, d));
                        }
                        H.set(a * k + c, b * k + d, sum / n);
                        H.set(b * k + d, a * k + c, sum / n);
                    }
                }
            }
        }
        for (int a = 0; a < q; a++) {
            for (int c = 0; c < k; c++) {
                if (a < design.p) {
                    H.set(a * k + c, a * k + c, H.get(a * k + c, a * k + c) + lambda);
                }
                if (isFlat(a)) {
                    for (int d = 0; d < k; d++) {
                        H.set(a * k + c, a * k + d, H.get(a * k + c, a * k + d) + 1.0 / k);   // + uₐuₐᵀ
                    }
                }
            }
        }
        return H;
    }

    /** Böhning's bound: diag(p) − ppᵀ ≼ ½·I, so ∇²f ≼ (‖X̃‖_F²/(2n) + λ)·I. */
    @Override
    public double curvatureBound() {
        return design.squaredFrobenius() / (2.0 * design.rows()) + lambda;
    }

    /** Returns Z = X̃·Θ, n×k. */
    private Matrix scores(double[] theta) {
        return design.X.multiply(Matrix.fromRowMajor(design.cols(), k, theta));
    }
}
