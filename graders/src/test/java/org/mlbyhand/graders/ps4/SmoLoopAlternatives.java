package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.svm.DualSolution;
import org.mlbyhand.graders.ps4.SmoLoopGrader.Solve;
import org.mlbyhand.grading.Alternative;

/**
 * Correct SMO loops written otherwise than the reference, each of which the grader must accept: the loop
 * inline in Platt's form (αⱼ clipped to [L, H], then αᵢ from the line, each set to 0 or C when it misses the
 * bound by round-off) with G recomputed from K after every step instead of updated; and libsvm's second-order working set (WSS 3) instead of the maximal violating
 * pair, a different path to another α within tol of the optimum, which is what the comparisons with core
 * must allow.
 */
final class SmoLoopAlternatives {
    private SmoLoopAlternatives() {
    }

    static final List<Alternative<Solve>> ALL = List.of(
            new Alternative<>("inline, Platt's clipping snapped to the bounds, G recomputed from K after every step",
                    SmoLoopAlternatives::recomputed),
            new Alternative<>("libsvm's second-order working set, G updated", SmoLoopAlternatives::secondOrder));

    private static DualSolution recomputed(Matrix K, int[] y, double C, double tol, int maxIter) {
        SvmInputs.smo("smo-loop", K, y, C, tol, maxIter);
        int l = y.length;
        double[] alpha = new double[l];
        double[] G = DualCases.gradient(K, y, alpha);
        int steps = 0;
        while (true) {
            int i = -1;
            int j = -1;
            for (int t = 0; t < l; t++) {
                double v = -y[t] * G[t];
                if (DualCases.inUp(alpha[t], y[t], C) && (i < 0 || v >= -y[i] * G[i])) {
                    i = t;
                }
                if (DualCases.inLow(alpha[t], y[t], C) && (j < 0 || v <= -y[j] * G[j])) {
                    j = t;
                }
            }
            boolean optimal = i < 0 || j < 0 || -y[i] * G[i] - -y[j] * G[j] < tol;
            if (optimal || steps == maxIter) {
                return new DualSolution(alpha, G, rho(alpha, G, y, C), steps, optimal);
            }
            double eta = K.get(i, i) + K.get(j, j) - 2 * K.get(i, j);
            eta = eta > 0 ? eta : 1e-12;
            double low = y[i] != y[j] ? Math.max(0, alpha[j] - alpha[i]) : Math.max(0, alpha[i] + alpha[j] - C);
            double high = y[i] != y[j] ? Math.min(C, C + alpha[j] - alpha[i]) : Math.min(C, alpha[i] + alpha[j]);
            double aj = alpha[j] + y[j] * (y[i] * G[i] - y[j] * G[j]) / eta;
            aj = Math.min(high, Math.max(low, aj));
            double ai = alpha[i] + y[i] * y[j] * (alpha[j] - aj);
            alpha[i] = snap(ai, C);
            alpha[j] = snap(aj, C);
            G = DualCases.gradient(K, y, alpha);
            steps++;
        }
    }

    private static DualSolution secondOrder(Matrix K, int[] y, double C, double tol, int maxIter) {
        SvmInputs.smo("smo-loop", K, y, C, tol, maxIter);
        int l = y.length;
        double[] alpha = new double[l];
        double[] G = new double[l];
        java.util.Arrays.fill(G, -1.0);
        int steps = 0;
        while (true) {
            double m = Double.NEGATIVE_INFINITY;
            int i = -1;
            for (int t = 0; t < l; t++) {
                if (DualCases.inUp(alpha[t], y[t], C) && -y[t] * G[t] >= m) {
                    m = -y[t] * G[t];
                    i = t;
                }
            }
            double M = Double.POSITIVE_INFINITY;
            double best = Double.POSITIVE_INFINITY;
            int j = -1;
            for (int t = 0; t < l && i >= 0; t++) {
                if (!DualCases.inLow(alpha[t], y[t], C)) {
                    continue;
                }
                M = Math.min(M, -y[t] * G[t]);
                double b = m + y[t] * G[t];
                if (b > 0) {
                    double a = K.get(i, i) + K.get(t, t) - 2 * K.get(i, t);
                    double decrease = -b * b / (a > 0 ? a : 1e-12);
                    if (decrease <= best) {
                        best = decrease;
                        j = t;
                    }
                }
            }
            boolean optimal = j < 0 || m - M < tol;
            if (optimal || steps == maxIter) {
                return new DualSolution(alpha, G, rho(alpha, G, y, C), steps, optimal);
            }
            double eta = K.get(i, i) + K.get(j, j) - 2 * K.get(i, j);
            eta = eta > 0 ? eta : 1e-12;
            double low = y[i] != y[j] ? Math.max(0, alpha[j] - alpha[i]) : Math.max(0, alpha[i] + alpha[j] - C);
            double high = y[i] != y[j] ? Math.min(C, C + alpha[j] - alpha[i]) : Math.min(C, alpha[i] + alpha[j]);
            double aj = snap(Math.min(high, Math.max(low, alpha[j] + y[j] * (y[i] * G[i] - y[j] * G[j]) / eta)), C);
            double ai = snap(alpha[i] + y[i] * y[j] * (alpha[j] - aj), C);
            double dI = ai - alpha[i];
            double dJ = aj - alpha[j];
            alpha[i] = ai;
            alpha[j] = aj;
            for (int t = 0; t < l; t++) {
                G[t] += y[t] * (y[i] * K.get(t, i) * dI + y[j] * K.get(t, j) * dJ);
            }
            steps++;
        }
    }

    /**
     * a, set to 0 or C when it is within round-off of it: Platt's αᵢ' = αᵢ + yᵢyⱼ(αⱼ − αⱼ') misses the bound
     * by an ulp or two, and a variable an ulp inside the box stays in I_up or I_low with a step of nothing.
     */
    static double snap(double a, double C) {
        double ulps = 4 * Math.ulp(C);
        return a <= ulps ? 0.0 : a >= C - ulps ? C : a;
    }

    /** rho = the average of yₜGₜ over the free αₜ, or the middle of the interval the bounded ones allow. */
    private static double rho(double[] alpha, double[] G, int[] y, double C) {
        double sum = 0.0;
        int free = 0;
        for (int t = 0; t < alpha.length; t++) {
            if (alpha[t] > 0 && alpha[t] < C) {
                sum += y[t] * G[t];
                free++;
            }
        }
        if (free > 0) {
            return sum / free;
        }
        return -(DualCases.m(alpha, G, y, C) + DualCases.M(alpha, G, y, C)) / 2;
    }
}
