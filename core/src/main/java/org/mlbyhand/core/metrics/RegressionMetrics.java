package org.mlbyhand.core.metrics;

import org.mlbyhand.core.linalg.Arguments;

/**
 * How close predictions ŷ come to targets y (scikit-learn's {@code mean_squared_error},
 * {@code mean_absolute_error}, {@code r2_score}):
 * <pre>{@code
 *   MSE = (1/n)·Σᵢ (yᵢ − ŷᵢ)²
 *   MAE = (1/n)·Σᵢ |yᵢ − ŷᵢ|
 *   R²  = 1 − Σᵢ(yᵢ − ŷᵢ)² / Σᵢ(yᵢ − ȳ)²        1 for a perfect fit, 0 for predicting ȳ, &lt; 0 for worse
 * }</pre>
 * R² is undefined when y is constant (Σ(yᵢ − ȳ)² = 0); like scikit-learn (force_finite) it is then 1 if
 * the predictions are exact and 0 otherwise. Every input must be finite and non-empty, of equal lengths.
 * Accuracy: each is a plain sum, exact to about n·u relative.
 */
public final class RegressionMetrics {
    private RegressionMetrics() {
    }

    /**
     * Returns the mean squared error (1/n)·Σ(yᵢ − ŷᵢ)².
     *
     * @param yTrue length n ≥ 1, finite (not modified)
     * @param yPred length n, finite (not modified)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0 or an entry is NaN or infinite
     */
    public static double meanSquaredError(double[] yTrue, double[] yPred) {
        check("meanSquaredError", yTrue, yPred);
        return sumOfSquares(yTrue, yPred) / yTrue.length;
    }

    /**
     * Returns the mean absolute error (1/n)·Σ|yᵢ − ŷᵢ|.
     *
     * @param yTrue length n ≥ 1, finite (not modified)
     * @param yPred length n, finite (not modified)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0 or an entry is NaN or infinite
     */
    public static double meanAbsoluteError(double[] yTrue, double[] yPred) {
        check("meanAbsoluteError", yTrue, yPred);
        double sum = 0.0;
        for (int i = 0; i < yTrue.length; i++) {
            sum += Math.abs(yTrue[i] - yPred[i]);
        }
        return sum / yTrue.length;
    }

    /**
     * Returns the coefficient of determination R² = 1 − SS_res/SS_tot (see the class comment for a
     * constant yTrue).
     *
     * @param yTrue length n ≥ 1, finite (not modified)
     * @param yPred length n, finite (not modified)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0 or an entry is NaN or infinite
     */
    public static double r2Score(double[] yTrue, double[] yPred) {
        check("r2Score", yTrue, yPred);
        double mean = 0.0;
        for (double v : yTrue) {
            mean += v;
        }
        mean /= yTrue.length;
        double total = 0.0;
        for (double v : yTrue) {
            total += (v - mean) * (v - mean);
        }
        double residual = sumOfSquares(yTrue, yPred);
        if (total == 0.0) {
            return residual == 0.0 ? 1.0 : 0.0;
        }
        return 1.0 - residual / total;
    }

    private static double sumOfSquares(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }

    private static void check(String who, double[] yTrue, double[] yPred) {
        Checks.sameLength(who, "yTrue", yTrue.length, "yPred", yPred.length);
        Arguments.requireFinite(who, "yTrue", yTrue);
        Arguments.requireFinite(who, "yPred", yPred);
    }
}
