package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.svm.DualSolution;
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
 * Grades {@code SmoLoop}: the whole SMO solver, first order, to libsvm's stopping rule. The reference is
 * core's {@link Smo#solve(Matrix, int[], double, double, int)}: the first-order working set and Q = yᵢyⱼKᵢⱼ
 * read from the case's K in double precision (core's kernel solver rounds Q to float and picks the pair by
 * the second-order rule, so its α is another point within tol of the optimum, not the learner's).
 *
 * <p>Two solvers stopped at gap &lt; tol need not return the same α, so only the exact hand cases compare the
 * whole record. Otherwise (Fan, Chen and Lin's bound; d = α − α*, α* the optimum, δ = max(gap, 0)):
 * <pre>{@code
 *   f(α) − f(α*) ≤ ∇f(α)ᵀd = Σₜ (yₜα*ₜ − yₜαₜ)(−yₜGₜ − b)  ≤ δ·‖d‖₁        any b between M and m
 *   ½‖w − w*‖² = ½dᵀQd ≤ f(α) − f(α*)                                         (∇f(α*)ᵀd ≥ 0 at the optimum)
 *   |Σₛ dₛyₛKₛₜ| ≤ ‖w − w*‖·√Kₜₜ ≤ √(2δ‖d‖₁Kₜₜ)
 * }</pre>
 * So, against the reference solved to {@value #TIGHT_TOL}: the learner's dual objective lies within
 * tol·‖d‖₁ above it, and w's part of the decision values, Σₛ αₛyₛKₛₜ on the training rows, within
 * {@link #decisionSlack} (twice that bound, plus tol). The intercept is compared with the interval the
 * optimum allows, [m(α*), M(α*)] widened by the same slack, not with core's b: when no α is free at the
 * optimum every b in it is optimal (the primal is flat in b there), and an α within tol may have a free
 * variable that puts b anywhere in it. The reference-free checks recompute everything from K in double precision: 0 ≤ α ≤ C,
 * Σ yₜαₜ = 0, G = Qα − e, the gap m − M below tol, and the loop stopped by that rule, not by maxIter.
 */
public final class SmoLoopGrader extends Grader<SmoLoopGrader.Solve> {
    /** The stopping tolerance of every case: libsvm's and scikit-learn's default. */
    static final double TOL = 1e-3;
    /** The step budget of every case: far above what the first-order rule needs on them. */
    static final int MAX_ITER = 100_000;
    /** The tolerance of the reference the objective and the decision values are compared with. */
    static final double TIGHT_TOL = 1e-10;
    /** Round-off on the scale of Qα: what recomputing G from K may change. */
    static final double ROUNDOFF = 1e-12;

    private static final CaseGen PROBLEMS = DualCases.problems(2, 12, TOL, MAX_ITER);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Solve {
        /** Returns (α, G, rho, steps, converged); no argument is modified. */
        DualSolution solve(Matrix K, int[] y, double C, double tol, int maxIter);
    }

    @Override
    public Exercise exercise() {
        return exercise(120, "smo-loop", "SMO to libsvm's stopping rule", 20);
    }

    @Override
    public Solve reference() {
        return Smo::solve;
    }

    @Override
    public List<Bug<Solve>> bugs() {
        return SmoLoopBugs.ALL;
    }

    @Override
    public List<Alternative<Solve>> alternatives() {
        return SmoLoopAlternatives.ALL;
    }

    /** The pieces (the pair, the step, the bias) are allowed; the solver that joins them is not. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Smo.class, "solve"), Forbidden.type(Svc.class));
    }

    @Override
    public Object call(Solve f, Case c) {
        return f.solve(c.matrix("K"), c.get("y", int[].class), c.get("C", Double.class), c.get("tol", Double.class),
                c.integer("maxIter"));
    }

    @Override
    public String output() {
        return "(α, G, rho, steps, converged)";
    }

    @Override
    public void declare(Checks checks) {
        Matrix identity = Matrix.identity(2);
        Matrix line = Matrix.of(new double[][] {{0, 0, 0, 0}, {0, 1, 2, 3}, {0, 2, 4, 6}, {0, 3, 6, 9}});   // xxᵀ
        checks.agrees("two points, C = 4: K = I, y = [1, −1]: one step to α = [1, 1], where G = [0, 0], gap = 0 < tol:"
                                + " stop, rho = 0", problem(identity, new int[] {1, -1}, 4.0, 1000), Tolerance.ROUNDOFF)
                .agrees("every α ends at the bound: K = I, y = [1, −1], C = 0.25: one step clipped to α = [0.25, 0.25],"
                                + " G = [−0.75, −0.75], m = −0.75 < M = 0.75: gap = −1.5 < tol, stop after 1 step",
                        problem(identity, new int[] {1, -1}, 0.25, 1000), Tolerance.ROUNDOFF)
                .agrees("four points on a line, x = [0, 1, 2, 3], y = [−1, −1, 1, 1], linear kernel K = xxᵀ, C = 10: pairs"
                                + " (3, 1), then (2, 3) clipped at α₃ = 0, then (2, 1), to α = [0, 2, 2, 0], G = [−1, −3, 3, 5],"
                                + " gap = 0: 3 steps, rho = 3, so f(x) = 2x − 3",
                        problem(line, new int[] {-1, -1, 1, 1}, 10.0, 1000), Tolerance.ROUNDOFF)
                .holds("stops by libsvm's rule, gap < tol, well before maxIter, and says converged", PROBLEMS,
                        SmoLoopGrader::stopped)
                .holds("the G returned is Qα − e, recomputed from K", PROBLEMS, SmoLoopGrader::gradient)
                .holds("the KKT conditions hold: m(α) − M(α) < tol, recomputed from K", PROBLEMS, SmoLoopGrader::kkt)
                .holds("α is feasible: 0 ≤ α ≤ C and Σ yₜαₜ = 0", PROBLEMS, SmoLoopGrader::feasible)
                .holds("the dual objective is within tol·‖α − α*‖₁ of core's optimum (tol 1e-10)", PROBLEMS,
                        SmoLoopGrader::objective)
                .holds("the decision values agree with core's: Σₛ αₛyₛKₛₜ on the training rows within tol's bound, and b = −rho"
                                + " within the intercepts the optimum allows", PROBLEMS,
                        SmoLoopGrader::decision)
                .holds("30 moons, RBF, C = 1: KKT, objective and decision values", DualCases.moonsProblem(3, 30, 1.0, TOL,
                        MAX_ITER), SmoLoopGrader::solves)
                .holds("40 moons, C = 0.05: most α at the bound", DualCases.moonsProblem(5, 40, 0.05, TOL, MAX_ITER),
                        SmoLoopGrader::solves)
                .holds("30 moons, C = 100: few α at the bound", DualCases.moonsProblem(8, 30, 100.0, TOL, MAX_ITER),
                        SmoLoopGrader::solves)
                .rejects("rejects a K of the wrong size: y has length 2, K is 3×3",
                        problem(Matrix.identity(3), new int[] {1, -1}, 1.0, 1000), ShapeMismatchException.class)
                .rejects("rejects a sign that is not ±1: y = [1, 0]", problem(identity, new int[] {1, 0}, 1.0, 1000),
                        IllegalArgumentException.class);
    }

    private static void stopped(Case c, Invariant.Run run) {
        DualSolution s = result(run.on(c), c);
        int maxIter = c.integer("maxIter");
        DualSolution reference = Smo.solve(c.matrix("K"), c.get("y", int[].class), c.get("C", Double.class), TOL, maxIter);
        Expect.that(s.converged() && s.nIter() < maxIter, "your loop returned after " + s.nIter() + " steps with"
                + " converged = " + s.converged() + " (maxIter = " + maxIter + "); the first-order rule stops after "
                + reference.nIter() + (reference.nIter() == 1 ? " step" : " steps") + " here, when m(α) − M(α) < tol = " + MatrixFormat.number(TOL)
                + ". Your gap at your α is " + MatrixFormat.number(gap(c, s.alpha())) + " (recomputed from K).");
    }

    private static void gradient(Case c, Invariant.Run run) {
        DualSolution s = result(run.on(c), c);
        double[] G = DualCases.gradient(c.matrix("K"), c.get("y", int[].class), s.alpha());
        double slack = roundoff(c, s.alpha());
        for (int t = 0; t < G.length; t++) {
            Expect.that(Math.abs(s.gradient()[t] - G[t]) <= slack, "at G[" + t + "]: your loop kept "
                    + MatrixFormat.number(s.gradient()[t]) + ", but Qα − e at your α is " + MatrixFormat.number(G[t])
                    + " (Qₛₜ = yₛyₜKₛₜ; tolerance " + MatrixFormat.number(slack) + "). G starts at −e and each step adds"
                    + " Q's columns i and j times Δαᵢ and Δαⱼ. Your α = " + MatrixFormat.format(s.alpha()) + ", G = "
                    + MatrixFormat.format(s.gradient()));
        }
    }

    private static void kkt(Case c, Invariant.Run run) {
        DualSolution s = result(run.on(c), c);
        double gap = gap(c, s.alpha());
        Expect.that(gap < TOL + roundoff(c, s.alpha()), "at your α the KKT gap m(α) − M(α), recomputed from K in double"
                + " precision, is " + MatrixFormat.number(gap) + ", not below tol = " + MatrixFormat.number(TOL)
                + " (your loop took " + s.nIter() + " steps). α = " + MatrixFormat.format(s.alpha()));
    }

    private static void feasible(Case c, Invariant.Run run) {
        DualSolution s = result(run.on(c), c);
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        double sum = 0.0;
        for (int t = 0; t < y.length; t++) {
            double a = s.alpha()[t];
            Expect.that(a >= 0 && a <= C, "α[" + t + "] = " + MatrixFormat.number(a) + " is outside [0, C = "
                    + MatrixFormat.number(C) + "]");
            sum += y[t] * a;
        }
        Expect.that(Math.abs(sum) <= ROUNDOFF * C * y.length, "Σ yₜαₜ = " + MatrixFormat.number(sum) + ", not 0:"
                + " every step moves along yᵢαᵢ + yⱼαⱼ = const from α = 0. α = " + MatrixFormat.format(s.alpha()));
    }

    private static void objective(Case c, Invariant.Run run) {
        DualSolution s = result(run.on(c), c);
        Matrix K = c.matrix("K");
        int[] y = c.get("y", int[].class);
        DualSolution best = tight(c);
        double f = DualCases.objective(K, y, s.alpha());
        double fStar = DualCases.objective(K, y, best.alpha());
        double d = distance(s.alpha(), best.alpha());
        double round = ROUNDOFF * (DualCases.objectiveScale(K, s.alpha()) + DualCases.objectiveScale(K, best.alpha()));
        double above = TOL * d + round;
        double below = TIGHT_TOL * d + round;
        Expect.that(f <= fStar + above && f >= fStar - below, "your dual objective ½αᵀQα − Σα is "
                + MatrixFormat.number(f) + "; core's optimum is " + MatrixFormat.number(fStar) + ", and a solution with"
                + " gap < tol lies within tol·‖α − α*‖₁ = " + MatrixFormat.number(above) + " above it. α = "
                + MatrixFormat.format(s.alpha()) + ", α* = " + MatrixFormat.format(best.alpha()));
    }

    private static void decision(Case c, Invariant.Run run) {
        DualSolution s = result(run.on(c), c);
        Matrix K = c.matrix("K");
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        DualSolution best = tight(c);
        double[] f = values(K, y, s.alpha(), 0.0);
        double[] fStar = values(K, y, best.alpha(), 0.0);
        double slack = decisionSlack(K, s.alpha(), best.alpha()) + roundoff(c, s.alpha());
        for (int t = 0; t < f.length; t++) {
            Expect.that(Math.abs(f[t] - fStar[t]) <= slack, "at Σₛ αₛyₛKₛₜ for t = " + t + ": yours is "
                    + MatrixFormat.number(f[t]) + ", core's " + MatrixFormat.number(fStar[t]) + " (tolerance "
                    + MatrixFormat.number(slack) + ", from tol). α = " + MatrixFormat.format(s.alpha()) + ", core's α* = "
                    + MatrixFormat.format(best.alpha()));
        }
        double[] G = DualCases.gradient(K, y, best.alpha());
        double lo = Math.min(DualCases.m(best.alpha(), G, y, C), DualCases.M(best.alpha(), G, y, C));
        double hi = Math.max(DualCases.m(best.alpha(), G, y, C), DualCases.M(best.alpha(), G, y, C));
        double b = -s.rho();
        Expect.that(b >= lo - slack && b <= hi + slack, "your intercept b = −rho = " + MatrixFormat.number(b)
                + " (rho = " + MatrixFormat.number(s.rho()) + ") is outside the intercepts the optimum allows, ["
                + MatrixFormat.number(lo) + ", " + MatrixFormat.number(hi) + "] (core's b = " + MatrixFormat.number(-best.rho())
                + "; tolerance " + MatrixFormat.number(slack) + "), so f(x) = Σₛ αₛyₛk(xₛ, x) − rho is shifted on every"
                + " point. Your f on the training rows = " + MatrixFormat.format(values(K, y, s.alpha(), s.rho())));
    }

    private static void solves(Case c, Invariant.Run run) throws Exception {
        stopped(c, run);
        gradient(c, run);
        kkt(c, run);
        feasible(c, run);
        objective(c, run);
        decision(c, run);
    }

    /**
     * The tolerance of a decision value: 2·(√(2·tol·‖α − α*‖₁·maxₜKₜₜ) + tol), twice the bound of the class
     * comment on w's part, plus tol for the intercept.
     */
    static double decisionSlack(Matrix K, double[] alpha, double[] alphaStar) {
        double maxDiagonal = 0.0;
        for (int t = 0; t < alpha.length; t++) {
            maxDiagonal = Math.max(maxDiagonal, K.get(t, t));
        }
        return 2 * (Math.sqrt(2 * TOL * distance(alpha, alphaStar) * maxDiagonal) + TOL);
    }

    /** f(xₜ) = Σₛ αₛyₛKₛₜ − rho for every training row t. */
    static double[] values(Matrix K, int[] y, double[] alpha, double rho) {
        double[] f = new double[alpha.length];
        for (int t = 0; t < f.length; t++) {
            double sum = 0.0;
            for (int s = 0; s < f.length; s++) {
                sum += alpha[s] * y[s] * K.get(s, t);
            }
            f[t] = sum - rho;
        }
        return f;
    }

    private static DualSolution tight(Case c) {
        return Smo.solve(c.matrix("K"), c.get("y", int[].class), c.get("C", Double.class), TIGHT_TOL, 10_000_000);
    }

    /** m(α) − M(α) with G = Qα − e recomputed from K. */
    private static double gap(Case c, double[] alpha) {
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        double[] G = DualCases.gradient(c.matrix("K"), y, alpha);
        return DualCases.m(alpha, G, y, C) - DualCases.M(alpha, G, y, C);
    }

    /** ROUNDOFF·l·(1 + maxₜ Σₛ |Kₜₛαₛ|): how far two correct ways of keeping G may drift apart. */
    private static double roundoff(Case c, double[] alpha) {
        Matrix K = c.matrix("K");
        double size = 0.0;
        for (int t = 0; t < alpha.length; t++) {
            double row = 0.0;
            for (int s = 0; s < alpha.length; s++) {
                row += Math.abs(K.get(t, s) * alpha[s]);
            }
            size = Math.max(size, row);
        }
        return ROUNDOFF * alpha.length * (1 + size);
    }

    private static double distance(double[] a, double[] b) {
        double d = 0.0;
        for (int t = 0; t < a.length; t++) {
            d += Math.abs(a[t] - b[t]);
        }
        return d;
    }

    private static DualSolution result(Object result, Case c) {
        int l = c.get("y", int[].class).length;
        Expect.that(result instanceof DualSolution, "your code must return new DualSolution(α, G, rho, steps, converged).");
        DualSolution s = (DualSolution) result;
        Expect.that(s.alpha() != null && s.alpha().length == l && s.gradient() != null && s.gradient().length == l,
                "α and G must both have length l = " + l + ".");
        return s;
    }

    static Case problem(Matrix K, int[] y, double C, int maxIter) {
        return Case.of("K", K, "y", y, "C", C, "tol", TOL, "maxIter", maxIter);
    }
}
