package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.svm.Kernel;
import org.mlbyhand.core.svm.KernelCache;
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
 * Grades {@code GramMatrix}: K[a][b] = k(X_a, Z_b), m×n, against core's {@link Kernel#gram}. A learner
 * who calls {@code kernel.apply} gets core's numbers exactly; one who vectorises (the RBF kernel as
 * ‖x‖² − 2xᵀz + ‖z‖², the linear one as X·Zᵀ) differs by round-off on the scale of the largest entry,
 * which is how {@link Tolerance} judges a matrix. The kernel is a case argument by name and parameters
 * ({@link KernelCases}), so a failing case reads as the call a learner would write.
 *
 * <p>The reference-free checks: K(X, X) is symmetric and positive semi-definite (the smallest eigenvalue
 * is ≥ −1e-12 of the largest entry, for the three kernels with coef0 ≥ 0), and K(X, Z)ᵀ = K(Z, X).
 */
public final class GramMatrixGrader extends Grader<GramMatrixGrader.Gram> {
    private static final CaseGen POINTS = CaseGen.create().dim("m", 1, 5).dim("n", 1, 5).dim("p", 1, 4)
            .matrix("X", "m", "p").matrix("Z", "n", "p");
    private static final CaseGen LINEAR = KernelCases.withKernel(POINTS, "linear");
    private static final CaseGen POLY = KernelCases.withKernel(POINTS, "poly");
    private static final CaseGen RBF = KernelCases.withKernel(POINTS, "rbf");

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Gram {
        /** Returns K[a][b] = kernel(X_a, Z_b), m×n; X and Z are not modified. */
        Matrix compute(Matrix X, Matrix Z, Kernel kernel);
    }

    @Override
    public Exercise exercise() {
        return exercise(30, "gram-matrix", "Kernel (Gram) matrix", 10);
    }

    @Override
    public Gram reference() {
        return (X, Z, kernel) -> kernel.gram(X, Z);
    }

    @Override
    public List<Bug<Gram>> bugs() {
        return GramMatrixBugs.ALL;
    }

    @Override
    public List<Alternative<Gram>> alternatives() {
        return GramMatrixAlternatives.ALL;
    }

    /** The loop is the exercise: core's gram, and the cache that computes rows of Q, are off limits. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Kernel.class, "gram"), Forbidden.type(KernelCache.class));
    }

    @Override
    public Object call(Gram gram, Case c) {
        return gram.compute(c.matrix("X"), c.matrix("Z"), KernelCases.kernel(c));
    }

    @Override
    public String output() {
        return "K";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("linear kernel, X = [[1, 0], [0, 1], [1, 1]], Z = [[1, 2]]: K = [[1], [2], [3]], one row per"
                                + " row of X",
                        points(m(new double[][] {{1, 0}, {0, 1}, {1, 1}}), m(new double[][] {{1, 2}}), KernelCases.linear()),
                        Tolerance.ROUNDOFF)
                .agrees("RBF kernel, γ = 0.5, X = [[0, 0]], Z = [[0, 0], [1, 1]]: K = [[1, e^(−1)]]",
                        points(m(new double[][] {{0, 0}}), m(new double[][] {{0, 0}, {1, 1}}), KernelCases.rbf(0.5)),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference with the linear kernel on random X (m×p) and Z (n×p)", LINEAR,
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference with polynomial kernels, degree ≤ 3", POLY, Tolerance.ROUNDOFF)
                .agrees("matches the reference with RBF kernels, γ ∈ [0.05, 2]", RBF, Tolerance.ROUNDOFF)
                .holds("K(X, Z)ᵀ = K(Z, X): the rows of K belong to X, its columns to Z", RBF, GramMatrixGrader::transposes)
                .holds("K(X, X) is symmetric and positive semi-definite (RBF kernels)", RBF, GramMatrixGrader::psd)
                .holds("K(X, X) is symmetric and positive semi-definite (polynomial kernels, coef0 ≥ 0)", POLY,
                        GramMatrixGrader::psd)
                .agrees("an X with no rows gives a 0×n K: X is 0×2, Z = [[1, 2]]",
                        points(Matrix.zeros(0, 2), m(new double[][] {{1, 2}}), KernelCases.rbf(1.0)), Tolerance.EXACT)
                .rejects("rejects X and Z with different numbers of columns: X is 2×2, Z is 1×3",
                        points(m(new double[][] {{1, 2}, {3, 4}}), m(new double[][] {{1, 2, 3}}), KernelCases.linear()),
                        ShapeMismatchException.class)
                .rejects("rejects X and Z with different numbers of columns even with no pair to compute: X is 0×2,"
                                + " Z is 1×3",
                        points(Matrix.zeros(0, 2), m(new double[][] {{1, 2, 3}}), KernelCases.linear()),
                        ShapeMismatchException.class);
    }

    private static void transposes(Case c, Invariant.Run run) {
        Object forward = run.on(c);
        Object backward = run.on(swapped(c));
        Expect.that(forward instanceof Matrix && backward instanceof Matrix, "your code must return a Matrix.");
        Expect.close("K(Z, X)ᵀ, which must equal your K(X, Z)", forward, ((Matrix) backward).transpose(),
                Tolerance.ROUNDOFF);
    }

    private static void psd(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Object result = run.on(withZ(c, X.copy()));
        Expect.that(result instanceof Matrix && ((Matrix) result).rows() == X.rows() && ((Matrix) result).cols() == X.rows(),
                "K(X, X) must be a " + X.rows() + "×" + X.rows() + " matrix.");
        Matrix K = (Matrix) result;
        Expect.close("K(X, X)ᵀ, which must equal K(X, X)", K, K.transpose(), Tolerance.ROUNDOFF);
        Matrix S = K.plus(K.transpose()).scale(0.5);
        double smallest = Double.POSITIVE_INFINITY;
        for (double v : SymmetricEigen.of(S).eigenvalues()) {
            smallest = Math.min(smallest, v);
        }
        double allowed = -Tolerance.ROUNDOFF.relative() * Math.max(1.0, K.maxAbs());
        Expect.that(smallest >= allowed, "K(X, X) has the eigenvalue " + MatrixFormat.number(smallest) + " < 0, but a"
                + " Gram matrix is positive semi-definite: cᵀKc = ‖Σₐ cₐφ(xₐ)‖² ≥ 0 for every c. K = "
                + MatrixFormat.format(K));
    }

    /** The same case with X and Z exchanged. */
    private static Case swapped(Case c) {
        return rebuilt(c, c.matrix("Z"), c.matrix("X"));
    }

    private static Case withZ(Case c, Matrix Z) {
        return rebuilt(c, c.matrix("X"), Z);
    }

    private static Case rebuilt(Case c, Matrix X, Matrix Z) {
        String kernel = c.get("kernel", String.class);
        Object[] params = kernel.equals("linear") ? KernelCases.linear()
                : kernel.equals("rbf") ? KernelCases.rbf(c.scalar("gamma"))
                : KernelCases.poly(c.integer("degree"), c.scalar("gamma"), c.scalar("coef0"));
        return points(X, Z, params);
    }

    private static Case points(Matrix X, Matrix Z, Object[] kernel) {
        return KernelCases.of(new Object[] {"X", X, "Z", Z}, kernel);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
