package org.mlbyhand.core.linear;

import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Matrix;

/**
 * scikit-learn's binary logistic objective divided by C·n (same minimiser, an n-free scale for tol):
 * <pre>{@code
 *   f(θ) = (1/n)·Σᵢ [softplus(zᵢ) − yᵢ·zᵢ] + λ/2·‖w‖²,    z = X̃·θ,  θ = (w, b),  λ = 1/(C·n)
 *   ∇f   = (1/n)·X̃ᵀ(σ(z) − y) + λ·(w, 0)
 *   ∇²f  = (1/n)·X̃ᵀ·diag(σ(z)·(1 − σ(z)))·X̃ + λ·diag(1, …, 1, 0)
 * }</pre>
 */
final class BinaryLogisticObjective implements SmoothObjective {
    private final Design design;
    private final int[] y;
    private final double lambda;

    BinaryLogisticObjective(Design design, int[] y, double C) {
        this.design = design;
        this.y = y;
        this.lambda = 1.0 / (C * design.rows());
    }

    @Override
    public double value(double[] theta) {
        double[] z = design.X.multiply(theta);
        double loss = 0.0;
        for (int i = 0; i < z.length; i++) {
            loss += Activations.logLoss(y[i], z[i]);
        }
        return loss / z.length + 0.5 * lambda * penalized(theta, theta);
    }

    @Override
    public double[] gradient(double[] theta) {
        double[] e = design.X.multiply(theta);
        for (int i = 0; i < e.length; i++) {
            e[i] = Activations.sigmoid(e[i]) - y[i];
        }
        double[] g = design.Xt.multiply(e);
        double n = e.length;
        for (int j = 0; j < g.length; j++) {
            g[j] = g[j] / n + (j < design.p ? lambda * theta[j] : 0.0);
        }
        return g;
    }

    @Override
    public Matrix newtonMatrix(double[] theta) {
        double[] s = design.X.multiply(theta);
        double n = s.length;
        for (int i = 0; i < s.length; i++) {
            s[i] = Activations.sigmoid(s[i]) * Activations.sigmoid(-s[i]) / n;   // σ(1 − σ), accurate in both tails
        }
        Matrix H = design.weightedGram(s);
        for (int j = 0; j < design.p; j++) {
            H.set(j, j, H.get(j, j) + lambda);
        }
        return H;
    }

    @Override
    public double curvatureBound() {
        return design.squaredFrobenius() / (4.0 * design.rows()) + lambda;
    }

    /** Returns Σ_{j<p} aⱼ·bⱼ: the intercept is not penalized. */
    private double penalized(double[] a, double[] b) {
        double s = 0.0;
        for (int j = 0; j < design.p; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
