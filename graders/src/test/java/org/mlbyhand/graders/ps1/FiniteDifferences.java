package org.mlbyhand.graders.ps1;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.grading.Expect;

/**
 * The reference-free check of a hand-derived gradient: central finite differences of the loss,
 * <pre>{@code
 *   ∂L/∂θᵢ ≈ (L(θ + hᵢ·eᵢ) − L(θ − hᵢ·eᵢ)) / (2·hᵢ),     hᵢ = STEP · max(1, |θᵢ|)
 * }</pre>
 * whose error is O(h²·L‴) from truncation plus O(ε·|L|/h) from round-off, about 1e-10 here, so a
 * correct gradient agrees to {@value #AGREEMENT} relative to the gradient's largest entry (or to 1).
 */
final class FiniteDifferences {
    /** The relative step h. */
    static final double STEP = 1e-5;
    /** How closely an analytic gradient must match the differences, relative to max(1, ‖∇L‖∞). */
    static final double AGREEMENT = 1e-6;

    private FiniteDifferences() {
    }

    /** Returns the scores of a linear model, z = X·w + b (X n×p and w length p, not modified). */
    static double[] scores(Matrix X, double[] w, double b) {
        double[] z = X.multiply(w);
        for (int i = 0; i < z.length; i++) {
            z[i] += b;
        }
        return z;
    }

    /**
     * Demands that {@code result}, the learner's gradient at (w, b) of L(w, b) = loss(X·w + b), is a
     * {@link LinearGradient} that agrees with the central differences of L there.
     *
     * @param lossName the loss as the learner knows it, for messages: {@code "mse(y, X·w + b)"}
     * @param loss     the loss as a function of the scores z = X·w + b (on fixed labels or targets)
     */
    static void expectGradient(String lossName, Matrix X, ToDoubleFunction<double[]> loss, double[] w, double b,
            Object result) {
        Expect.that(result instanceof LinearGradient, "your code must return a LinearGradient(dw, db).");
        LinearGradient g = (LinearGradient) result;
        Expect.that(g.dw() != null && g.dw().length == w.length,
                "dw must have one entry per feature (" + w.length + ").");
        double[] dw = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            double h = step(w[j]);
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[j] += h;
            minus[j] -= h;
            double rise = loss.applyAsDouble(scores(X, plus, b)) - loss.applyAsDouble(scores(X, minus, b));
            dw[j] = rise / (plus[j] - minus[j]);
        }
        double h = step(b);
        double rise = loss.applyAsDouble(scores(X, w, b + h)) - loss.applyAsDouble(scores(X, w, b - h));
        double db = rise / ((b + h) - (b - h));
        double scale = Math.max(1.0, Math.abs(db));
        for (double d : dw) {
            scale = Math.max(scale, Math.abs(d));
        }
        double allowed = AGREEMENT * scale;
        for (int j = 0; j < w.length; j++) {
            expectEntry(lossName, "dw[" + j + "]", "w[" + j + "]", dw[j], g.dw()[j], allowed);
        }
        expectEntry(lossName, "db", "b", db, g.db(), allowed);
    }

    private static void expectEntry(String lossName, String entry, String parameter, double numeric, double analytic,
            double allowed) {
        Expect.that(Math.abs(analytic - numeric) <= allowed, String.format(Locale.ROOT,
                "%s = %s, but nudging %s changes %s at the rate %s (central finite differences):"
                        + " %s must be the derivative of the loss you were given\n  (allowed difference %s)",
                entry, MatrixFormat.number(analytic), parameter, lossName, MatrixFormat.number(numeric), entry,
                MatrixFormat.number(allowed)));
    }

    private static double step(double x) {
        return STEP * Math.max(1.0, Math.abs(x));
    }
}
