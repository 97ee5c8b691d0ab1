package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * One gradient-boosting round's leaf values: once the round's tree has cut the training rows into
 * regions R₀, …, R_{J−1} (its leaves), each region gets the constant that best corrects the current
 * raw predictions F on its rows, Friedman's (2001) line search per leaf,
 * <pre>{@code
 *   γⱼ = argmin_γ Σ_{i ∈ Rⱼ} L(yᵢ, Fᵢ + γ)
 * }</pre>
 * exactly or by one Newton step, as scikit-learn 1.2's {@code _update_terminal_region}:
 * <pre>{@code
 *   squared error    γⱼ = mean_{i∈Rⱼ} rᵢ                                  rᵢ = yᵢ − Fᵢ: exact
 *   log-loss         γⱼ = Σ rᵢ / Σ (yᵢ − rᵢ)(1 − yᵢ + rᵢ)                 = Σ (yᵢ − pᵢ) / Σ pᵢ(1 − pᵢ): one Newton step
 *   multiclass (K)   γⱼₖ = (K−1)/K · Σ rᵢₖ / Σ (yᵢₖ − rᵢₖ)(1 − yᵢₖ + rᵢₖ)  (Friedman's Algorithm 6)
 *   absolute error   γⱼ = the lower median of yᵢ − Fᵢ                      exact (a data value; Percentiles)
 *   Huber            m = lower median of dᵢ = yᵢ − Fᵢ,  γⱼ = m + mean(sign(dᵢ − m)·min(|dᵢ − m|, γ))   one step
 * }</pre>
 * (a Newton step is 0 when |denominator| &lt; 1e-150). The partition is given row by row: region[i] ∈
 * {0, …, J−1}, or −1 for a row that takes no part (out of the round's subsample); an empty region
 * gets 0. Every row has weight 1.
 *
 * <p>Derivation of the Newton step: with pᵢ = σ(Fᵢ), the log-loss of a leaf moved by γ has derivative
 * Σ(pᵢ − yᵢ) = −Σ rᵢ and second derivative Σ pᵢ(1 − pᵢ) at γ = 0, so one Newton step is
 * γ = Σ rᵢ / Σ pᵢ(1 − pᵢ); and pᵢ = yᵢ − rᵢ. The classic bug is the squared error's leaf value (the
 * mean residual) for the log-loss: it ignores the curvature pᵢ(1 − pᵢ) and steps too little where
 * the model is already confident.
 */
public final class LeafValues {
    private LeafValues() {
    }

    /**
     * Returns the mean residual of each region.
     *
     * @param residual length n, finite (not modified)
     * @param region   length n, each in [−1, J) (not modified)
     * @param J        the number of regions, ≥ 1
     * @return length J
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if a region is out of range, J &lt; 1, or naming a NaN or infinite residual
     */
    public static double[] meanResidual(double[] residual, int[] region, int J) {
        String who = "LeafValues.meanResidual";
        int[][] rows = regions(who, residual, region, J);
        double[] value = new double[J];
        for (int j = 0; j < J; j++) {
            double sum = 0.0;
            for (int i : rows[j]) {
                sum += residual[i];
            }
            value[j] = rows[j].length == 0 ? 0.0 : sum / rows[j].length;
        }
        return value;
    }

    /**
     * Returns the binary log-loss Newton step of each region, Σ rᵢ / Σ (yᵢ − rᵢ)(1 − yᵢ + rᵢ).
     *
     * @param residual length n, rᵢ = yᵢ − σ(Fᵢ) (not modified)
     * @param y        length n labels, each 0 or 1 (not modified)
     * @param region   length n, each in [−1, J) (not modified)
     * @param J        the number of regions, ≥ 1
     * @return length J
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if a label is not 0 or 1, a region is out of range, or a residual is not finite
     */
    public static double[] logLossNewtonStep(double[] residual, int[] y, int[] region, int J) {
        String who = "LeafValues.logLossNewtonStep";
        return newtonStep(PseudoResiduals.indicator(who, y, 1, 2), residual, regions(who, residual, region, J), 1.0);
    }

    /**
     * Returns the multiclass Newton step of each region for the tree of class k,
     * (K−1)/K · Σ rᵢₖ / Σ (yᵢₖ − rᵢₖ)(1 − yᵢₖ + rᵢₖ) with yᵢₖ = [yᵢ = k].
     *
     * @param residual length n, rᵢₖ = yᵢₖ − p_k(Fᵢ) (not modified)
     * @param y        length n labels in [0, K) (not modified)
     * @param k        the class of this tree, in [0, K)
     * @param K        the number of classes, ≥ 3 (for two classes use the binary step: one tree, no factor)
     * @param region   length n, each in [−1, J) (not modified)
     * @param J        the number of regions, ≥ 1
     * @return length J
     * @throws IllegalArgumentException if K &lt; 3, k or a label is not in [0, K), a region is out of range,
     *                                  or a residual is not finite
     */
    public static double[] logLossNewtonStep(double[] residual, int[] y, int k, int K, int[] region, int J) {
        String who = "LeafValues.logLossNewtonStep";
        Checks.atLeast(who, "K", K, 3);
        if (k < 0 || k >= K) {
            throw new IllegalArgumentException(who + ": k = " + k + " is not a class in [0, " + K + ")");
        }
        return newtonStep(PseudoResiduals.indicator(who, y, k, K), residual, regions(who, residual, region, J),
                (K - 1) / (double) K);
    }

    /**
     * Returns the lower median of yᵢ − Fᵢ over each region (scikit-learn's absolute-error leaf).
     *
     * @param y      length n targets, finite (not modified)
     * @param F      length n raw predictions before the round, finite (not modified)
     * @param region length n, each in [−1, J) (not modified)
     * @param J      the number of regions, ≥ 1
     * @return length J
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if a region is out of range, or naming a NaN or infinite entry
     */
    public static double[] absoluteError(double[] y, double[] F, int[] region, int J) {
        String who = "LeafValues.absoluteError";
        double[] d = PseudoResiduals.squaredError(y, F);
        int[][] rows = regions(who, d, region, J);
        double[] value = new double[J];
        for (int j = 0; j < J; j++) {
            value[j] = rows[j].length == 0 ? 0.0 : Percentiles.lower(take(d, rows[j]), 50);
        }
        return value;
    }

    /**
     * Returns the Huber leaf value of each region: m + mean(sign(dᵢ − m)·min(|dᵢ − m|, γ)), m the lower
     * median of dᵢ = yᵢ − Fᵢ over the region (scikit-learn's Huber leaf).
     *
     * @param y      length n targets, finite (not modified)
     * @param F      length n raw predictions before the round, finite (not modified)
     * @param region length n, each in [−1, J) (not modified)
     * @param J      the number of regions, ≥ 1
     * @param gamma  the round's threshold γ ≥ 0
     * @return length J
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if a region is out of range, γ &lt; 0, or naming a NaN or infinite entry
     */
    public static double[] huber(double[] y, double[] F, int[] region, int J, double gamma) {
        String who = "LeafValues.huber";
        Checks.nonNegative(who, "gamma", gamma);
        double[] d = PseudoResiduals.squaredError(y, F);
        int[][] rows = regions(who, d, region, J);
        double[] value = new double[J];
        for (int j = 0; j < J; j++) {
            if (rows[j].length == 0) {
                continue;
            }
            double[] dj = take(d, rows[j]);
            double median = Percentiles.lower(dj, 50);
            double sum = 0.0;
            for (double v : dj) {
                double centred = v - median;
                sum += Math.signum(centred) * Math.min(Math.abs(centred), gamma);
            }
            value[j] = median + sum / dj.length;
        }
        return value;
    }

    /** The Newton step of targets y ∈ {0, 1} as doubles, with the given factor (1, or (K−1)/K), for the boosting loop. */
    static double[] newtonStep(double[] y, double[] residual, int[] region, int J, double factor) {
        return newtonStep(y, residual, regions("LeafValues.logLossNewtonStep", residual, region, J), factor);
    }

    /** factor · Σ rᵢ / Σ (yᵢ − rᵢ)(1 − yᵢ + rᵢ) per region; 0 where the denominator is below 1e-150 in size. */
    private static double[] newtonStep(double[] y, double[] residual, int[][] rows, double factor) {
        double[] value = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            double numerator = 0.0;
            double denominator = 0.0;
            for (int i : rows[j]) {
                numerator += residual[i];
                denominator += (y[i] - residual[i]) * (1.0 - y[i] + residual[i]);
            }
            numerator *= factor;
            value[j] = Math.abs(denominator) < 1e-150 ? 0.0 : numerator / denominator;
        }
        return value;
    }

    /** The rows of each region, in row order, after checking lengths, finiteness and region ids. */
    private static int[][] regions(String who, double[] values, int[] region, int J) {
        if (values.length != region.length) {
            throw new ShapeMismatchException(who + ": the values have length " + values.length + ", region has length " + region.length);
        }
        Arguments.requireFinite(who, "residual", values);
        Checks.atLeast(who, "J", J, 1);
        int[] size = new int[J];
        for (int i = 0; i < region.length; i++) {
            if (region[i] < -1 || region[i] >= J) {
                throw new IllegalArgumentException(who + ": region[" + i + "] = " + region[i] + " is not in [−1, " + J + ")");
            }
            if (region[i] >= 0) {
                size[region[i]]++;
            }
        }
        int[][] rows = new int[J][];
        for (int j = 0; j < J; j++) {
            rows[j] = new int[size[j]];
            size[j] = 0;
        }
        for (int i = 0; i < region.length; i++) {
            if (region[i] >= 0) {
                rows[region[i]][size[region[i]]++] = i;
            }
        }
        return rows;
    }

    private static double[] take(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = values[rows[k]];
        }
        return out;
    }
}
