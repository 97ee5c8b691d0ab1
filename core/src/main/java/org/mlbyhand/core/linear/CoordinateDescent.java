package org.mlbyhand.core.linear;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linalg.Vectors;

/**
 * The building blocks of cyclic coordinate descent for the elastic net (and so the lasso), on data
 * that is already centred, without intercept:
 * <pre>{@code
 *   P(w) = 1/(2n)·‖y − X·w‖² + α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²        ρ = l1Ratio ∈ [0, 1]
 * }</pre>
 * Minimising P over one coordinate wⱼ with the others fixed has a closed form. With r = y − X·w the
 * residual, and zⱼ = xⱼᵀ(r + xⱼ·wⱼ) the correlation of column j with the residual that leaves it out,
 * <pre>{@code
 *   wⱼ ← S(zⱼ, n·α·ρ) / (‖xⱼ‖² + n·α·(1 − ρ)),        S(z, γ) = sign(z)·max(|z| − γ, 0)
 * }</pre>
 * (the whole objective multiplied by n, as scikit-learn's {@code cd_fast} writes it). A sweep updates
 * j = 0, 1, …, p−1 in turn and keeps r up to date: add xⱼ·wⱼ back, update wⱼ, subtract the new xⱼ·wⱼ,
 * so one sweep costs about 4·n·p flops. A column with ‖xⱼ‖ = 0 is skipped (its wⱼ stays as it is).
 *
 * <p>The duality gap bounds the distance to the optimum from above: P(w) − P(w*) ≤ gap(w), and gap = 0
 * exactly at the optimum, so "gap ≤ tol·‖y‖²/n" is a stopping rule that certifies the answer.
 */
public final class CoordinateDescent {
    private CoordinateDescent() {
    }

    /**
     * The soft-threshold operator, the proximal map of γ·|·|:
     * <pre>{@code
     *   S(z, γ) = sign(z)·max(|z| − γ, 0) = argmin_w ½(w − z)² + γ|w|
     * }</pre>
     * It shrinks z towards 0 by γ, and sets it to exactly 0 when |z| ≤ γ: that is how the lasso makes
     * coefficients exactly zero. Special cases: S(±0, γ) = 0; NaN in, NaN out. Exact: one subtraction.
     *
     * @param z     the value to shrink
     * @param gamma the threshold γ ≥ 0
     * @throws IllegalArgumentException if gamma is negative or NaN
     */
    public static double softThreshold(double z, double gamma) {
        if (!(gamma >= 0.0)) {
            throw new IllegalArgumentException("softThreshold: gamma must be ≥ 0, got " + gamma);
        }
        if (z > gamma) {
            return z - gamma;
        }
        if (z < -gamma) {
            return z + gamma;
        }
        return Double.isNaN(z) ? z : 0.0;
    }

    /**
     * Returns w after one cyclic sweep j = 0, 1, …, p−1 of coordinate descent on P (class comment),
     * for the data exactly as given: no centring, no intercept. This is the definition of one sweep;
     * {@link ElasticNet} runs the same arithmetic, keeping the residual from one sweep to the next.
     *
     * @param X       n×p features (not modified)
     * @param y       length n targets (not modified)
     * @param w       length p starting coefficients (not modified)
     * @param alpha   α ≥ 0
     * @param l1Ratio ρ ∈ [0, 1]; 1 is the lasso
     * @return the new coefficients, length p
     * @throws ShapeMismatchException if y's length is not n or w's is not p
     * @throws IllegalArgumentException if an input holds a NaN or infinity, alpha &lt; 0 or ρ ∉ [0, 1]
     */
    public static double[] coordinateSweep(Matrix X, double[] y, double[] w, double alpha, double l1Ratio) {
        check("coordinateSweep", X, y, w, alpha, l1Ratio);
        double[][] cols = columns(X);
        double[] next = w.clone();
        double[] r = residual(cols, y, next);
        int n = X.rows();
        sweepInPlace(cols, squaredNorms(cols), next, r, n * alpha * l1Ratio, n * alpha * (1.0 - l1Ratio));
        return next;
    }

