package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.svm.Smo;
import org.mlbyhand.core.svm.Svc;
import org.mlbyhand.core.svm.WorkingSet;
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
 * Grades {@code SmoPairUpdate}: one SMO step on (i, j), against core's {@link Smo#updatePair} with
 * η = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ from the case's K, in double precision (core's solver rounds Q to float; this
 * exercise is the step, not the solver, so nothing here is rounded). libsvm's form of the step (the
 * gradient, and the variable that meets its bound set to it exactly) and Platt's (the errors, αⱼ clipped
 * to [L, H], then αᵢ from the line) are the same map up to round-off on the scale of C: compared as the
 * whole vector α', within {@link Tolerance#ROUNDOFF}.
 *
 * <p>Random states ({@link DualCases}) put many αₜ at 0 or C, take G independent of α and keep η at
 * least {@value #MIN_CURVATURE} of Kᵢᵢ + Kⱼⱼ (equal points, η = 0, are hand-picked cases); the
 * reference-free checks take G = Qα − e instead, so that the step means what it says: Σ yₜαₜ and every
 * other αₜ unchanged, 0 ≤ α' ≤ C, the dual f(α) = ½αᵀQα − eᵀα not increased, and either a variable of the
 * pair at a bound or the pair at the minimum along its line (Eᵢ' = Eⱼ', i.e. yᵢGᵢ' = yⱼGⱼ').
 */
public final class SmoPairUpdateGrader extends Grader<SmoPairUpdateGrader.PairUpdate> {
    /**
     * The smallest η/(Kᵢᵢ + Kⱼⱼ) of a random case. η is a difference of kernel values, so two correct
     * orders of computing it differ by about ε·(Kᵢᵢ + Kⱼⱼ); an unclipped step divides by it. Points closer
     * than this (η = 0 included) are hand-picked cases.
     */
    static final double MIN_CURVATURE = 1e-2;

    private static final CaseGen STEPS = DualCases.withKernelMatrix(DualCases.states(2, 5))
            .integer("i", 0, 4).integer("j", 0, 4)
            .require("i and j are two different rows", c -> c.integer("i") != c.integer("j")
                    && c.integer("i") < c.dim("l") && c.integer("j") < c.dim("l"))
            .require("xᵢ and xⱼ are not nearly one point: η ≥ " + MIN_CURVATURE + "·(Kᵢᵢ + Kⱼⱼ)",
                    SmoPairUpdateGrader::curved);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface PairUpdate {
        /** Returns α after the step on (i, j); no argument is modified. */
        double[] update(double[] alpha, double[] G, int[] y, Matrix K, int i, int j, double C);
    }

    @Override
    public Exercise exercise() {
        return exercise(70, "smo-pair", "SMO step: clip to L and H", 15);
    }

    @Override
    public PairUpdate reference() {
        return SmoPairUpdateGrader::update;
    }

    @Override
    public List<Bug<PairUpdate>> bugs() {
        return SmoPairUpdateBugs.ALL;
    }

    @Override
    public List<Alternative<PairUpdate>> alternatives() {
        return SmoPairUpdateAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Smo.class), Forbidden.type(WorkingSet.class), Forbidden.type(Svc.class));
    }

    @Override
    public Object call(PairUpdate f, Case c) {
        return f.update(c.vector("alpha"), c.vector("G"), c.get("y", int[].class), c.matrix("K"), c.integer("i"),
                c.integer("j"), c.get("C", Double.class));
    }

    @Override
    public String output() {
        return "α'";
    }

    @Override
    public void declare(Checks checks) {
        Matrix identity = Matrix.identity(2);
        Matrix equalPoints = Matrix.of(new double[][] {{1, 1}, {1, 1}});
        checks.agrees("different labels, inside the box: K = I, y = [1, −1], α = [0.5, 0.5], G = [−1, −1], C = 2:"
                                + " η = 2, αⱼ' = 0.5 + (−1)(−2)/2 = 1.5, αᵢ' = 1.5",
                        pair(new double[] {0.5, 0.5}, new double[] {-1, -1}, new int[] {1, -1}, identity, 0, 1, 2.0),
                        Tolerance.ROUNDOFF)
                .agrees("different labels, αᵢ < αⱼ: K = I, y = [1, −1], α = [0.25, 0.75], G = [−0.2, −0.1], C = 1:"
                                + " [L, H] = [αⱼ − αᵢ, C] = [0.5, 1], αⱼ' = 0.75 + 0.3/2 = 0.9 inside it, αᵢ' = 0.4",
                        pair(new double[] {0.25, 0.75}, new double[] {-0.2, -0.1}, new int[] {1, -1}, identity, 0, 1, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("different labels, clipped: α = [0.5, 0.25], C = 1 (K, y, G as before): αⱼ' = 1.25 > H ="
                                + " min(C, C + αⱼ − αᵢ) = 0.75, so αⱼ' = 0.75, αᵢ' = 1",
                        pair(new double[] {0.5, 0.25}, new double[] {-1, -1}, new int[] {1, -1}, identity, 0, 1, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("equal labels, clipped: K = I, y = [1, 1], α = [0.25, 0.5], G = [0, −1], C = 1: αⱼ' = 1 > H ="
                                + " min(C, αᵢ + αⱼ) = 0.75, so αⱼ' = 0.75, αᵢ' = 0",
                        pair(new double[] {0.25, 0.5}, new double[] {0, -1}, new int[] {1, 1}, identity, 0, 1, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("equal labels −1, clipped below: K = I, y = [−1, −1], α = [0.75, 0.5], G = [0, 1], C = 1:"
                                + " αⱼ' = 0.5 + (−1)(1)/2 = 0 < L = αᵢ + αⱼ − C = 0.25, so αⱼ' = 0.25, αᵢ' = 1",
                        pair(new double[] {0.75, 0.5}, new double[] {0, 1}, new int[] {-1, -1}, identity, 0, 1, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("the other variables do not move: three rows, pair (2, 0), K = I, y = [1, 1, −1],"
                                + " α = [0.5, 0.25, 0.5], G = [−1, 0.5, −1], C = 2: α' = [1.5, 0.25, 1.5]",
                        pair(new double[] {0.5, 0.25, 0.5}, new double[] {-1, 0.5, -1}, new int[] {1, 1, -1},
                                Matrix.identity(3), 2, 0, 2.0), Tolerance.ROUNDOFF)
                .agrees("two equal points: η = 0, so τ = 1e-12 makes a long step, clipped: K = [[1, 1], [1, 1]],"
                                + " y = [1, −1], α = [0, 0], G = [−1, −1], C = 1 gives α' = [1, 1]",
                        pair(new double[] {0, 0}, new double[] {-1, -1}, new int[] {1, -1}, equalPoints, 0, 1, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("two equal points with equal errors: η = 0 and yᵢGᵢ − yⱼGⱼ = 0, so nothing moves:"
                                + " y = [1, 1], α = [0.5, 0.5], G = [−1, −1], C = 1",
                        pair(new double[] {0.5, 0.5}, new double[] {-1, -1}, new int[] {1, 1}, equalPoints, 0, 1, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("C large: nothing reaches the bound: K = I, y = [1, −1], α = [0.5, 0.5], G = [−1, −1], C = 1e6"
                                + " gives α' = [1.5, 1.5]",
                        pair(new double[] {0.5, 0.5}, new double[] {-1, -1}, new int[] {1, -1}, identity, 0, 1, 1e6),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random states (many α at 0 or C) and kernel matrices", STEPS,
                        Tolerance.ROUNDOFF)
                .holds("Σ yₜαₜ is unchanged, the other αₜ too, and 0 ≤ α' ≤ C", STEPS, SmoPairUpdateGrader::feasible)
                .holds("with G = Qα − e the step never increases the dual f(α) = ½αᵀQα − eᵀα", STEPS,
                        SmoPairUpdateGrader::decreases)
                .holds("with G = Qα − e, either αᵢ' or αⱼ' is at 0 or C, or the pair is at the minimum along its line:"
                        + " Eᵢ' = Eⱼ'", STEPS, SmoPairUpdateGrader::minimumAlongTheLine)
                .rejects("rejects i = j: a pair needs two variables",
                        pair(new double[] {0.5, 0.5}, new double[] {-1, -1}, new int[] {1, -1}, identity, 1, 1, 1.0),
                        IllegalArgumentException.class)
                .rejects("rejects a K of the wrong size: α has length 2, K is 3×3",
                        pair(new double[] {0.5, 0.5}, new double[] {-1, -1}, new int[] {1, -1}, Matrix.identity(3), 0, 1,
                                1.0), ShapeMismatchException.class);
    }

    private static boolean curved(Case c) {
        Matrix K = c.matrix("K");
        int i = c.integer("i");
        int j = c.integer("j");
        return K.get(i, i) + K.get(j, j) - 2 * K.get(i, j) >= MIN_CURVATURE * (Math.abs(K.get(i, i)) + Math.abs(K.get(j, j)));
    }

    /** core's step on (i, j) with η from K, written into a copy of α. */
    static double[] update(double[] alpha, double[] G, int[] y, Matrix K, int i, int j, double C) {
        SvmInputs.pair("smo-pair", alpha, G, y, K, i, j);
        double eta = K.get(i, i) + K.get(j, j) - 2 * K.get(i, j);
        double[] pair = Smo.updatePair(alpha[i], alpha[j], y[i], y[j], G[i], G[j], eta, C);
        double[] next = alpha.clone();
        next[i] = pair[0];
        next[j] = pair[1];
        return next;
    }

    private static void feasible(Case c, Invariant.Run run) {
        double[] alpha = c.vector("alpha");
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        double[] next = result(run.on(c), alpha.length);
        int i = c.integer("i");
        int j = c.integer("j");
        double before = 0.0;
        double after = 0.0;
        for (int t = 0; t < alpha.length; t++) {
            before += y[t] * alpha[t];
            after += y[t] * next[t];
            if (t != i && t != j) {
                Expect.that(next[t] == alpha[t], "α'[" + t + "] = " + MatrixFormat.number(next[t]) + " but α[" + t
                        + "] was " + MatrixFormat.number(alpha[t]) + ": a step on the pair (" + i + ", " + j
                        + ") changes only αᵢ and αⱼ.");
            }
        }
        double slack = Tolerance.ROUNDOFF.relative() * C * alpha.length;
        Expect.that(Math.abs(after - before) <= slack, "Σ yₜαₜ was " + MatrixFormat.number(before) + " and is "
                + MatrixFormat.number(after) + " after your step: the step moves along the line yᵢαᵢ + yⱼαⱼ = const, so"
                + " Σ yₜαₜ (which the dual requires to be 0) never changes. α' = " + MatrixFormat.format(next));
        for (int t = 0; t < next.length; t++) {
            Expect.that(next[t] >= -Tolerance.ROUNDOFF.relative() * C && next[t] <= C * (1 + Tolerance.ROUNDOFF.relative()),
                    "α'[" + t + "] = " + MatrixFormat.number(next[t]) + " is outside the box [0, C = "
                            + MatrixFormat.number(C) + "]: clipping αⱼ' to [L, H] keeps both variables of the pair in"
                            + " the box. α' = " + MatrixFormat.format(next));
        }
    }

    private static void decreases(Case c, Invariant.Run run) {
        Case real = withTrueGradient(c);
        double[] alpha = c.vector("alpha");
        int[] y = c.get("y", int[].class);
        Matrix K = c.matrix("K");
        double[] next = result(run.on(real), alpha.length);
        double before = DualCases.objective(K, y, alpha);
        double after = DualCases.objective(K, y, next);
        double slack = 1e-12 * (DualCases.objectiveScale(K, alpha) + DualCases.objectiveScale(K, next));
        Expect.that(after <= before + slack, "with G = Qα − e = " + MatrixFormat.format(real.vector("G"))
                + " the dual was f(α) = " + MatrixFormat.number(before) + " and your step raised it to f(α') = "
                + MatrixFormat.number(after) + " (α' = " + MatrixFormat.format(next) + "). The step goes to the"
                + " minimum of f along the line, clipped to the box, so f never increases.");
    }

    private static void minimumAlongTheLine(Case c, Invariant.Run run) {
        Case real = withTrueGradient(c);
        double[] alpha = c.vector("alpha");
        int[] y = c.get("y", int[].class);
        Matrix K = c.matrix("K");
        double C = c.get("C", Double.class);
        int i = c.integer("i");
        int j = c.integer("j");
        double[] next = result(run.on(real), alpha.length);
        double bound = 1e-9 * C;
        boolean atBound = Math.abs(next[i]) <= bound || Math.abs(next[i] - C) <= bound
                || Math.abs(next[j]) <= bound || Math.abs(next[j] - C) <= bound;
        if (atBound) {
            return;
        }
        double[] G = DualCases.gradient(K, y, next);
        double gap = y[i] * G[i] - y[j] * G[j];
        double size = 1.0;
        for (int t = 0; t < next.length; t++) {
            for (int s = 0; s < next.length; s++) {
                size += Math.abs(K.get(t, s) * next[s]);
            }
        }
        Expect.that(Math.abs(gap) <= 1e-9 * size, "neither α'ᵢ = " + MatrixFormat.number(next[i]) + " nor α'ⱼ = "
                + MatrixFormat.number(next[j]) + " is at a bound, so the step was not clipped and must end at the"
                + " minimum of the dual along the line, where the errors are equal: yᵢGᵢ' − yⱼGⱼ' = Eᵢ' − Eⱼ' = 0. At your"
                + " α' it is " + MatrixFormat.number(gap) + " (G' = Qα' − e). Check αⱼ' = αⱼ + yⱼ(yᵢGᵢ − yⱼGⱼ)/η.");
    }

    /** The case with G replaced by Qα − e. */
    private static Case withTrueGradient(Case c) {
        double[] alpha = c.vector("alpha");
        int[] y = c.get("y", int[].class);
        Matrix K = c.matrix("K");
        return pair(alpha, DualCases.gradient(K, y, alpha), y, K, c.integer("i"), c.integer("j"), c.get("C", Double.class));
    }

    private static double[] result(Object result, int l) {
        Expect.that(result instanceof double[] && ((double[]) result).length == l,
                "your code must return the new α, a double[] of length " + l + ".");
        return (double[]) result;
    }

    static Case pair(double[] alpha, double[] G, int[] y, Matrix K, int i, int j, double C) {
        return Case.of("alpha", alpha, "G", G, "y", y, "K", K, "i", i, "j", j, "C", C);
    }
}
