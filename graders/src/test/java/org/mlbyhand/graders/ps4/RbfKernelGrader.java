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
 * Grades {@code RbfKernel}: k(x, z) = exp(−γ·‖x − z‖²), against core's {@link Kernel.Rbf}, to round-off.
 * A learner who expands ‖x − z‖² = ‖x‖² − 2xᵀz + ‖z‖² loses to cancellation about ε·(‖x‖² + ‖z‖²) in
 * the exponent, so about γ·ε·(‖x‖² + ‖z‖²) ≤ 1e-13 relative in k for the random points here (p ≤ 5
 * entries of N(0, 1), γ ≤ 2): well inside {@link Tolerance#ROUNDOFF}.
 *
 * <p>The reference-free checks are the kernel's identities: symmetry and 0 ≤ k ≤ 1; the factorisation
 * over features, k(x, z) = Πⱼ k(xⱼ, zⱼ), which only the squared distance has; and k_{2γ} = k_γ², which
 * only γ in front of the squared distance has.
 */
public final class RbfKernelGrader extends Grader<RbfKernelGrader.Rbf> {
    private static final CaseGen PAIRS = CaseGen.create().dim("p", 1, 5).vector("x", "p").vector("z", "p")
            .scalar("gamma", 0.01, 2.0);

    /** The exercise's signature: k(x, z) for a γ. */
    @FunctionalInterface
    public interface Rbf {
        /** Returns exp(−γ·‖x − z‖²); x and z are not modified. */
        double value(double[] x, double[] z, double gamma);
    }

    @Override
    public Exercise exercise() {
        return exercise(10, "rbf-kernel", "RBF kernel", 5);
    }

    @Override
    public Rbf reference() {
        return (x, z, gamma) -> new Kernel.Rbf(gamma).apply(x, z);
    }

    @Override
    public List<Bug<Rbf>> bugs() {
        return RbfKernelBugs.ALL;
    }

    @Override
    public List<Alternative<Rbf>> alternatives() {
        return RbfKernelAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Kernel.Rbf.class));
    }

    @Override
    public Object call(Rbf k, Case c) {
        return k.value(c.vector("x"), c.vector("z"), c.scalar("gamma"));
    }

    @Override
    public String output() {
        return "k(x, z)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("x = [0, 0], z = [2, 1], γ = 0.1: ‖x − z‖² = 4 + 1 = 5, so k = e^(−0.5) ≈ 0.6065",
                        pair(new double[] {0, 0}, new double[] {2, 1}, 0.1), Tolerance.ROUNDOFF)
                .agrees("a point with itself is at distance 0: x = z = [1, 2], γ = 0.5 gives k = 1",
                        pair(new double[] {1, 2}, new double[] {1, 2}, 0.5), Tolerance.ROUNDOFF)
                .agrees("γ = 0 makes all points alike: x = [1, 2], z = [3, 0] gives k = e⁰ = 1",
                        pair(new double[] {1, 2}, new double[] {3, 0}, 0.0), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random points, p ≤ 5, γ ∈ [0.01, 2]", PAIRS, Tolerance.ROUNDOFF)
                .holds("k(x, z) = k(z, x), k(x, x) = 1 and 0 ≤ k ≤ 1", PAIRS, RbfKernelGrader::symmetricAndBounded)
                .holds("k factorises over the features: k(x, z) = Πⱼ k([xⱼ], [zⱼ]), your kernel on one feature at a"
                        + " time", PAIRS, RbfKernelGrader::factorises)
                .holds("doubling γ squares the kernel: k with 2γ equals (k with γ)²", PAIRS, RbfKernelGrader::doubling)
                .rejects("rejects x and z of different lengths: x = [1, 2], z = [1]",
                        pair(new double[] {1, 2}, new double[] {1}, 0.5), ShapeMismatchException.class)
                .rejects("rejects a negative γ: γ = −1", pair(new double[] {1, 2}, new double[] {0, 1}, -1.0),
                        IllegalArgumentException.class)
                .rejects("rejects γ = NaN (NaN < 0 is false: test !(γ >= 0))",
                        pair(new double[] {1, 2}, new double[] {0, 1}, Double.NaN), IllegalArgumentException.class);
    }

    private static void symmetricAndBounded(Case c, Invariant.Run run) {
        double[] x = c.vector("x");
        double[] z = c.vector("z");
        double gamma = c.scalar("gamma");
        double k = (Double) run.on(c);
        Expect.close("k(z, x), which must equal your k(x, z) = " + MatrixFormat.number(k), k,
                run.on(pair(z, x, gamma)), Tolerance.ROUNDOFF);
        Expect.close("k(x, x)", 1.0, run.on(pair(x, x.clone(), gamma)), Tolerance.ROUNDOFF);
        Expect.that(k >= 0.0 && k <= 1.0 + Tolerance.ROUNDOFF.relative(), "k(x, z) = " + MatrixFormat.number(k)
                + " for x = " + MatrixFormat.format(x) + ", z = " + MatrixFormat.format(z) + ", γ = "
                + MatrixFormat.number(gamma) + ", but exp(−γ·‖x − z‖²) with γ ≥ 0 lies in [0, 1]: it is 1 at"
                + " distance 0 and falls as the points move apart.");
    }

    /** exp(−γ·Σⱼ dⱼ²) = Πⱼ exp(−γ·dⱼ²): each factor is the learner's kernel on one feature. */
    private static void factorises(Case c, Invariant.Run run) {
        double[] x = c.vector("x");
        double[] z = c.vector("z");
        double gamma = c.scalar("gamma");
        double product = 1.0;
        for (int j = 0; j < x.length; j++) {
            product *= (Double) run.on(pair(new double[] {x[j]}, new double[] {z[j]}, gamma));
        }
        Expect.close("your k(x, z), which must be the product " + MatrixFormat.number(product) + " of your kernel on"
                + " the " + x.length + " features one at a time", product, run.on(c), Tolerance.ROUNDOFF);
    }

    /** exp(−2γ·d²) = exp(−γ·d²)². */
    private static void doubling(Case c, Invariant.Run run) {
        double[] x = c.vector("x");
        double[] z = c.vector("z");
        double gamma = c.scalar("gamma");
        double k = (Double) run.on(c);
        Expect.close("k(x, z) with 2γ = " + MatrixFormat.number(2 * gamma) + ", which must be the square of your k(x, z)"
                + " with γ = " + MatrixFormat.number(gamma) + " (" + MatrixFormat.number(k) + ")", k * k,
                run.on(pair(x, z, 2 * gamma)), Tolerance.ROUNDOFF);
    }

    private static Case pair(double[] x, double[] z, double gamma) {
        return Case.of("x", x, "z", z, "gamma", gamma);
    }
}
