package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.svm.DualSolution;
import org.mlbyhand.core.svm.Kernel;
import org.mlbyhand.core.svm.KernelCache;
import org.mlbyhand.core.svm.Smo;
import org.mlbyhand.datasets.synthetic.Moons;

/**
 * The SVM dual as the SMO exercises see it, l rows with signs yₜ = ±1:
 * <pre>{@code
 *   f(α) = ½·αᵀQα − eᵀα,   Qₛₜ = yₛyₜKₛₜ,   G = Qα − e,   0 ≤ αₜ ≤ C
 *   I_up  = { yₜ = +1, αₜ < C } ∪ { yₜ = −1, αₜ > 0 },    m = max_{I_up} −yₜGₜ
 *   I_low = { yₜ = −1, αₜ < C } ∪ { yₜ = +1, αₜ > 0 },    M = min_{I_low} −yₜGₜ
 * }</pre>
 * Random states (α, G, y, C) are drawn so that bounds are common: each αₜ is 0, ½, 1 or uniform in
 * (0, 1), C is ½, 1, 2 or 100 ("C large": nothing at the upper bound), and α must lie in the box. G is
 * N(0, 1) and independent of α: the pair update, the working set and the bias are defined for any G, and
 * the checks that need the G of a real α build it with {@link #gradient}. Solved problems come from core's
 * {@link Smo} on a few points of the moons.
 */
final class DualCases {
    /** The values of C a random case takes: 100 is "C large", where no αₜ reaches the bound. */
    private static final double[] C_VALUES = {0.5, 1.0, 2.0, 100.0};

    private DualCases() {
    }

    /** Random states (α, G, y, C) of l ∈ [minL, maxL] rows, α in the box. */
    static CaseGen states(int minL, int maxL) {
        return CaseGen.create().dim("l", minL, maxL)
                .vector("alpha", "l", DualCases::alphaEntry)
                .vector("G", "l")
                .value("y", int[].class, List.of("l"), (rng, s) -> signs(rng, s[0]), DualCases::areSigns)
                .value("C", Double.class, List.of(), (rng, s) -> C_VALUES[rng.nextInt(C_VALUES.length)], C -> C > 0)
                .require("every αₜ is in [0, C]", DualCases::inBox);
    }

    /**
     * Adds the l×l kernel matrix K of l random points (p ∈ [1, 3], N(0, 1) entries) under the linear or an
     * RBF kernel: symmetric positive semi-definite, and it stays so as it shrinks (a principal submatrix,
     * or simpler numbers that are checked).
     */
    static CaseGen withKernelMatrix(CaseGen states) {
        return states.value("K", Matrix.class, List.of("l", "l"), DualCases::gram, DualCases::isGram);
    }

    /** The values of C a random problem takes: 0.05 puts most αₜ at the bound, 100 almost none. */
    private static final double[] PROBLEM_C = {0.05, 1.0, 100.0};

    /**
     * Random whole problems (K, y, C, tol, maxIter) for the SMO loop: l ∈ [minL, maxL] random points under
     * the linear or an RBF kernel ({@link #withKernelMatrix}), both signs present, C ∈ {0.05, 1, 100}, and
     * the given tol and maxIter.
     */
    static CaseGen problems(int minL, int maxL, double tol, int maxIter) {
        return CaseGen.create().dim("l", minL, maxL)
                .value("K", Matrix.class, List.of("l", "l"), DualCases::gram, DualCases::isGram)
                .value("y", int[].class, List.of("l"), (rng, s) -> signs(rng, s[0]), DualCases::areSigns)
                .value("C", Double.class, List.of(), (rng, s) -> PROBLEM_C[rng.nextInt(PROBLEM_C.length)], C -> C > 0)
                .value("tol", Double.class, List.of(), (rng, s) -> tol, t -> t == tol)
                .value("maxIter", Integer.class, List.of(), (rng, s) -> maxIter, n -> n == maxIter)
                .require("both signs are present", c -> bothSigns(c.get("y", int[].class)));
    }

    /**
     * The problem (K, y, C, tol, maxIter) of n points of the moons (noise 0.25, the given seed) under an RBF
     * kernel of γ = 1.
     */
    static Case moonsProblem(long seed, int n, double C, double tol, int maxIter) {
        Matrix X = Moons.sample(n, 0.25, seed).features();
        int[] labels = Moons.sample(n, 0.25, seed).labels();
        int[] y = new int[n];
        for (int t = 0; t < n; t++) {
            y[t] = labels[t] == 1 ? 1 : -1;
        }
        return Case.of("K", new Kernel.Rbf(1.0).gram(X), "y", y, "C", C, "tol", tol, "maxIter", maxIter);
    }

    /** True when y holds both +1 and −1. */
    static boolean bothSigns(int[] y) {
        boolean plus = false;
        boolean minus = false;
        for (int s : y) {
            plus |= s == 1;
            minus |= s == -1;
        }
        return plus && minus;
    }

    private static double alphaEntry(Rng rng) {
        switch (rng.nextInt(4)) {
            case 0:
                return 0.0;
            case 1:
                return 0.5;
            case 2:
                return 1.0;
            default:
                return rng.uniform(0.0, 1.0);
        }
    }

