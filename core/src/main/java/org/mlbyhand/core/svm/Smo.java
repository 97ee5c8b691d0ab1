package org.mlbyhand.core.svm;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Sequential minimal optimization for the dual of the soft-margin SVM, as libsvm's {@code Solver}
 * (Fan, Chen and Lin, JMLR 6, 2005) without shrinking. The problem, for l rows with signs yᵢ = ±1:
 * <pre>{@code
 *   min_α  f(α) = ½·αᵀQα − eᵀα      subject to   yᵀα = 0,   0 ≤ αᵢ ≤ C,      Qᵢⱼ = yᵢyⱼ·k(xᵢ, xⱼ)
 *   gradient G = Qα − e,  so  Gᵢ = yᵢ·(f(xᵢ) − b) − 1  with  f(x) = Σⱼ αⱼyⱼ·k(xⱼ, x) + b
 * }</pre>
 * the dual of min ½‖w‖² + C·Σᵢ max(0, 1 − yᵢ(wᵀφ(xᵢ) + b)), with w = Σᵢ αᵢyᵢφ(xᵢ).
 *
 * <p><b>Optimality (KKT).</b> With a multiplier b for yᵀα = 0, α is optimal iff for every i
 * <pre>{@code
 *   αᵢ = 0      ⇒  yᵢf(xᵢ) ≥ 1        (outside the margin)
 *   0 < αᵢ < C  ⇒  yᵢf(xᵢ) = 1        (on the margin: a free support vector)
 *   αᵢ = C      ⇒  yᵢf(xᵢ) ≤ 1        (inside the margin or misclassified)
 * }</pre>
 * which is m(α) ≤ M(α) in the notation of {@link WorkingSet}; {@link #kktViolation} is m(α) − M(α).
 *
 * <p><b>The algorithm.</b> From α = 0 (feasible), G = −e:
 * <pre>{@code
 *   repeat:  (i, j) = WorkingSet.secondOrder(α, G)           stop when m(α) − M(α) < tol
 *            (αᵢ, αⱼ) ← updatePair(…)                        the exact minimum of f along the line yᵢαᵢ + yⱼαⱼ = const, clipped to the box
 *            G ← G + Q_{:,i}·Δαᵢ + Q_{:,j}·Δαⱼ                  two rows of Q per step (the KernelCache)
 *   b = −rho,  rho = bias(α, G)                                the average of yᵢGᵢ over free αᵢ
 * }</pre>
 * Each step keeps yᵀα = 0 and decreases f; libsvm proves the loop ends for any tol &gt; 0 (τ handles
 * non-positive-definite kernels). {@code maxIter} caps the steps (−1: no cap, scikit-learn's default).
 *
 * <p><b>What matches libsvm exactly.</b> The working-set rule and its ties, the clipping (the variable
 * that meets its bound is set to the bound exactly, so that "αᵢ = C" is an exact test), the update of G in
 * the same order of operations, Q in single precision ({@link KernelCache}) and the bias. So the steps,
 * the iteration count and the solution are those of scikit-learn's {@code SVC(shrinking=False)} up to
 * rounding. Not done: shrinking (libsvm's default heuristic that sets aside bounded variables; it changes
 * the path and the speed, not the stopping rule), and class or sample weights (one C for all).
 */
public final class Smo {
    private Smo() {
    }

    /**
     * Solves the dual for the rows and signs of Q, from α = 0.
     *
     * @param Q       the dual matrix with its signs (rows are computed and cached as needed)
     * @param C       the box, finite and &gt; 0
     * @param tol     libsvm's eps: stop when m(α) − M(α) &lt; tol, finite and &gt; 0
     * @param maxIter the largest number of steps, or −1 for no limit
     * @return α, G, rho, the steps taken and the final gap; converged() is false if maxIter stopped it
     * @throws IllegalArgumentException if C or tol is not finite and &gt; 0, or maxIter &lt; −1 or = 0
     */
    public static DualSolution solve(KernelCache Q, double C, double tol, int maxIter) {
        Inputs.positive("Smo.solve", "C", C);
        Inputs.positive("Smo.solve", "tol", tol);
        Inputs.maxIter("Smo.solve", maxIter);
        int l = Q.size();
        int[] y = new int[l];
        for (int t = 0; t < l; t++) {
            y[t] = Q.sign(t);
        }
        double[] alpha = new double[l];
        double[] G = new double[l];
        Arrays.fill(G, -1.0);
        int iter = 0;
        while (maxIter == -1 || iter < maxIter) {
            WorkingSet ws = WorkingSet.secondOrder(alpha, G, Q, C);
            if (ws.optimal(tol)) {
                break;
            }
            iter++;
            step(Q, y, C, alpha, G, ws.i(), ws.j());
        }
        return new DualSolution(alpha, G, bias(alpha, G, y, C), iter, kktViolation(alpha, G, y, C) < tol);
    }

    /**
     * Solves the dual from α = 0 for a kernel matrix given whole, in double precision, with the first-order
     * working set ({@link WorkingSet#maximalViolatingPair}, Keerthi et al.) instead of libsvm's second-order
     * rule: the plain SMO a learner writes (PS4 smo-loop), and its reference. The step, the update of G
     * (Gₜ += yₜyᵢKₜᵢ·Δαᵢ + yₜyⱼKₜⱼ·Δαⱼ), the stopping rule m(α) − M(α) &lt; tol and the bias are those of
     * {@link #solve(KernelCache, double, double, int)}; only the pair chosen, and Q in double instead of
     * float, differ, so both reach the same optimum within tol.
     *
     * @param K       the l×l kernel matrix, symmetric (not modified)
     * @param y       the signs, length l, each +1 or −1 (not modified)
     * @param C       the box, finite and &gt; 0
     * @param tol     stop when m(α) − M(α) &lt; tol, finite and &gt; 0
     * @param maxIter the most steps, ≥ 1
     * @return α, G = Qα − e, rho, the steps taken; converged() is false if maxIter stopped it first
     * @throws ShapeMismatchException if K is not l×l
     * @throws IllegalArgumentException if a sign is not ±1, C or tol is not finite and &gt; 0, or maxIter &lt; 1
     */
    public static DualSolution solve(Matrix K, int[] y, double C, double tol, int maxIter) {
        String who = "Smo.solve";
        if (K.rows() != y.length || K.cols() != y.length) {
            throw new ShapeMismatchException(who + ": K is " + K.shape() + ", y has length " + y.length);
        }
        for (int t = 0; t < y.length; t++) {
            if (y[t] != 1 && y[t] != -1) {
                throw new IllegalArgumentException(who + ": y[" + t + "] = " + y[t] + "; the signs are +1 and −1");
            }
        }
        Inputs.positive(who, "C", C);
        Inputs.positive(who, "tol", tol);
        Inputs.atLeastOne(who, "maxIter", maxIter);
        int l = y.length;
        double[] alpha = new double[l];
        double[] G = new double[l];
        Arrays.fill(G, -1.0);
        int steps = 0;
        while (true) {
            WorkingSet ws = WorkingSet.maximalViolatingPair(alpha, G, y, C);
            if (ws.optimal(tol) || steps == maxIter) {
                return new DualSolution(alpha, G, bias(alpha, G, y, C), steps, ws.optimal(tol));
            }
            int i = ws.i();
            int j = ws.j();
            double eta = K.get(i, i) + K.get(j, j) - 2 * K.get(i, j);
            double[] pair = updatePair(alpha[i], alpha[j], y[i], y[j], G[i], G[j], eta, C);
            double dI = pair[0] - alpha[i];
            double dJ = pair[1] - alpha[j];
            alpha[i] = pair[0];
            alpha[j] = pair[1];
            for (int t = 0; t < l; t++) {
                G[t] += y[t] * y[i] * K.get(t, i) * dI + y[t] * y[j] * K.get(t, j) * dJ;
            }
            steps++;
        }
    }

    /** One SMO step on (i, j): α and G are overwritten. */
    private static void step(KernelCache Q, int[] y, double C, double[] alpha, double[] G, int i, int j) {
        float[] Qi = Q.row(i);
        float[] Qj = Q.row(j);
        double eta = Q.diagonal(i) + Q.diagonal(j) - 2.0 * y[i] * y[j] * Qi[j];   // Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ
        double[] updated = updatePair(alpha[i], alpha[j], y[i], y[j], G[i], G[j], eta, C);
        double dAlphaI = updated[0] - alpha[i];
        double dAlphaJ = updated[1] - alpha[j];
        alpha[i] = updated[0];
        alpha[j] = updated[1];
        for (int k = 0; k < G.length; k++) {
            G[k] += Qi[k] * dAlphaI + Qj[k] * dAlphaJ;
        }
    }

    /**
     * Returns the new (αᵢ, αⱼ) of one SMO step: the minimum of the dual along the line that keeps
     * yᵢαᵢ + yⱼαⱼ (so yᵀα) constant, clipped to the box. In Platt's terms, with η = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ and
     * yᵢGᵢ − yⱼGⱼ = Eᵢ − Eⱼ (Eₜ = f(xₜ) − yₜ, the error):
     * <pre>{@code
     *   αⱼ' = αⱼ + yⱼ·(yᵢGᵢ − yⱼGⱼ)/η                    unconstrained minimum along the line
     *   yᵢ ≠ yⱼ:  L = max(0, αⱼ − αᵢ),      H = min(C, C + αⱼ − αᵢ)       (αᵢ − αⱼ stays constant)
     *   yᵢ = yⱼ:  L = max(0, αᵢ + αⱼ − C),  H = min(C, αᵢ + αⱼ)           (αᵢ + αⱼ stays constant)
     *   αⱼ' ← clip(αⱼ', L, H),   αᵢ' = αᵢ + yᵢyⱼ·(αⱼ − αⱼ')
     * }</pre>
     * computed as libsvm does: the variable whose bound is met is set to that bound exactly (0 or C)
     * and the other from the constraint, so that a bounded α tests equal to 0 or C with no rounding.
     * η ≤ 0 (a sigmoid kernel, two equal rows) is replaced by τ = 1e-12: a long step, then clipped.
     *
     * @param alphaI αᵢ in [0, C]
     * @param alphaJ αⱼ in [0, C]
     * @param yI     yᵢ, ±1
     * @param yJ     yⱼ, ±1
     * @param gradI  Gᵢ = (Qα)ᵢ − 1
     * @param gradJ  Gⱼ
     * @param eta    η = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ, the curvature of the dual along the line
     * @param C      the box, &gt; 0
     * @return a new array {αᵢ', αⱼ'}
     */
    public static double[] updatePair(double alphaI, double alphaJ, int yI, int yJ, double gradI, double gradJ,
                                      double eta, double C) {
        double quad = eta > 0 ? eta : WorkingSet.TAU;
        double ai;
        double aj;
        if (yI != yJ) {
            double delta = (-gradI - gradJ) / quad;
            double diff = alphaI - alphaJ;
            ai = alphaI + delta;
            aj = alphaJ + delta;
            if (diff > 0) {
                if (aj < 0) {           // αⱼ' < L = 0
                    aj = 0;
                    ai = diff;
                }
                if (ai > C) {           // αⱼ' > H = C − diff
                    ai = C;
                    aj = C - diff;
                }
            } else {
                if (ai < 0) {           // αⱼ' < L = −diff
                    ai = 0;
                    aj = -diff;
                }
                if (aj > C) {           // αⱼ' > H = C
                    aj = C;
                    ai = C + diff;
                }
            }
        } else {
            double delta = (gradI - gradJ) / quad;
            double sum = alphaI + alphaJ;
            ai = alphaI - delta;
            aj = alphaJ + delta;
            if (sum > C) {
                if (ai > C) {           // αⱼ' < L = sum − C
                    ai = C;
                    aj = sum - C;
                }
                if (aj > C) {           // αⱼ' > H = C
                    aj = C;
                    ai = sum - C;
                }
            } else {
                if (aj < 0) {           // αⱼ' < L = 0
                    aj = 0;
                    ai = sum;
                }
                if (ai < 0) {           // αⱼ' > H = sum
                    ai = 0;
                    aj = sum;
                }
            }
        }
        return new double[] {ai, aj};
    }

    /**
     * Returns the KKT violation m(α) − M(α) ({@link WorkingSet}): ≤ 0 exactly at an optimum, and the
     * quantity libsvm's stopping rule compares with tol. −∞ if I_up or I_low is empty.
     *
     * @param alpha length l, in [0, C] (not modified)
     * @param G     the gradient Qα − e, length l (not modified)
     * @param y     length l, each ±1 (not modified)
     * @param C     the box, &gt; 0
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if the lengths differ
     */
    public static double kktViolation(double[] alpha, double[] G, int[] y, double C) {
        return WorkingSet.maximalViolatingPair(alpha, G, y, C).gap();
    }

    /**
     * Returns rho, minus the intercept of f(x) = Σⱼ αⱼyⱼk(xⱼ, x) − rho, as libsvm computes it: every free
     * support vector (0 &lt; αᵢ &lt; C) lies on the margin, yᵢf(xᵢ) = 1, i.e. rho = yᵢGᵢ; rho is their average,
     * <pre>{@code
     *   rho = (1/|F|)·Σ_{i ∈ F} yᵢGᵢ                        F = { i : 0 < αᵢ < C }
     *   rho = (max_{i ∈ L} yᵢGᵢ + min_{i ∈ U} yᵢGᵢ) / 2          if F is empty, the midpoint of the feasible interval:
     *         U = {yᵢ = +1, αᵢ = 0} ∪ {yᵢ = −1, αᵢ = C},  L = {yᵢ = −1, αᵢ = 0} ∪ {yᵢ = +1, αᵢ = C}
     * }</pre>
     * (The sign: b = −rho. Writing b = +average is the classic bug.)
     *
     * @param alpha length l, in [0, C] (not modified)
     * @param G     the gradient Qα − e, length l (not modified)
     * @param y     length l, each ±1 (not modified)
     * @param C     the box, &gt; 0
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if the lengths differ
     */
    public static double bias(double[] alpha, double[] G, int[] y, double C) {
        WorkingSet.check("Smo.bias", alpha, G, y);
        int free = 0;
        double sumFree = 0.0;
        double upper = Double.POSITIVE_INFINITY;
        double lower = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < alpha.length; i++) {
            double yG = y[i] * G[i];
            if (alpha[i] >= C) {
                if (y[i] == -1) {
                    upper = Math.min(upper, yG);
                } else {
                    lower = Math.max(lower, yG);
                }
            } else if (alpha[i] <= 0) {
                if (y[i] == 1) {
                    upper = Math.min(upper, yG);
                } else {
                    lower = Math.max(lower, yG);
                }
            } else {
                free++;
                sumFree += yG;
            }
        }
        return free > 0 ? sumFree / free : (upper + lower) / 2;
    }
}
