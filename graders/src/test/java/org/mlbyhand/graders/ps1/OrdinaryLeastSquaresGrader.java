package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.core.linear.LinearRegression;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code OrdinaryLeastSquares}: (w, b) = argmin ‖y − X·w − b·1‖² by the centred normal equations
 * and Cholesky, against core's {@link LinearRegression} with its Cholesky solver (the same algorithm, so
 * a singular XcᵀXc throws the same {@link NotPositiveDefiniteException}, and fewer than p + 1 rows the same
 * IllegalArgumentException). Random designs have n &gt; p
 * and are drawn with κ₂(X) = {@value #DRAWN_CONDITION}; a case is kept (drawn or shrunk) only if the
 * centred design has κ_F(Xc) ≤ {@value #MAX_CONDITION}, so that the normal equations, whose condition
 * number is κ(Xc)², are solved to about 4e4·u and any correct solution agrees to
 * {@link Tolerance#CLOSED_FORM}.
 */
public final class OrdinaryLeastSquaresGrader extends Grader<BiFunction<Matrix, double[], LinearParameters>> {
    /** Condition number κ₂ of the random design matrices X (before centring). */
    static final double DRAWN_CONDITION = 30;
    /** Largest Frobenius condition number κ_F of the centred design a (shrunk) case may have. */
    static final double MAX_CONDITION = 200;

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 2, 8).dim("p", 1, 4)
            .conditioned("X", "n", "p", DRAWN_CONDITION).vector("y", "n")
            .require("n > p: p coefficients and an intercept", c -> c.dim("n") > c.dim("p"))
            .require("the centred X is well conditioned: κ_F(Xc) ≤ " + MAX_CONDITION,
                    c -> CentredLeastSquares.condition(c.matrix("X"), 0.0) <= MAX_CONDITION);

    @Override
    public Exercise exercise() {
        return exercise(40, "ols", "OLS by the normal equations", 15);
    }

    @Override
    public BiFunction<Matrix, double[], LinearParameters> reference() {
        return (X, y) -> new LinearRegression().withSolver(LinearRegression.Solver.CHOLESKY).fit(X, y).parameters();
    }

    @Override
    public List<Bug<BiFunction<Matrix, double[], LinearParameters>>> bugs() {
        return OrdinaryLeastSquaresBugs.ALL;
    }

    @Override
    public List<Alternative<BiFunction<Matrix, double[], LinearParameters>>> alternatives() {
        return OrdinaryLeastSquaresAlternatives.ALL;
    }

    /** The fit is the exercise: core's least-squares trainers (Ridge with α = 0 is one) are off limits. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(LinearRegression.class), Forbidden.type(Ridge.class));
    }

    @Override
    public Object call(BiFunction<Matrix, double[], LinearParameters> fit, Case c) {
        return fit.apply(c.matrix("X"), c.vector("y"));
    }

    @Override
    public String output() {
        return "(w, b)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("fits the line through x = [0, 1, 2], y = [1, 3, 5] exactly: w = [2], b = 1",
                        Case.of("X", m(new double[][] {{0}, {1}, {2}}), "y", new double[] {1, 3, 5}),
                        Tolerance.CLOSED_FORM)
                .agrees("fits a noisy line: x = [1, 2, 3, 4], y = [2, 1, 4, 3] gives w = [3/5] (Σxc·yc = 3,"
                                + " Σxc² = 5) and b = ȳ − x̄·w = 2.5 − 2.5·0.6 = 1",
                        Case.of("X", m(new double[][] {{1}, {2}, {3}, {4}}), "y", new double[] {2, 1, 4, 3}),
                        Tolerance.CLOSED_FORM)
                .agrees("fits a plane through four points: X = [[1, 0], [0, 1], [1, 1], [2, 2]],"
                                + " y = 1 + 2·x₀ − x₁ = [3, 0, 2, 3]: w = [2, −1], b = 1",
                        Case.of("X", m(new double[][] {{1, 0}, {0, 1}, {1, 1}, {2, 2}}), "y",
                                new double[] {3, 0, 2, 3}),
                        Tolerance.CLOSED_FORM)
                .agrees("matches the reference on random well-conditioned problems", PROBLEMS, Tolerance.CLOSED_FORM)
                .holds("the residual r = y − X·w − b sums to 0 and is orthogonal to every column of X", PROBLEMS,
                        (c, run) -> CentredLeastSquares.expectStationary(c.matrix("X"), c.vector("y"), 0.0,
                                run.on(c)))
                .rejects("rejects a single sample: one point fixes no line, X = [[3]], y = [2]",
                        Case.of("X", m(new double[][] {{3}}), "y", new double[] {2}), IllegalArgumentException.class)
                .rejects("rejects as many features as rows: 2 coefficients and an intercept need 3 rows, X is 2×2",
                        Case.of("X", m(new double[][] {{1, 2}, {3, 5}}), "y", new double[] {1, 2}),
                        IllegalArgumentException.class)
                .rejects("rejects a constant column, which is collinear with the intercept: X = [[1, 5], [2, 5],"
                                + " [3, 5]] centres to a zero column, so XcᵀXc is singular (Cholesky's"
                                + " NotPositiveDefiniteException, or any ArithmeticException your factorisation throws)",
                        Case.of("X", m(new double[][] {{1, 5}, {2, 5}, {3, 5}}), "y", new double[] {1, 2, 3}),
                        ArithmeticException.class)
                .rejects("rejects a duplicated column: X = [[1, 1], [2, 2], [1, 1], [2, 2]]",
                        Case.of("X", m(new double[][] {{1, 1}, {2, 2}, {1, 1}, {2, 2}}), "y",
                                new double[] {1, 2, 3, 4}),
                        ArithmeticException.class)
                .rejects("rejects y of the wrong length: X is 3×1, y has length 2",
                        Case.of("X", m(new double[][] {{1}, {2}, {3}}), "y", new double[] {1, 2}),
                        ShapeMismatchException.class)
                .rejects("rejects a NaN in X",
                        Case.of("X", m(new double[][] {{1}, {Double.NaN}, {3}}), "y", new double[] {1, 2, 3}),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in y",
                        Case.of("X", m(new double[][] {{1}, {2}, {3}}), "y", new double[] {1, Double.NaN, 3}),
                        IllegalArgumentException.class)
                .rejects("rejects an X with no rows: 0×1, y = []",
                        Case.of("X", Matrix.zeros(0, 1), "y", new double[0]), IllegalArgumentException.class)
                .rejects("rejects an X with no columns: 2×0",
                        Case.of("X", Matrix.zeros(2, 0), "y", new double[] {1, 2}), IllegalArgumentException.class);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
