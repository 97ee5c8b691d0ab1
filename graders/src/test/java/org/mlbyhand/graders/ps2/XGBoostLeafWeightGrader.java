package org.mlbyhand.graders.ps2;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.mlbyhand.core.ensemble.RegularizedObjective;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code XGBoostLeafWeight}: w* = −Σgᵢ/(Σhᵢ + λ), against core's
 * {@link RegularizedObjective#leafWeight} on the sums. Two sums and a division, in any order, hence
 * {@link Tolerance#ROUNDOFF} relative to w*; the random leaves keep |G| ≥ {@value #MIN_G_SHARE}·Σ|gᵢ|
 * (or all gᵢ = 0), so that G itself, and so w*, never cancels to a few ulps of its terms, where another
 * summation order would differ by more than round-off of the answer. Gradients are drawn from the
 * eighths of [−2, 2]; hessians are all 1 (squared error) or in the 32nds of (0, ¼] (log-loss).
 */
public final class XGBoostLeafWeightGrader extends Grader<XGBoostLeafWeightGrader.LeafWeight> {
    static final double MIN_G_SHARE = 1e-2;
    private static final CaseGen SQUARED_ERROR = leaves(rng -> 1.0);
    private static final CaseGen LOG_LOSS = leaves(rng -> rng.nextInt(1, 8) / 32.0);

    /** The exercise's signature: {@code leafWeight(g, h, lambda)}. */
    @FunctionalInterface
    public interface LeafWeight {
        /** Returns −Σg/(Σh + λ). */
        double leafWeight(double[] g, double[] h, double lambda);
    }

    @Override
    public Exercise exercise() {
        return exercise(110, "xgb-leaf", "XGBoost leaf weight", 10);
    }

    @Override
    public LeafWeight reference() {
        return (g, h, lambda) -> {
            if (g.length != h.length) {
                throw new ShapeMismatchException("g has length " + g.length + ", h has length " + h.length);
            }
            return RegularizedObjective.leafWeight(NewtonInputs.sum(g), NewtonInputs.sum(h), lambda);
        };
    }

    @Override
    public List<Bug<LeafWeight>> bugs() {
        return XGBoostLeafWeightBugs.ALL;
    }

    @Override
    public List<Alternative<LeafWeight>> alternatives() {
        return XGBoostLeafWeightAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(RegularizedObjective.class));
    }

    @Override
    public Object call(LeafWeight w, Case c) {
        return w.leafWeight(c.vector("g"), c.vector("h"), c.scalar("lambda"));
    }

    @Override
    public String output() {
        return "w*";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("squared error, λ = 0: residuals g = ŷ − y = [1, 2, 3], h = [1, 1, 1] give w* = −6/3 = −2, minus"
                        + " the mean residual", leaf(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 0), Tolerance.ROUNDOFF)
                .agrees("λ = 1 shrinks it towards 0: w* = −6/(3 + 1) = −1.5",
                        leaf(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 1), Tolerance.ROUNDOFF)
                .agrees("log-loss at p = ½, ¼, ¾ with y = 1, 0, 1: g = p − y = [−½, ¼, −¼], h = p(1 − p) = [¼, 3/16,"
                                + " 3/16]; λ = 1 gives w* = ½/(⅝ + 1) = 4/13",
                        leaf(new double[] {-0.5, 0.25, -0.25}, new double[] {0.25, 0.1875, 0.1875}, 1),
                        Tolerance.ROUNDOFF)
                .agrees("gradients that cancel: g = [½, −½], h = [¼, ¼], λ = 1 give w* = 0",
                        leaf(new double[] {0.5, -0.5}, new double[] {0.25, 0.25}, 1), Tolerance.ROUNDOFF)
                .agrees("one row, λ = 1: g = [2], h = [1] give −2/(1 + 1) = −1",
                        leaf(new double[] {2}, new double[] {1}, 1), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random squared-error leaves (hᵢ = 1)", SQUARED_ERROR,
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random log-loss leaves (hᵢ ≤ ¼)", LOG_LOSS, Tolerance.ROUNDOFF)
                .holds("w* is where the derivative of G·w + ½(H + λ)·w² vanishes: (H + λ)·w* = −G", LOG_LOSS,
                        XGBoostLeafWeightGrader::stationary)
                .rejects("rejects g and h of different lengths",
                        leaf(new double[] {1, 2}, new double[] {1}, 1), ShapeMismatchException.class)
                .rejects("rejects a leaf without curvature: h = [0, 0], λ = 0",
                        leaf(new double[] {1, 2}, new double[] {0, 0}, 0), IllegalArgumentException.class)
                .rejects("rejects a negative λ: λ = −1",
                        leaf(new double[] {1, 2}, new double[] {1, 1}, -1), IllegalArgumentException.class)
                .rejects("rejects a NaN gradient",
                        leaf(new double[] {1, Double.NaN}, new double[] {1, 1}, 1), IllegalArgumentException.class)
                .rejects("rejects λ = +∞",
                        leaf(new double[] {1, 2}, new double[] {1, 1}, Double.POSITIVE_INFINITY),
                        IllegalArgumentException.class);
    }

    private static void stationary(Case c, Invariant.Run run) {
        Object result = run.on(c);
        Expect.that(result instanceof Double, "your code must return a double.");
        double w = (Double) result;
        double G = NewtonInputs.sum(c.vector("g"));
        double H = NewtonInputs.sum(c.vector("h"));
        double lambda = c.scalar("lambda");
        Expect.close("(H + λ)·w* with H + λ = " + MatrixFormat.number(H + lambda) + " and your w* = "
                + MatrixFormat.number(w) + ", which must be −G = " + MatrixFormat.number(-G), -G, (H + lambda) * w,
                Tolerance.ROUNDOFF);
    }

    /** n ∈ [1, 8] rows, gᵢ in the eighths of [−2, 2], hᵢ drawn by {@code hessian}, λ ∈ [0, 2]. */
    private static CaseGen leaves(ToDoubleFunction<Rng> hessian) {
        return CaseGen.create().dim("n", 1, 8).vector("g", "n", rng -> rng.nextInt(-16, 16) / 8.0)
                .vector("h", "n", hessian).scalar("lambda", 0, 2)
                .require("hessians are ≥ 0 and H + λ ≥ 0.01: a leaf with curvature", c -> {
                    double H = 0.0;
                    for (double v : c.vector("h")) {
                        if (v < 0) {
                            return false;
                        }
                        H += v;
                    }
                    return H + c.scalar("lambda") >= 0.01;
                })
                .require("G does not cancel: |Σgᵢ| ≥ " + MIN_G_SHARE + "·Σ|gᵢ|, or every gᵢ = 0", c -> {
                    double G = 0.0;
                    double size = 0.0;
                    for (double v : c.vector("g")) {
                        G += v;
                        size += Math.abs(v);
                    }
                    return size == 0.0 || Math.abs(G) >= MIN_G_SHARE * size;
                });
    }

    private static Case leaf(double[] g, double[] h, double lambda) {
        return Case.of("g", g, "h", h, "lambda", lambda);
    }
}
