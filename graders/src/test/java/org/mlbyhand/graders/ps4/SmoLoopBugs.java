package org.mlbyhand.graders.ps4;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.svm.DualSolution;
import org.mlbyhand.core.svm.Smo;
import org.mlbyhand.graders.ps4.SmoLoopGrader.Solve;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the SMO loop, each a complete solver the grader must reject. Every one honours
 * maxIter, so a loop that never stops returns after maxIter steps with converged = false (a learner's loop
 * that ignores maxIter too is stopped by the check's time budget). On the hand cases (K = I, y = [1, −1]):
 * |m − M| &lt; tol steps forever once both α sit at C = 0.25 (gap −1.5, no pair to move), or on j = −1 when it
 * takes the pair as violating-pair returns it (an ArrayIndexOutOfBoundsException, as a learner's loop
 * throws when it reads αⱼ or Gⱼ first); M − m &lt; tol and
 * G = 0 stop at α = 0; one column of Q in the update leaves G = [0, −1] after the first step. K for Q and
 * rho = +b show on the four points of the line (rho = 3, b = −3); Platt's step without setting a bounded α
 * exactly to its bound and a fixed number of steps (one per row) on the random problems.
 */
final class SmoLoopBugs {
    private SmoLoopBugs() {
    }

    private enum Mistake {
        ABSOLUTE_GAP, ABSOLUTE_GAP_NO_PAIR, UNSNAPPED, G_FROZEN, K_FOR_Q, FIXED_STEPS, GAP_REVERSED, ONE_COLUMN, RHO_SIGN, G_FROM_ZERO
    }

    static final List<Bug<Solve>> ALL = List.of(
            new Bug<>("stops when |m − M| < tol: never stops when every α ends at a bound",
                    "the stopping test is m − M < tol, not |m − M| < tol. At an optimum m − M ≤ 0, and when every α ends"
                            + " at 0 or C it stays well below 0 (m < M: the intercept may be anywhere between them), so"
                            + " |m − M| never gets small and your loop spins on a pair that cannot move until maxIter.",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.ABSOLUTE_GAP)),
            new Bug<>("stops when |m − M| < tol, then steps on j = −1",
                    "when every α ends at 0 or C, m < M: no pair violates, so the violating pair has j = −1, and"
                            + " |m − M| is still large, so your loop goes on to step on index −1. Stop when j = −1 or"
                            + " m − M < tol (libsvm's rule), not when |m − M| < tol.",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.ABSOLUTE_GAP_NO_PAIR)),
            new Bug<>("Platt's step, a bounded α left an ulp inside the box: never stops",
                    "Platt's αᵢ' = αᵢ + yᵢyⱼ(αⱼ − αⱼ') misses 0 or C by round-off. A variable an ulp inside the box is"
                            + " still in I_up or I_low, keeps its large violation, and every step on it moves nothing:"
                            + " set the variable that meets its bound to exactly 0 or C and the other from the line, as"
                            + " libsvm (core's Smo.updatePair) does.",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.UNSNAPPED)),
            new Bug<>("G never updated",
                    "G = Qα − e changes whenever α does: after each step add Q's columns i and j times the changes"
                            + " Δαᵢ and Δαⱼ to every Gₜ. With G frozen at −1 the same violation is seen forever.",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.G_FROZEN)),
            new Bug<>("G updated with K instead of Q",
                    "the gradient is of ½αᵀQα with Qₜᵢ = yₜyᵢKₜᵢ: the update is Gₜ += yₜyᵢKₜᵢΔαᵢ + yₜyⱼKₜⱼΔαⱼ. Without"
                            + " the signs, G is wrong for every pair of rows of different labels.",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.K_FOR_Q)),
            new Bug<>("a fixed number of steps instead of the gap",
                    "SMO stops when the KKT conditions hold to tol (m − M < tol), however many steps that takes, not"
                            + " after a fixed count such as one step per row: most problems need more.",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.FIXED_STEPS)),
            new Bug<>("stops when M − m < tol",
                    "the gap is m − M, m the largest −yₜGₜ over I_up and M the smallest over I_low: positive (2 at"
                            + " α = 0) while a pair violates. Turned round it is negative at once, and the loop stops"
                            + " before its first step.",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.GAP_REVERSED)),
            new Bug<>("only αᵢ's change added to G",
                    "a step changes two variables, so G changes by both columns: Gₜ += QₜᵢΔαᵢ + QₜⱼΔαⱼ.",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.ONE_COLUMN)),
            new Bug<>("rho = +b",
                    "DualSolution holds rho, libsvm's minus the intercept: f(x) = Σₛ αₛyₛk(xₛ, x) − rho. svm-bias"
                            + " returns b, so rho = −b (core's Smo.bias is rho itself).",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.RHO_SIGN)),
            new Bug<>("G starts at 0",
                    "at α = 0 the gradient is G = Qα − e = −e: every Gₜ starts at −1. From G = 0 no pair seems to"
                            + " violate (m = M = 0) and the loop stops at α = 0.",
                    (K, y, C, tol, n) -> solve(K, y, C, tol, n, Mistake.G_FROM_ZERO)));

    private static DualSolution solve(Matrix K, int[] y, double C, double tol, int maxIter, Mistake mistake) {
        SvmInputs.smo("smo-loop", K, y, C, tol, maxIter);
        int l = y.length;
        double[] alpha = new double[l];
        double[] G = new double[l];
        Arrays.fill(G, mistake == Mistake.G_FROM_ZERO ? 0.0 : -1.0);
        int limit = mistake == Mistake.FIXED_STEPS ? Math.min(l, maxIter) : maxIter;
        int steps = 0;
        while (true) {
            double m = Double.NEGATIVE_INFINITY;
            double M = Double.POSITIVE_INFINITY;
            int i = -1;
            int j = -1;
            for (int t = 0; t < l; t++) {
                double v = -y[t] * G[t];
                if (DualCases.inUp(alpha[t], y[t], C) && v >= m) {
                    m = v;
                    i = t;
                }
                if (DualCases.inLow(alpha[t], y[t], C) && v <= M) {
                    M = v;
                    j = t;
                }
            }
            boolean converged;
            if (mistake == Mistake.ABSOLUTE_GAP) {
                converged = i < 0 || j < 0 || Math.abs(m - M) < tol;       // j kept even when m ≤ M
            } else if (mistake == Mistake.ABSOLUTE_GAP_NO_PAIR) {
                converged = Math.abs(m - M) < tol;
                j = m > M ? j : -1;                                          // as violating-pair returns it
            } else if (mistake == Mistake.GAP_REVERSED) {
                converged = M - m < tol;
            } else if (mistake == Mistake.FIXED_STEPS) {
                converged = !(m > M);                                        // only a pair that violates at all
            } else {
                converged = !(m > M) || m - M < tol;
            }
            if (converged || steps == limit) {
                double rho = Smo.bias(alpha, G, y, C);
                return new DualSolution(alpha, G, mistake == Mistake.RHO_SIGN ? -rho : rho, steps,
                        converged || mistake == Mistake.FIXED_STEPS);
            }
            double alphaJ = alpha[j];                                        // j = −1 fails here, as a learner's would
            double eta = K.get(i, i) + K.get(j, j) - 2 * K.get(i, j);
            double[] pair = mistake == Mistake.UNSNAPPED ? platt(alpha, G, y, C, i, j, eta)
                    : Smo.updatePair(alpha[i], alphaJ, y[i], y[j], G[i], G[j], eta, C);
            double dI = pair[0] - alpha[i];
            double dJ = pair[1] - alpha[j];
            alpha[i] = pair[0];
            alpha[j] = pair[1];
            for (int t = 0; t < l && mistake != Mistake.G_FROZEN; t++) {
                double signI = mistake == Mistake.K_FOR_Q ? 1 : y[t] * y[i];
                double signJ = mistake == Mistake.K_FOR_Q ? 1 : y[t] * y[j];
                G[t] += signI * K.get(t, i) * dI + (mistake == Mistake.ONE_COLUMN ? 0 : signJ * K.get(t, j) * dJ);
            }
            steps++;
        }
    }

    /** Platt's step as smo-pair writes it, with no variable set exactly to its bound. */
    private static double[] platt(double[] alpha, double[] G, int[] y, double C, int i, int j, double eta) {
        double quad = eta > 0 ? eta : 1e-12;
        double low = y[i] != y[j] ? Math.max(0, alpha[j] - alpha[i]) : Math.max(0, alpha[i] + alpha[j] - C);
        double high = y[i] != y[j] ? Math.min(C, C + alpha[j] - alpha[i]) : Math.min(C, alpha[i] + alpha[j]);
        double aj = Math.min(high, Math.max(low, alpha[j] + y[j] * (y[i] * G[i] - y[j] * G[j]) / quad));
        return new double[] {alpha[i] + y[i] * y[j] * (alpha[j] - aj), aj};
    }
}
