package org.mlbyhand.core.svm;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The kernel coefficient γ as scikit-learn's {@code SVC(gamma=...)} states it: a rule applied to the
 * training matrix X (n×p) at fit time, or a number.
 * <pre>{@code
 *   scale (default)   γ = 1 / (p · Var(X))     Var(X) = (1/(n·p))·Σᵢⱼ (Xᵢⱼ − X̄)²,  X̄ the mean of ALL n·p entries
 *                                              (numpy's X.var(): population variance of the flattened matrix);
 *                                              γ = 1 when Var(X) = 0
 *   auto              γ = 1 / p
 *   of(value)         γ = value ≥ 0
 * }</pre>
 * "scale" keeps γ·‖x − z‖² of order one whatever the units of X: for standardized features Var(X) = 1
 * and "scale" equals "auto". Note that the variance is of all entries together, not per column.
 *
 * <p>Immutable; {@link #resolve} does not keep X.
 */
public final class Gamma {
    private enum Rule { SCALE, AUTO, VALUE }

    private static final Gamma SCALE = new Gamma(Rule.SCALE, Double.NaN);
    private static final Gamma AUTO = new Gamma(Rule.AUTO, Double.NaN);

    private final Rule rule;
    private final double value;

    private Gamma(Rule rule, double value) {
        this.rule = rule;
        this.value = value;
    }

    /** Returns the rule γ = 1/(p·Var(X)), scikit-learn's default {@code gamma='scale'}. */
    public static Gamma scale() {
        return SCALE;
    }

    /** Returns the rule γ = 1/p, scikit-learn's {@code gamma='auto'}. */
    public static Gamma auto() {
        return AUTO;
    }

    /**
     * Returns the fixed γ = value.
     *
     * @throws IllegalArgumentException if value is negative, NaN or infinite
     */
    public static Gamma of(double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Gamma.of: gamma must be finite and ≥ 0, got " + value);
        }
        return new Gamma(Rule.VALUE, value);
    }

    /**
     * Returns γ for the training matrix X (class comment). Accuracy: "scale" sums in two passes, left to
     * right; it agrees with numpy's pairwise sums to a few ulps.
     *
     * @param X n×p, n, p ≥ 1, finite (not modified)
     */
    public double resolve(Matrix X) {
        switch (rule) {
            case AUTO:
                return 1.0 / X.cols();
            case VALUE:
                return value;
            default:
                double variance = variance(X.toRowMajorArray());
                return variance != 0.0 ? 1.0 / (X.cols() * variance) : 1.0;
        }
    }

    /** Population variance of all entries: mean first, then the mean squared deviation. */
    private static double variance(double[] entries) {
        double sum = 0.0;
        for (double v : entries) {
            sum += v;
        }
        double mean = sum / entries.length;
        double squares = 0.0;
        for (double v : entries) {
            squares += (v - mean) * (v - mean);
        }
        return squares / entries.length;
    }

    /** Returns {@code "scale"}, {@code "auto"} or the number, as scikit-learn's parameter reads. */
    @Override
    public String toString() {
        return rule == Rule.VALUE ? String.valueOf(value) : rule.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gamma g && g.rule == rule && Double.compare(g.value, value) == 0;
    }

    @Override
    public int hashCode() {
        return rule.hashCode() * 31 + Double.hashCode(value);
    }
}