    /**
     * Returns the duality gap of w for P (class comment), on the data as given. With r = y − X·w,
     * A = n·α·ρ and B = n·α·(1 − ρ), the dual point is ν = s·r with s chosen to make it feasible:
     * <pre>{@code
     *   c = Xᵀr − B·w,    s = min(1, A / ‖c‖∞)
     *   n·gap = ½‖r‖²·(1 + s²) + A‖w‖₁ − s·rᵀy + ½B·(1 + s²)·‖w‖²
     * }</pre>
     * (scikit-learn's formula; when s = 1 the first term reads ‖r‖²). gap ≥ 0 up to rounding, and
     * P(w) − min P ≤ gap.
     *
     * @param X       n×p features (not modified)
     * @param y       length n targets (not modified)
     * @param w       length p coefficients (not modified)
     * @param alpha   α ≥ 0
     * @param l1Ratio ρ ∈ [0, 1]
     * @throws ShapeMismatchException if y's length is not n or w's is not p
     * @throws IllegalArgumentException if an input holds a NaN or infinity, alpha &lt; 0 or ρ ∉ [0, 1]
     */
    public static double dualityGap(Matrix X, double[] y, double[] w, double alpha, double l1Ratio) {
        check("dualityGap", X, y, w, alpha, l1Ratio);
        double[][] cols = columns(X);
        return dualityGap(cols, y, w, residual(cols, y, w), alpha, l1Ratio);
    }

    // ---------------------------------------------------------------- the arithmetic, on columns

    /**
     * One sweep, updating w and the residual r = y − X·w in place; returns max |Δwⱼ|.
     * A = n·α·ρ and B = n·α·(1 − ρ) are the penalties of the n-scaled objective.
     */
    static double sweepInPlace(double[][] cols, double[] squaredNorms, double[] w, double[] r, double A, double B) {
        double maxChange = 0.0;
        for (int j = 0; j < w.length; j++) {
            if (squaredNorms[j] == 0.0) {
                continue;
            }
            double[] x = cols[j];
            double old = w[j];
            if (old != 0.0) {
                Vectors.axpyInPlace(old, x, r);      // r + xⱼwⱼ: the residual without feature j
            }
            double z = Vectors.dot(x, r);
            w[j] = softThreshold(z, A) / (squaredNorms[j] + B);
            if (w[j] != 0.0) {
                Vectors.axpyInPlace(-w[j], x, r);
            }
            maxChange = Math.max(maxChange, Math.abs(w[j] - old));
        }
        return maxChange;
    }

    /** The duality gap (see the public method) given the current residual r = y − X·w. */
    static double dualityGap(double[][] cols, double[] y, double[] w, double[] r, double alpha, double l1Ratio) {
        int n = y.length;
        double A = n * alpha * l1Ratio;
        double B = n * alpha * (1.0 - l1Ratio);
        double dualNorm = 0.0;
        for (int j = 0; j < w.length; j++) {
            dualNorm = Math.max(dualNorm, Math.abs(Vectors.dot(cols[j], r) - B * w[j]));
        }
        double rr = Vectors.dot(r, r);
        double ww = Vectors.dot(w, w);
        double l1 = 0.0;
        for (double v : w) {
            l1 += Math.abs(v);
        }
        double s = dualNorm > A ? A / dualNorm : 1.0;
        double gap = dualNorm > A ? 0.5 * rr * (1.0 + s * s) : rr;
        gap += A * l1 - s * Vectors.dot(r, y) + 0.5 * B * (1.0 + s * s) * ww;
        return gap / n;
    }

    /** Returns X's columns as arrays: cols[j][i] = X[i][j]. */
    static double[][] columns(Matrix X) {
        double[][] cols = new double[X.cols()][X.rows()];
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                cols[j][i] = X.get(i, j);
            }
        }
        return cols;
    }

    static double[] squaredNorms(double[][] cols) {
        double[] sq = new double[cols.length];
        for (int j = 0; j < cols.length; j++) {
            sq[j] = Vectors.dot(cols[j], cols[j]);
        }
        return sq;
    }

    /** Returns r = y − X·w. */
    static double[] residual(double[][] cols, double[] y, double[] w) {
        double[] r = y.clone();
        for (int j = 0; j < w.length; j++) {
            if (w[j] != 0.0) {
                Vectors.axpyInPlace(-w[j], cols[j], r);
            }
        }
        return r;
    }

    private static void check(String who, Matrix X, double[] y, double[] w, double alpha, double l1Ratio) {
        Inputs.regression(who, X, y);
        if (w.length != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", w has length " + w.length);
        }
        Arguments.requireFinite(who, "w", w);
        Inputs.alpha(who, alpha);
        ElasticNet.checkL1Ratio(who, l1Ratio);
    }
}
