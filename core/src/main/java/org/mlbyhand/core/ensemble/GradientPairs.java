package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * One boosting round's gradient pairs (gᵢ, hᵢ): the first and second derivatives of each row's loss
 * with respect to its current prediction ŷᵢ (the margin, before any link function),
 * <pre>{@code
 *   gᵢ = ∂l(yᵢ, ŷ)/∂ŷ,   hᵢ = ∂²l(yᵢ, ŷ)/∂ŷ²     at ŷ = ŷᵢ, the sum of the base score and the trees so far
 *
 *   reg:squarederror   l = ½(ŷ − y)²                          g = ŷ − y,      h = 1
 *   binary:logistic    l = log(1 + e^ŷ) − y·ŷ,  p = σ(ŷ)       g = p − y,      h = p(1 − p)
 * }</pre>
 * The names are XGBoost's objectives. The loss is per row and not averaged (so h = 1, not 2/n), and the
 * logistic one is the log-loss of the margin ŷ, whose probability is p = σ(ŷ). The next tree is then
 * fitted to these pairs through {@link RegularizedObjective}: g says which way each row's prediction
 * should move, h how sure the loss is about the step.
 *
 * <p><b>XGBoost.</b> XGBoost computes both in float32 and floors the logistic hessian at 1e-16;
 * these are computed in double, with p(1 − p) as σ(ŷ)·σ(−ŷ) so that it keeps its digits where p rounds
 * to 1 (|ŷ| &gt; 17 in float32, 37 in double).
 */
public final class GradientPairs {
    private GradientPairs() {
    }

    /**
     * Returns the gradients of the squared error, gᵢ = ŷᵢ − yᵢ (exact up to one rounding).
     *
     * @param y    length n targets, finite (not modified)
     * @param yHat length n current predictions, finite (not modified)
     * @return a new array of length n
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException naming the first NaN or infinite entry
     */
    public static double[] squaredErrorGradient(double[] y, double[] yHat) {
        check("squaredErrorGradient", y, yHat);
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            g[i] = yHat[i] - y[i];
        }
        return g;
    }

    /**
     * Returns the hessians of the squared error, hᵢ = 1 for every row (the loss is a parabola).
     *
     * @param y    length n targets, finite (not modified)
     * @param yHat length n current predictions, finite (not modified)
     * @return a new array of n ones
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException naming the first NaN or infinite entry
     */
    public static double[] squaredErrorHessian(double[] y, double[] yHat) {
        check("squaredErrorHessian", y, yHat);
        double[] h = new double[y.length];
        java.util.Arrays.fill(h, 1.0);
        return h;
    }

    /**
     * Returns the gradients of the log-loss at the margins, gᵢ = σ(ŷᵢ) − yᵢ, in [−1, 1].
     *
     * @param y      length n labels, each 0 or 1 (not modified)
     * @param margin length n current margins (log-odds), finite (not modified)
     * @return a new array of length n
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if a label is not 0 or 1, or a margin is NaN or infinite (named)
     */
    public static double[] logisticGradient(int[] y, double[] margin) {
        checkBinary("logisticGradient", y, margin);
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            g[i] = Activations.sigmoid(margin[i]) - y[i];
        }
        return g;
    }

    /**
     * Returns the hessians of the log-loss at the margins, hᵢ = σ(ŷᵢ)(1 − σ(ŷᵢ)) = σ(ŷᵢ)·σ(−ŷᵢ), in
     * (0, ¼]: largest where the model is unsure (ŷ = 0), tiny where it is confident. They do not depend
     * on the labels. Accuracy: a few ulps relative, also where σ(ŷᵢ) rounds to 1.
     *
     * @param y      length n labels, each 0 or 1 (not modified; checked, so that both derivatives
     *               take the same arguments)
     * @param margin length n current margins, finite (not modified)
     * @return a new array of length n
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if a label is not 0 or 1, or a margin is NaN or infinite (named)
     */
    public static double[] logisticHessian(int[] y, double[] margin) {
        checkBinary("logisticHessian", y, margin);
        double[] h = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            h[i] = Activations.sigmoid(margin[i]) * Activations.sigmoid(-margin[i]);
        }
        return h;
    }

    private static void check(String op, double[] y, double[] yHat) {
        if (y.length != yHat.length) {
            throw new ShapeMismatchException(op + ": y has length " + y.length + ", yHat has length " + yHat.length);
        }
        Arguments.requireFinite(op, "y", y);
        Arguments.requireFinite(op, "yHat", yHat);
    }

    private static void checkBinary(String op, int[] y, double[] margin) {
        if (y.length != margin.length) {
            throw new ShapeMismatchException(op + ": y has length " + y.length + ", margin has length " + margin.length);
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException(op + ": y[" + i + "] = " + y[i] + " is not a binary label; labels are 0 and 1");
            }
        }
        Arguments.requireFinite(op, "margin", margin);
    }
}