    private static int[] signs(Rng rng, int l) {
        int[] y = new int[l];
        for (int t = 0; t < l; t++) {
            y[t] = rng.nextInt(2) == 0 ? -1 : 1;
        }
        return y;
    }

    private static Matrix gram(Rng rng, int[] size) {
        int l = size[0];
        int p = rng.nextInt(1, 3);
        Matrix X = Matrix.zeros(l, p);
        for (int t = 0; t < l; t++) {
            for (int j = 0; j < p; j++) {
                X.set(t, j, rng.nextGaussian());
            }
        }
        Kernel k = rng.nextInt(2) == 0 ? new Kernel.Linear() : new Kernel.Rbf(rng.uniform(0.2, 1.0));
        return k.gram(X);
    }

    /** True when every entry of y is +1 or −1. */
    static boolean areSigns(int[] y) {
        for (int s : y) {
            if (s != 1 && s != -1) {
                return false;
            }
        }
        return true;
    }

    /** True when K is symmetric and positive semi-definite (smallest eigenvalue ≥ −1e-10 of its scale). */
    static boolean isGram(Matrix K) {
        if (K.rows() != K.cols()) {
            return false;
        }
        for (int a = 0; a < K.rows(); a++) {
            for (int b = 0; b < a; b++) {
                if (K.get(a, b) != K.get(b, a)) {
                    return false;
                }
            }
        }
        if (K.rows() == 0) {
            return true;
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (double v : SymmetricEigen.of(K).eigenvalues()) {
            smallest = Math.min(smallest, v);
        }
        return smallest >= -1e-10 * Math.max(1.0, K.maxAbs());
    }

    private static boolean inBox(Case c) {
        double C = c.get("C", Double.class);
        for (double a : c.vector("alpha")) {
            if (!(a >= 0.0 && a <= C)) {
                return false;
            }
        }
        return true;
    }

    /** t ∈ I_up(α): yₜαₜ may grow. */
    static boolean inUp(double alpha, int y, double C) {
        return y == 1 ? alpha < C : alpha > 0;
    }

    /** t ∈ I_low(α): yₜαₜ may shrink. */
    static boolean inLow(double alpha, int y, double C) {
        return y == 1 ? alpha > 0 : alpha < C;
    }

    /** m(α) = max over I_up of −yₜGₜ, −∞ if I_up is empty. */
    static double m(double[] alpha, double[] G, int[] y, double C) {
        double m = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < alpha.length; t++) {
            if (inUp(alpha[t], y[t], C)) {
                m = Math.max(m, -y[t] * G[t]);
            }
        }
        return m;
    }

    /** M(α) = min over I_low of −yₜGₜ, +∞ if I_low is empty. */
    static double M(double[] alpha, double[] G, int[] y, double C) {
        double M = Double.POSITIVE_INFINITY;
        for (int t = 0; t < alpha.length; t++) {
            if (inLow(alpha[t], y[t], C)) {
                M = Math.min(M, -y[t] * G[t]);
            }
        }
        return M;
    }

    /** G = Qα − e, Qₛₜ = yₛyₜKₛₜ, in double precision. */
    static double[] gradient(Matrix K, int[] y, double[] alpha) {
        int l = alpha.length;
        double[] G = new double[l];
        for (int t = 0; t < l; t++) {
            double sum = 0.0;
            for (int s = 0; s < l; s++) {
                sum += y[t] * y[s] * K.get(t, s) * alpha[s];
            }
            G[t] = sum - 1.0;
        }
        return G;
    }

    /** f(α) = ½·αᵀQα − eᵀα. */
    static double objective(Matrix K, int[] y, double[] alpha) {
        double quadratic = 0.0;
        double linear = 0.0;
        for (int s = 0; s < alpha.length; s++) {
            for (int t = 0; t < alpha.length; t++) {
                quadratic += alpha[s] * y[s] * y[t] * K.get(s, t) * alpha[t];
            }
            linear += alpha[s];
        }
        return 0.5 * quadratic - linear;
    }

    /** The size of the terms of f(α), Σ|αₛQₛₜαₜ|/2 + Σ|αₜ|: the scale of its round-off. */
    static double objectiveScale(Matrix K, double[] alpha) {
        double size = 0.0;
        for (int s = 0; s < alpha.length; s++) {
            for (int t = 0; t < alpha.length; t++) {
                size += 0.5 * Math.abs(alpha[s] * K.get(s, t) * alpha[t]);
            }
            size += Math.abs(alpha[s]);
        }
        return size;
    }

    /**
     * The state (α, G, y, C) at which core's SMO stops on n points of the moons (noise 0.25) with an RBF
     * kernel of γ = 1, tol = 1e-3: a real solution, with free and bounded support vectors.
     */
    static Case solved(long seed, int n, double C) {
        Matrix X = Moons.sample(n, 0.25, seed).features();
        int[] labels = Moons.sample(n, 0.25, seed).labels();
        int[] y = new int[n];
        for (int t = 0; t < n; t++) {
            y[t] = labels[t] == 1 ? 1 : -1;
        }
        DualSolution s = Smo.solve(new KernelCache(new Kernel.Rbf(1.0), X, y, 1.0), C, 1e-3, -1);
        return Case.of("alpha", s.alpha().clone(), "G", s.gradient().clone(), "y", y, "C", C);
    }
}
