package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.svm.Kernel;
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
 * Grades {@code PolynomialKernel}: k(x, z) = (γ·xᵀz + coef0)^degree, against core's
 * {@link Kernel.Polynomial}, to round-off. Core takes the power by repeated squaring (libsvm's
 * {@code powi}); {@code Math.pow} or a loop of multiplications differ from it by a few ulps, degree·ε at
 * most. What the order of the additions changes is the base: a base that cancels to nearly 0 keeps only
 * the rounding of its terms. So random cases are drawn with |γ·xᵀz + coef0| ≥ {@value #MIN_BASE_RATIO}
 * of γ·Σⱼ|xⱼzⱼ| + |coef0|, which bounds the difference between two correct sums by about
 * degree·pε/{@value #MIN_BASE_RATIO} ≈ 4e-13 relative (p ≤ 4, degree ≤ 4).
 *
 * <p>The reference-free checks: the linear kernel is the case degree 1, γ = 1, coef0 = 0, i.e. xᵀz; one
 * more degree multiplies by the base, k_{d+1} = k_d·k₁; and for degree 2, γ = 1 the kernel is an inner
 * product of explicit features, (xᵀz + c)² = φ(x)ᵀφ(z) with φ(x) = (xⱼxₖ for all j, k; √(2c)·x; c).
 */
public final class PolynomialKernelGrader extends Grader<PolynomialKernelGrader.Poly> {
    /** The smallest |γ·xᵀz + coef0| / (γ·Σ|xⱼzⱼ| + |coef0|) a random case may have. */
    static final double MIN_BASE_RATIO = 1e-2;

    private static final CaseGen KERNELS = CaseGen.create().dim("p", 1, 4).vector("x", "p").vector("z", "p")
            .integer("degree", 0, 4).scalar("gamma", 0.1, 2.0).scalar("coef0", -1.0, 2.0)
            .require("the base γ·xᵀz + coef0 does not cancel to nearly 0", PolynomialKernelGrader::baseDoesNotCancel);
    /** The smallest |xᵀz + c| / (Σ|xⱼzⱼ| + c) of the kernel-trick check, whose two sides square it differently. */
    static final double MIN_FEATURE_RATIO = 0.1;

    /** Points whose xᵀz does not cancel, for the linear-kernel check. */
    private static final CaseGen POINTS = CaseGen.create().dim("p", 1, 4).vector("x", "p").vector("z", "p")
            .require("xᵀz does not cancel to nearly 0", c -> ratio(c, 0.0) >= MIN_BASE_RATIO);
    /**
     * Points and c ≥ 0 for the kernel-trick check: (xᵀz + c)² and Σⱼₖ xⱼxₖzⱼzₖ + 2c·xᵀz + c² round on the
     * scale (Σ|xⱼzⱼ| + c)², so xᵀz + c must keep a tenth of it for the two to agree to round-off.
     */
    private static final CaseGen FEATURE_POINTS = CaseGen.create().dim("p", 1, 4).vector("x", "p").vector("z", "p")
            .scalar("coef0", 0.0, 2.0).require("xᵀz + coef0 keeps a tenth of the size of its terms",
                    c -> ratio(c, c.scalar("coef0")) >= MIN_FEATURE_RATIO);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Poly {
        /** Returns (γ·xᵀz + coef0)^degree; x and z are not modified. */
        double value(double[] x, double[] z, int degree, double gamma, double coef0);
    }

    @Override
    public Exercise exercise() {
        return exercise(20, "poly-kernel", "Polynomial and linear kernels", 5);
    }

    @Override
    public Poly reference() {
        return (x, z, degree, gamma, coef0) -> new Kernel.Polynomial(degree, gamma, coef0).apply(x, z);
    }

    @Override
    public List<Bug<Poly>> bugs() {
        return PolynomialKernelBugs.ALL;
    }

    @Override
    public List<Alternative<Poly>> alternatives() {
        return PolynomialKernelAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Kernel.Polynomial.class), Forbidden.type(Kernel.Linear.class));
    }

    @Override
    public Object call(Poly k, Case c) {
        return k.value(c.vector("x"), c.vector("z"), c.integer("degree"), c.scalar("gamma"), c.scalar("coef0"));
    }

    @Override
    public String output() {
        return "k(x, z)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("the linear kernel is degree 1, γ = 1, coef0 = 0: x = [1, 2], z = [4, −1] gives xᵀz = 2",
                        kernel(new double[] {1, 2}, new double[] {4, -1}, 1, 1.0, 0.0), Tolerance.ROUNDOFF)
                .agrees("x = [1, 2], z = [3, 1], degree 2, γ = 0.5, coef0 = 1: (0.5·5 + 1)² = 12.25",
                        kernel(new double[] {1, 2}, new double[] {3, 1}, 2, 0.5, 1.0), Tolerance.ROUNDOFF)
                .agrees("degree 0 gives 1: x = [1, 2], z = [3, 1], γ = 0.5, coef0 = 1 makes (3.5)⁰ = 1",
                        kernel(new double[] {1, 2}, new double[] {3, 1}, 0, 0.5, 1.0), Tolerance.ROUNDOFF)
                .agrees("a negative base keeps its sign under an odd power: x = [1], z = [−2], degree 3, γ = 1,"
                        + " coef0 = 0 gives (−2)³ = −8", kernel(new double[] {1}, new double[] {-2}, 3, 1.0, 0.0),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random points, degree ≤ 4, γ ∈ [0.1, 2], coef0 ∈ [−1, 2]", KERNELS,
                        Tolerance.ROUNDOFF)
                .holds("degree 1, γ = 1, coef0 = 0 is the linear kernel: k(x, z) = xᵀz", POINTS,
                        PolynomialKernelGrader::linear)
                .holds("one more degree multiplies by the base: k with degree d + 1 is (k with degree d)·(k with"
                        + " degree 1)", KERNELS, PolynomialKernelGrader::nextDegree)
                .holds("the kernel trick: (xᵀz + c)² = φ(x)ᵀφ(z) with φ(x) = (xⱼxₖ for all j, k; √(2c)·x; c)",
                        FEATURE_POINTS, PolynomialKernelGrader::featureMap)
                .rejects("rejects x and z of different lengths: x = [1, 2], z = [1]",
                        kernel(new double[] {1, 2}, new double[] {1}, 2, 1.0, 0.0), ShapeMismatchException.class)
                .rejects("rejects a negative degree: degree = −1",
                        kernel(new double[] {1, 2}, new double[] {3, 1}, -1, 1.0, 0.0), IllegalArgumentException.class)
                .rejects("rejects a negative γ: γ = −1",
                        kernel(new double[] {1, 2}, new double[] {3, 1}, 2, -1.0, 0.0), IllegalArgumentException.class)
                .rejects("rejects coef0 = NaN",
                        kernel(new double[] {1, 2}, new double[] {3, 1}, 2, 1.0, Double.NaN),
                        IllegalArgumentException.class);
    }

    private static void linear(Case c, Invariant.Run run) {
        double[] x = c.vector("x");
        double[] z = c.vector("z");
        Expect.close("the linear kernel (degree 1, γ = 1, coef0 = 0), which must be xᵀz = " + MatrixFormat.number(dot(x, z)),
                dot(x, z), run.on(kernel(x, z, 1, 1.0, 0.0)), Tolerance.ROUNDOFF);
    }

    /** (b)^(d+1) = b^d · b. */
    private static void nextDegree(Case c, Invariant.Run run) {
        double[] x = c.vector("x");
        double[] z = c.vector("z");
        int d = c.integer("degree");
        double gamma = c.scalar("gamma");
        double coef0 = c.scalar("coef0");
        double kd = (Double) run.on(c);
        double k1 = (Double) run.on(kernel(x, z, 1, gamma, coef0));
        Expect.close("k with degree " + (d + 1) + ", which must be your k with degree " + d + " ("
                + MatrixFormat.number(kd) + ") times your k with degree 1 (" + MatrixFormat.number(k1) + ")", kd * k1,
                run.on(kernel(x, z, d + 1, gamma, coef0)), Tolerance.ROUNDOFF);
    }

    /** (xᵀz + c)² = Σⱼₖ xⱼxₖzⱼzₖ + 2c·xᵀz + c², the inner product of φ(x) = (x⊗x, √(2c)·x, c). */
    private static void featureMap(Case c, Invariant.Run run) {
        double[] x = c.vector("x");
        double[] z = c.vector("z");
        double coef0 = c.scalar("coef0");
        double[] phiX = features(x, coef0);
        double[] phiZ = features(z, coef0);
        double inner = dot(phiX, phiZ);
        Expect.close("your k(x, z) with degree 2, γ = 1, coef0 = " + MatrixFormat.number(coef0) + ", which must be"
                + " φ(x)ᵀφ(z) = " + MatrixFormat.number(inner), inner, run.on(kernel(x, z, 2, 1.0, coef0)),
                Tolerance.ROUNDOFF);
    }

    /** φ(x) = (xⱼxₖ for j, k = 0 … p−1; √(2c)·xⱼ; c), length p² + p + 1. */
    private static double[] features(double[] x, double c) {
        int p = x.length;
        double[] phi = new double[p * p + p + 1];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                phi[j * p + k] = x[j] * x[k];
            }
            phi[p * p + j] = Math.sqrt(2 * c) * x[j];
        }
        phi[p * p + p] = c;
        return phi;
    }

    private static boolean baseDoesNotCancel(Case c) {
        double[] x = c.vector("x");
        double[] z = c.vector("z");
        double gamma = c.scalar("gamma");
        double coef0 = c.scalar("coef0");
        double size = 0.0;
        for (int j = 0; j < x.length; j++) {
            size += Math.abs(x[j] * z[j]);
        }
        return Math.abs(gamma * dot(x, z) + coef0) >= MIN_BASE_RATIO * (gamma * size + Math.abs(coef0));
    }

    /** |xᵀz + c| / (Σ|xⱼzⱼ| + c), for c ≥ 0: how much of its terms' size the base keeps. */
    private static double ratio(Case c, double coef0) {
        double[] x = c.vector("x");
        double[] z = c.vector("z");
        double size = coef0;
        for (int j = 0; j < x.length; j++) {
            size += Math.abs(x[j] * z[j]);
        }
        return size == 0.0 ? 1.0 : Math.abs(dot(x, z) + coef0) / size;
    }

    private static double dot(double[] x, double[] z) {
        double s = 0.0;
        for (int j = 0; j < x.length; j++) {
            s += x[j] * z[j];
        }
        return s;
    }

    static Case kernel(double[] x, double[] z, int degree, double gamma, double coef0) {
        return Case.of("x", x, "z", z, "degree", degree, "gamma", gamma, "coef0", coef0);
    }
}
