package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.svm.WorkingSet;
import org.mlbyhand.graders.ps4.ViolatingPairGrader.Select;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the maximal violating pair, each a complete implementation the grader must reject.
 * At the start (α = 0, G = −1, answer (2, 3, 2)) ties to the first index give (0, 1, 2), the swapped sets
 * (3, −1, −2), yG for −yG (2, −1, −2), the gap turned round (2, 3, −2) and the sets taken from α alone
 * (2, −1, −∞). Ignoring the bounds changes nothing there and shows on the second case (row 1, at C, wins
 * i); returning j although no pair violates shows on the third (the optimal α).
 */
final class ViolatingPairBugs {
    private ViolatingPairBugs() {
    }

    private enum Mistake {
        FIRST_INDEX, SETS_SWAPPED, PLUS_YG, GAP_REVERSED, SETS_FROM_ALPHA_ONLY, BOUNDS_IGNORED, J_ALWAYS
    }

    static final List<Bug<Select>> ALL = List.of(
            new Bug<>("ties to the first index",
                    "when several t share the largest −yₜGₜ (or the smallest), libsvm keeps the LAST one: its loops"
                            + " compare with ≥ and ≤, not > and <. It is what makes its sequence of steps, and so"
                            + " scikit-learn's numbers, reproducible.",
                    (a, G, y, C) -> select(a, G, y, C, Mistake.FIRST_INDEX)),
            new Bug<>("I_up and I_low swapped",
                    "i comes from I_up = {yₜ = +1, αₜ < C} ∪ {yₜ = −1, αₜ > 0}, where yₜαₜ may grow, and j from I_low ="
                            + " {yₜ = −1, αₜ < C} ∪ {yₜ = +1, αₜ > 0}. Yours are the other way round.",
                    (a, G, y, C) -> select(a, G, y, C, Mistake.SETS_SWAPPED)),
            new Bug<>("yₜGₜ instead of −yₜGₜ",
                    "the quantity compared is −yₜGₜ (so that the step on (i, j) goes downhill): m is the largest"
                            + " −yₜGₜ over I_up, M the smallest over I_low.",
                    (a, G, y, C) -> select(a, G, y, C, Mistake.PLUS_YG)),
            new Bug<>("gap = M − m",
                    "the KKT gap is m − M: positive while a pair violates, ≤ 0 at an optimum (libsvm stops when it"
                            + " is below tol).",
                    (a, G, y, C) -> select(a, G, y, C, Mistake.GAP_REVERSED)),
            new Bug<>("the sets from α alone: I_up = {αₜ < C}, I_low = {αₜ > 0}",
                    "the sets depend on the label too: for yₜ = −1 raising yₜαₜ means LOWERING αₜ. I_up = {yₜ = +1,"
                            + " αₜ < C} ∪ {yₜ = −1, αₜ > 0}, I_low = {yₜ = −1, αₜ < C} ∪ {yₜ = +1, αₜ > 0}.",
                    (a, G, y, C) -> select(a, G, y, C, Mistake.SETS_FROM_ALPHA_ONLY)),
            new Bug<>("the bounds ignored: every t in both sets",
                    "a variable at a bound can move only one way: a yₜ = +1 with αₜ = C cannot grow, so it is not in"
                            + " I_up (and with αₜ = 0 it is not in I_low). Test the bound with < C and > 0.",
                    (a, G, y, C) -> select(a, G, y, C, Mistake.BOUNDS_IGNORED)),
            new Bug<>("j returned although no pair violates",
                    "when m ≤ M the KKT conditions hold and there is no violating pair: j = −1 (the gap m − M is"
                            + " returned all the same, ≤ 0).",
                    (a, G, y, C) -> select(a, G, y, C, Mistake.J_ALWAYS)));

    private static WorkingSet select(double[] alpha, double[] G, int[] y, double C, Mistake mistake) {
        SvmInputs.dual("violating-pair", alpha, G, y);
        double m = Double.NEGATIVE_INFINITY;
        double M = Double.POSITIVE_INFINITY;
        int i = -1;
        int j = -1;
        for (int t = 0; t < alpha.length; t++) {
            double v = (mistake == Mistake.PLUS_YG ? 1 : -1) * y[t] * G[t];
            boolean up = inUp(alpha[t], y[t], C, mistake);
            boolean low = inLow(alpha[t], y[t], C, mistake);
            if (mistake == Mistake.SETS_SWAPPED) {
                boolean swap = up;
                up = low;
                low = swap;
            }
            if (up && (mistake == Mistake.FIRST_INDEX ? v > m : v >= m)) {
                m = v;
                i = t;
            }
            if (low && (mistake == Mistake.FIRST_INDEX ? v < M : v <= M)) {
                M = v;
                j = t;
            }
        }
        return new WorkingSet(i, m > M || mistake == Mistake.J_ALWAYS ? j : -1,
                mistake == Mistake.GAP_REVERSED ? M - m : m - M);
    }

    private static boolean inUp(double alpha, int y, double C, Mistake mistake) {
        switch (mistake) {
            case BOUNDS_IGNORED:
                return true;
            case SETS_FROM_ALPHA_ONLY:
                return alpha < C;
            default:
                return DualCases.inUp(alpha, y, C);
        }
    }

    private static boolean inLow(double alpha, int y, double C, Mistake mistake) {
        switch (mistake) {
            case BOUNDS_IGNORED:
                return true;
            case SETS_FROM_ALPHA_ONLY:
                return alpha > 0;
            default:
                return DualCases.inLow(alpha, y, C);
        }
    }
}
