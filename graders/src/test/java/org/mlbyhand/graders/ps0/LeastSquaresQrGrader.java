package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.HouseholderQr;
import org.mlbyhand.core.decompose.LeastSquares;
import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.linear.LinearRegression;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Conditioning;
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
 * Grades {@code LeastSquaresQr}: x = argmin ‖A·x − b‖₂ by Householder QR, against core's
 * {@link LeastSquares#solve(Matrix, double[])}, on tall, well-conditioned matrices, so that any
 * correct QR solution agrees with the reference to {@link Tolerance#CLOSED_FORM}: drawn with
 * κ₂ = {@value #DRAWN_CONDITION}, and kept while shrinking only if
 * <pre>{@code
 *   κ_F(A) = ‖A‖_F · ‖A⁺‖_F = ‖A‖_F · ‖R⁻¹‖_F  ≤  MAX_CONDITION       (κ₂ ≤ κ_F ≤ n·κ₂)
 * }</pre>
 * computed by {@link Conditioning#frobenius}.
 *
 * <p>The lesson "never form AᵀA" is graded on ill-conditioned problems where a backward-stable QR keeps
 * the tolerance and the normal equations cannot: Läuchli's matrix ({@link #EPS}), on which AᵀA rounds to
 * an exactly singular matrix, then {@link IllConditionedProblems} (κ₂ = 1e5, b in the range of A), on
 * whose 100 draws Householder, Givens and modified Gram–Schmidt match the reference to 4e-11 and the
 * normal equations miss the tolerance on 99 (median error 2e-7).
 */
public final class LeastSquaresQrGrader extends Grader<BiFunction<Matrix, double[], double[]>> {
    /** Condition number κ₂ of the random design matrices. */
    static final double DRAWN_CONDITION = 30;
    /** Largest Frobenius condition number κ_F a (shrunk) design matrix may have; a draw has κ_F ≤ 5·30. */
    static final double MAX_CONDITION = 200;
    /**
     * The ε of Läuchli's matrix A = [[1, 1], [ε, 0], [0, ε]]: κ₂(A) = √(2 + ε²)/ε ≈ 1.4e8, and ε² = 1e-16 is
     * below half an ulp of 1, so AᵀA = [[1 + ε², 1], [1, 1 + ε²]] rounds to the singular [[1, 1], [1, 1]].
     * Householder QR loses nothing on it: every reflection is exact up to round-off in the last bit.
     */
    static final double EPS = 1e-8;

    private static final CaseGen PROBLEMS = CaseGen.create().dim("m", 1, 8).dim("n", 1, 5)
            .conditioned("A", "m", "n", DRAWN_CONDITION).vector("b", "m")
            .require("m ≥ n", c -> c.dim("m") >= c.dim("n"))
            .require("A is well conditioned: κ_F(A) ≤ " + MAX_CONDITION,
                    c -> Conditioning.frobenius(c.matrix("A")) <= MAX_CONDITION);

    @Override
    public Exercise exercise() {
        return exercise(70, "lstsq", "Least squares, Householder QR", 25);
    }

    @Override
    public BiFunction<Matrix, double[], double[]> reference() {
        return LeastSquares::solve;
    }

    @Override
    public List<Bug<BiFunction<Matrix, double[], double[]>>> bugs() {
        return LeastSquaresQrBugs.ALL;
    }

    @Override
    public List<Alternative<BiFunction<Matrix, double[], double[]>>> alternatives() {
        return LeastSquaresQrAlternatives.ALL;
    }

    /** Core's QR, its least-squares solver, and the linear models that would call them for the learner. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(HouseholderQr.class), Forbidden.type(LeastSquares.class),
                Forbidden.type(LinearRegression.class), Forbidden.type(Ridge.class));
    }

    @Override
    public Object call(BiFunction<Matrix, double[], double[]> solve, Case c) {
        return solve.apply(c.matrix("A"), c.vector("b"));
    }

    @Override
    public String output() {
        return "x";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("fitting a constant to b = [1, 3] gives their mean: A = [[1], [1]]",
                        Case.of("A", m(new double[][] {{1}, {1}}), "b", new double[] {1, 3}), Tolerance.CLOSED_FORM)
                .agrees("handles a column that is already a negative multiple of e₀: A = [[-2], [0]], b = [4, 1]",
                        Case.of("A", m(new double[][] {{-2}, {0}}), "b", new double[] {4, 1}), Tolerance.CLOSED_FORM)
                .agrees("solves a square system exactly: [[2, 1], [1, 3]]·x = [3, 4]",
                        Case.of("A", m(new double[][] {{2, 1}, {1, 3}}), "b", new double[] {3, 4}),
                        Tolerance.CLOSED_FORM)
                .agrees("handles an A that is already upper triangular: [[-2, 1], [0, 3], [0, 0]], b = [-1, 3, 5]",
                        Case.of("A", m(new double[][] {{-2, 1}, {0, 3}, {0, 0}}), "b", new double[] {-1, 3, 5}),
                        Tolerance.CLOSED_FORM)
                .agrees("handles a column whose top entry is 0: A = [[0], [1]], b = [1, 2]",
                        Case.of("A", m(new double[][] {{0}, {1}}), "b", new double[] {1, 2}), Tolerance.CLOSED_FORM)
                .agrees("matches the reference on random well-conditioned problems", PROBLEMS, Tolerance.CLOSED_FORM)
                .holds("the residual is orthogonal to A's columns: Aᵀ(A·x − b) = 0", PROBLEMS,
                        LeastSquaresQrGrader::normalEquations)
                .agrees("stays accurate where AᵀA rounds to a singular matrix (Läuchli's A, ε = 1e-8; x = [1, 1])",
                        Case.of("A", m(new double[][] {{1, 1}, {EPS, 0}, {0, EPS}}), "b", new double[] {2, EPS, EPS}),
                        Tolerance.CLOSED_FORM)
                .agrees("matches the reference on ill-conditioned problems (κ₂ = 1e5, b in the range of A)",
                        new IllConditionedProblems(), Tolerance.CLOSED_FORM)
                .rejects("rejects a rank-deficient A: [[1, 1], [0, 0], [0, 0]]",
                        Case.of("A", m(new double[][] {{1, 1}, {0, 0}, {0, 0}}), "b", new double[] {1, 2, 3}),
                        SingularMatrixException.class)
                .rejects("rejects a wide A: 2×3",
                        Case.of("A", m(new double[][] {{1, 0, 0}, {0, 1, 0}}), "b", new double[] {1, 2}),
                        ShapeMismatchException.class)
                .rejects("rejects b of the wrong length: A is 3×2, b has length 2",
                        Case.of("A", m(new double[][] {{1, 0}, {0, 1}, {1, 1}}), "b", new double[] {1, 2}),
                        ShapeMismatchException.class);
    }

    /** ‖Aᵀ(A·x − b)‖∞ ≤ tolerance · ‖A‖_F · ‖b‖₂: the normal equations, the optimality condition. */
    private static void normalEquations(Case c, Invariant.Run run) {
        Matrix A = c.matrix("A");
        double[] b = c.vector("b");
        double[] x = (double[]) run.on(c);
        Expect.that(x != null && x.length == A.cols(), "x must be a vector with one entry per column of A ("
                + A.cols() + ").");
        double[] g = A.transpose().multiply(Vectors.subtract(A.multiply(x), b));
        double allowed = Tolerance.CLOSED_FORM.relative() * A.frobeniusNorm() * Vectors.norm(b);
        for (int j = 0; j < g.length; j++) {
            Expect.that(Math.abs(g[j]) <= allowed, String.format(Locale.ROOT,
                    "entry %d of Aᵀ(A·x − b) is %s, but at the minimum it is 0: the residual A·x − b must be"
                            + " orthogonal to every column of A\n  (allowed |entry| ≤ %.0e·‖A‖_F·‖b‖₂ = %s; x = %s)",
                    j, MatrixFormat.number(g[j]), Tolerance.CLOSED_FORM.relative(), MatrixFormat.number(allowed),
                    MatrixFormat.format(x)));
        }
    }


    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
