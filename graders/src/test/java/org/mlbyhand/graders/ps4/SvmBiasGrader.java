package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.svm.Smo;
import org.mlbyhand.core.svm.Svc;
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
 * Grades {@code SvmBias}: b = −(1/|F|)·Σ_F yᵢGᵢ over the free αᵢ, or (m + M)/2 with none free, against
 * −{@link Smo#bias} (libsvm's rho is −b). An average can cancel to nearly 0, where two correct orders of
 * summation disagree in relative terms; random states keep |Σ_F yᵢGᵢ| ≥ {@value #MIN_SUM_RATIO}·Σ_F |yᵢGᵢ|
 * (and |m + M| likewise), and are drawn with both sets U and L non-empty when nothing is free (so that b
 * is finite, as at any real solution with both classes).
 *
 * <p>The reference-free checks: b lies between M(α) and m(α), the interval of intercepts the KKT
 * conditions allow (every free αᵢ has M ≤ −yᵢGᵢ ≤ m); with no free αᵢ, b is its midpoint; and at a solution
 * of core's SMO every free support vector is on its margin with the learner's b: |yᵢf(xᵢ) − 1| =
 * |Gᵢ + yᵢb| ≤ m − M (below tol).
 */
public final class SvmBiasGrader extends Grader<SvmBiasGrader.Bias> {
    /** The smallest |Σ terms| / Σ |terms| of a random case's average (or midpoint). */
    static final double MIN_SUM_RATIO = 1e-2;

    private static final CaseGen STATES = DualCases.states(1, 6)
            .require("b is finite: with no free αᵢ, U and L are both non-empty", SvmBiasGrader::finiteMidpoint)
            .require("the average (or the midpoint) does not cancel to nearly 0", SvmBiasGrader::noCancellation);
    /** States with no free αᵢ: every α at 0 or C. */
    private static final CaseGen BOUNDED = STATES.require("no αᵢ is free", c -> free(c) == 0);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Bias {
        /** Returns b; no argument is modified. */
        double intercept(double[] alpha, double[] G, int[] y, double C);
    }

    @Override
    public Exercise exercise() {
        return exercise(90, "svm-bias", "Bias from free support vectors", 10);
    }

    @Override
    public Bias reference() {
        return (alpha, G, y, C) -> -Smo.bias(alpha, G, y, C);
    }

    @Override
    public List<Bug<Bias>> bugs() {
        return SvmBiasBugs.ALL;
    }

    @Override
    public List<Alternative<Bias>> alternatives() {
        return SvmBiasAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Smo.class), Forbidden.type(Svc.class));
    }

    @Override
    public Object call(Bias f, Case c) {
        return f.intercept(c.vector("alpha"), c.vector("G"), c.get("y", int[].class), c.get("C", Double.class));
    }

    @Override
    public String output() {
        return "b";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("two free support vectors: α = [0.5, 0.25, 1], y = [1, −1, 1], G = [0.5, 0.25, 0.75], C = 1:"
                                + " yG = [0.5, −0.25] on F = {0, 1}, so b = −0.125; the bounded α₂ = C is left out",
                        state(new double[] {0.5, 0.25, 1}, new double[] {0.5, 0.25, 0.75}, new int[] {1, -1, 1}, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("one free support vector: α = [0, 0.5, 1], y = [1, −1, −1], G = [0.5, 0.25, −1], C = 1:"
                                + " b = −y₁G₁ = 0.25",
                        state(new double[] {0, 0.5, 1}, new double[] {0.5, 0.25, -1}, new int[] {1, -1, -1}, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("no free support vector: α = [0, 1, 0, 1], y = [1, 1, −1, −1], G = [0.5, −0.75, 1, −2], C = 1:"
                                + " m = max(−0.5, −2) = −0.5 over U = {0, 3}, M = min(0.75, 1) = 0.75 over L = {1, 2},"
                                + " b = (m + M)/2 = 0.125",
                        state(new double[] {0, 1, 0, 1}, new double[] {0.5, -0.75, 1, -2}, new int[] {1, 1, -1, -1}, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("C large: nothing at the upper bound, every αᵢ > 0 is free: α = [2, 3, 0], y = [1, −1, 1],"
                                + " G = [0.25, 0.75, 1], C = 100: b = −(0.25 − 0.75)/2 = 0.25",
                        state(new double[] {2, 3, 0}, new double[] {0.25, 0.75, 1}, new int[] {1, -1, 1}, 100.0),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random states, many α at 0 or C", STATES, Tolerance.ROUNDOFF)
                .holds("M(α) ≤ b ≤ m(α): b lies in the interval of intercepts the KKT conditions allow", STATES,
                        SvmBiasGrader::inTheInterval)
                .holds("with no free αᵢ, b is the middle of that interval, (m + M)/2", BOUNDED, SvmBiasGrader::midpoint)
                .holds("at a solution of core's SMO (tol 1e-3, 30 moons, C = 1) every free support vector is on its"
                        + " margin: |yᵢf(xᵢ) − 1| = |Gᵢ + yᵢb| ≤ m − M", DualCases.solved(3, 30, 1.0),
                        SvmBiasGrader::onTheMargin)
                .holds("at a solution of core's SMO with C = 0.1 (few free support vectors), the same",
                        DualCases.solved(5, 30, 0.1), SvmBiasGrader::onTheMargin)
                .rejects("rejects G of the wrong length: α and y have length 2, G has length 3",
                        state(new double[] {0.5, 0.5}, new double[] {-1, -1, -1}, new int[] {1, -1}, 1.0),
                        ShapeMismatchException.class);
    }

    private static void inTheInterval(Case c, Invariant.Run run) {
        double[] alpha = c.vector("alpha");
        double[] G = c.vector("G");
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        double b = (Double) run.on(c);
        double m = DualCases.m(alpha, G, y, C);
        double M = DualCases.M(alpha, G, y, C);
        double lo = Math.min(m, M);
        double hi = Math.max(m, M);
        double slack = Tolerance.ROUNDOFF.relative() * Math.max(Math.abs(lo), Math.abs(hi));
        Expect.that(b >= lo - slack && b <= hi + slack, "b = " + MatrixFormat.number(b) + " is outside [M, m] = ["
                + MatrixFormat.number(M) + ", " + MatrixFormat.number(m) + "]: every free αᵢ has M ≤ −yᵢGᵢ ≤ m (it is in"
                + " both I_up and I_low), so their average is in between, and so is the midpoint used when none is free."
                + " (−yG = " + MatrixFormat.format(minusYG(G, y)) + ")");
    }

    private static void midpoint(Case c, Invariant.Run run) {
        double[] alpha = c.vector("alpha");
        double[] G = c.vector("G");
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        double m = DualCases.m(alpha, G, y, C);
        double M = DualCases.M(alpha, G, y, C);
        Expect.close("b with no free αᵢ, which must be (m + M)/2 with m = " + MatrixFormat.number(m) + " and M = "
                + MatrixFormat.number(M), (m + M) / 2, run.on(c), Tolerance.ROUNDOFF);
    }

    private static void onTheMargin(Case c, Invariant.Run run) {
        double[] alpha = c.vector("alpha");
        double[] G = c.vector("G");
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        double b = (Double) run.on(c);
        double gap = Math.max(0.0, DualCases.m(alpha, G, y, C) - DualCases.M(alpha, G, y, C));
        for (int i = 0; i < alpha.length; i++) {
            if (alpha[i] > 0 && alpha[i] < C) {
                double off = G[i] + y[i] * b;
                Expect.that(Math.abs(off) <= gap + 1e-12, "the free support vector " + i + " (α = "
                        + MatrixFormat.number(alpha[i]) + ", y = " + y[i] + ") is off its margin by yᵢf(xᵢ) − 1 = Gᵢ + yᵢb = "
                        + MatrixFormat.number(off) + " with your b = " + MatrixFormat.number(b) + ", more than the KKT gap "
                        + MatrixFormat.number(gap) + " allows.");
            }
        }
    }

    private static int free(Case c) {
        double C = c.get("C", Double.class);
        int free = 0;
        for (double a : c.vector("alpha")) {
            free += a > 0 && a < C ? 1 : 0;
        }
        return free;
    }

    private static boolean finiteMidpoint(Case c) {
        double[] alpha = c.vector("alpha");
        double[] G = c.vector("G");
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        return free(c) > 0 || (Double.isFinite(DualCases.m(alpha, G, y, C)) && Double.isFinite(DualCases.M(alpha, G, y, C)));
    }

    private static boolean noCancellation(Case c) {
        double[] alpha = c.vector("alpha");
        double[] G = c.vector("G");
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        if (free(c) == 0) {
            double m = DualCases.m(alpha, G, y, C);
            double M = DualCases.M(alpha, G, y, C);
            return Math.abs(m + M) >= MIN_SUM_RATIO * (Math.abs(m) + Math.abs(M));
        }
        double sum = 0.0;
        double size = 0.0;
        for (int i = 0; i < alpha.length; i++) {
            if (alpha[i] > 0 && alpha[i] < C) {
                sum += y[i] * G[i];
                size += Math.abs(G[i]);
            }
        }
        return Math.abs(sum) >= MIN_SUM_RATIO * size;
    }

    private static double[] minusYG(double[] G, int[] y) {
        double[] v = new double[G.length];
        for (int t = 0; t < v.length; t++) {
            v[t] = -y[t] * G[t];
        }
        return v;
    }

    static Case state(double[] alpha, double[] G, int[] y, double C) {
        return Case.of("alpha", alpha, "G", G, "y", y, "C", C);
    }
}
