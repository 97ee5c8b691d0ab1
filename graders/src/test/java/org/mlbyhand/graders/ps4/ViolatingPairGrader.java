package org.mlbyhand.graders.ps4;

import java.util.List;
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
 * Grades {@code ViolatingPair}: the maximal violating pair (i, j) and the KKT gap m(α) − M(α), against
 * core's {@link WorkingSet#maximalViolatingPair}. i and j are indices, and the gap is one subtraction of two
 * of the −yₜGₜ, each exact: so the comparison is exact in effect ({@link Tolerance#ROUNDOFF} on the
 * record's scale, which is at least 1 once an index is). Ties are common in the random states, whose α
 * sit at 0 and C and whose G can shrink to integers: libsvm's rule, the larger index, is part of the answer.
 *
 * <p>The reference-free checks: i is in I_up and has the largest −yₜGₜ there, j in I_low with the
 * smallest (or −1 when m ≤ M), and gap = m − M; and at a solution of core's SMO (stopped at gap &lt; 1e-3)
 * the learner's gap says so: the KKT conditions hold to the tolerance.
 */
public final class ViolatingPairGrader extends Grader<ViolatingPairGrader.Select> {
    private static final CaseGen STATES = DualCases.states(1, 6);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Select {
        /** Returns (i, j, m − M); no argument is modified. */
        WorkingSet select(double[] alpha, double[] G, int[] y, double C);
    }

    @Override
    public Exercise exercise() {
        return exercise(80, "violating-pair", "Maximal violating pair", 10);
    }

    @Override
    public Select reference() {
        return WorkingSet::maximalViolatingPair;
    }

    @Override
    public List<Bug<Select>> bugs() {
        return ViolatingPairBugs.ALL;
    }

    @Override
    public List<Alternative<Select>> alternatives() {
        return ViolatingPairAlternatives.ALL;
    }

    /** The selection is the exercise; the record that holds the answer is not. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(WorkingSet.class, "maximalViolatingPair"),
                Forbidden.method(WorkingSet.class, "secondOrder"), Forbidden.type(Smo.class), Forbidden.type(Svc.class));
    }

    @Override
    public Object call(Select f, Case c) {
        return f.select(c.vector("alpha"), c.vector("G"), c.get("y", int[].class), c.get("C", Double.class));
    }

    @Override
    public String output() {
        return "(i, j, gap)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("at the start every pair violates alike: α = 0, G = −1, y = [1, −1, 1, −1], C = 1: I_up = {0, 2},"
                                + " I_low = {1, 3}, ties to the larger index, so (i, j) = (2, 3), gap = 1 − (−1) = 2",
                        state(new double[] {0, 0, 0, 0}, new double[] {-1, -1, -1, -1}, new int[] {1, -1, 1, -1}, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("a variable at a bound moves one way only: α = [0, 1, 0.5, 0], y = [1, 1, −1, −1],"
                                + " G = [−0.5, −0.9, 0.1, −0.8], C = 1: −yG = [0.5, 0.9, 0.1, −0.8]; row 1 (y = +1, α = C)"
                                + " is not in I_up, so i = 0 (m = 0.5), j = 3 (M = −0.8), gap = 1.3",
                        state(new double[] {0, 1, 0.5, 0}, new double[] {-0.5, -0.9, 0.1, -0.8}, new int[] {1, 1, -1, -1},
                                1.0), Tolerance.ROUNDOFF)
                .agrees("the KKT conditions hold: α = [0.5, 0.5], y = [1, −1], G = [0.25, −0.25], C = 1: −yG = [−0.25,"
                                + " −0.25], m = M, no pair violates: j = −1, gap = 0",
                        state(new double[] {0.5, 0.5}, new double[] {0.25, -0.25}, new int[] {1, -1}, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("an empty I_up: α = [1, 0], y = [1, −1], C = 1: nothing may grow, so i = j = −1 and gap = −∞",
                        state(new double[] {1, 0}, new double[] {-1, -1}, new int[] {1, -1}, 1.0), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random states, many α at 0 or C", STATES, Tolerance.ROUNDOFF)
                .holds("i is the argmax of −yₜGₜ over I_up, j the argmin over I_low (−1 when m ≤ M), gap = m − M",
                        STATES, ViolatingPairGrader::extremes)
                .holds("at a solution of core's SMO (tol 1e-3, 30 moons, C = 1) the gap is below 1e-3: the KKT"
                        + " conditions hold", DualCases.solved(3, 30, 1.0), ViolatingPairGrader::solved)
                .holds("at a solution of core's SMO with C = 0.1 (most α at the bound) the gap is below 1e-3",
                        DualCases.solved(5, 30, 0.1), ViolatingPairGrader::solved)
                .rejects("rejects G of the wrong length: α and y have length 2, G has length 3",
                        state(new double[] {0, 0}, new double[] {-1, -1, -1}, new int[] {1, -1}, 1.0),
                        ShapeMismatchException.class);
    }

    private static void extremes(Case c, Invariant.Run run) {
        double[] alpha = c.vector("alpha");
        double[] G = c.vector("G");
        int[] y = c.get("y", int[].class);
        double C = c.get("C", Double.class);
        WorkingSet ws = result(run.on(c));
        double m = DualCases.m(alpha, G, y, C);
        double M = DualCases.M(alpha, G, y, C);
        String sets = " (−yG = " + MatrixFormat.format(minusYG(G, y)) + "; I_up = {yₜ = +1, αₜ < C} ∪ {yₜ = −1, αₜ > 0},"
                + " I_low = {yₜ = −1, αₜ < C} ∪ {yₜ = +1, αₜ > 0})";
        if (m == Double.NEGATIVE_INFINITY) {
            Expect.that(ws.i() == -1, "I_up is empty, so i must be −1, not " + ws.i() + sets);
        } else {
            Expect.that(ws.i() >= 0 && ws.i() < alpha.length && DualCases.inUp(alpha[ws.i()], y[ws.i()], C),
                    "i = " + ws.i() + " is not in I_up" + sets);
            Expect.that(-y[ws.i()] * G[ws.i()] == m, "−yᵢGᵢ = " + MatrixFormat.number(-y[ws.i()] * G[ws.i()])
                    + " at i = " + ws.i() + ", but the largest −yₜGₜ over I_up is m = " + MatrixFormat.number(m) + sets);
        }
        if (m > M) {
            Expect.that(ws.j() >= 0 && ws.j() < alpha.length && DualCases.inLow(alpha[ws.j()], y[ws.j()], C),
                    "j = " + ws.j() + " is not in I_low" + sets);
            Expect.that(-y[ws.j()] * G[ws.j()] == M, "−yⱼGⱼ = " + MatrixFormat.number(-y[ws.j()] * G[ws.j()])
                    + " at j = " + ws.j() + ", but the smallest −yₜGₜ over I_low is M = " + MatrixFormat.number(M) + sets);
        } else {
            Expect.that(ws.j() == -1, "m = " + MatrixFormat.number(m) + " ≤ M = " + MatrixFormat.number(M)
                    + ": no pair violates the KKT conditions, so j must be −1, not " + ws.j() + sets);
        }
        Expect.that(ws.gap() == m - M, "gap = " + MatrixFormat.number(ws.gap()) + ", but m − M = "
                + MatrixFormat.number(m) + " − " + MatrixFormat.number(M) + " = " + MatrixFormat.number(m - M) + sets);
    }

    private static void solved(Case c, Invariant.Run run) {
        WorkingSet ws = result(run.on(c));
        Expect.that(ws.gap() < 1e-3, "core's SMO stopped here because m(α) − M(α) < 1e-3 (the KKT conditions hold to"
                + " that tolerance), but your gap is " + MatrixFormat.number(ws.gap()) + ".");
    }

    private static WorkingSet result(Object result) {
        Expect.that(result instanceof WorkingSet, "your code must return a new WorkingSet(i, j, gap).");
        return (WorkingSet) result;
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
