package org.mlbyhand.graders.ps1;

import java.util.Locale;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Tolerance;

/**
 * The optimality (KKT) condition of the lasso for one coefficient, the reference-free check of the
 * lasso exercises. With r the residual and x the coefficient's column (centred when there is an
 * intercept), wⱼ minimises 1/(2n)·‖r + x·wⱼ − x·v‖² + α|v| over v exactly when
 * <pre>{@code
 *   g = (1/n)·xᵀr = α·sign(wⱼ)     if wⱼ ≠ 0
 *   |g| ≤ α                        if wⱼ = 0
 * }</pre>
 * Both sides are compared within a tolerance relative to the size of the terms that make up g,
 * (1/n)·Σᵢ |xᵢ|·mᵢ + α, where mᵢ bounds the terms of rᵢ (|yᵢ| + Σₖ |xᵢₖ·wₖ| + |b|): that is the scale
 * of g's rounding error, so the check is as strict as arithmetic allows.
 */
final class LassoConditions {
    private LassoConditions() {
    }

    /**
     * Demands the condition above for coefficient {@code j}.
     *
     * @param x         the coefficient's column, length n
     * @param r         the residual, length n
     * @param magnitude mᵢ, the size of the terms of rᵢ, length n
     * @param wj        the coefficient
     * @param tolerance relative to (1/n)·Σᵢ |xᵢ|·mᵢ + α
     * @param context   what was checked, for the message: {@code "after your sweep"}
     */
    static void expectOptimal(int j, double[] x, double[] r, double[] magnitude, double wj, double alpha,
            Tolerance tolerance, String context) {
        int n = x.length;
        double g = 0.0;
        double scale = 0.0;
        for (int i = 0; i < n; i++) {
            g += x[i] * r[i];
            scale += Math.abs(x[i]) * magnitude[i];
        }
        g /= n;
        double allowed = tolerance.relative() * (scale / n + alpha);
        String values = String.format(Locale.ROOT, "(1/n)·x%sᵀ·r = %s with w[%d] = %s and α = %s (allowed error %s)",
                subscript(j), MatrixFormat.number(g), j, MatrixFormat.number(wj), MatrixFormat.number(alpha),
                MatrixFormat.number(allowed));
        if (wj == 0.0) {
            Expect.that(Math.abs(g) <= alpha + allowed, context + ", w[" + j + "] = 0 is not optimal: a zero"
                    + " coefficient needs |(1/n)·xⱼᵀr| ≤ α (otherwise moving it off 0 lowers the objective), but "
                    + values + ".");
        } else {
            Expect.that(Math.abs(g - alpha * Math.signum(wj)) <= allowed, context + ", w[" + j + "] is not optimal:"
                    + " a non-zero coefficient needs (1/n)·xⱼᵀr = α·sign(wⱼ) (the derivative of the objective in"
                    + " wⱼ is 0), but " + values + ".");
        }
    }

    private static String subscript(int j) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(j).toCharArray()) {
            s.append((char) ('₀' + (c - '0')));
        }
        return s.toString();
    }
}
