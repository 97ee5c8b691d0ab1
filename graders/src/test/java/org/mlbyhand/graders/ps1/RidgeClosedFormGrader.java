package org.mlbyhand.graders.ps1;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.ElasticNet;
import org.mlbyhand.core.linear.LinearParameters;
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
 * Grades {@code RidgeClosedForm}: (w, b) = argmin ‖y − X·w − b·1‖² + α‖w‖² with b not penalized, against
 * core's {@link Ridge}, which solves the same centred problem by QR of the stacked matrix [Xc; √α·I].
 * Random designs are drawn with κ₂(X) = {@value #DRAWN_CONDITION}, any n and p (n ≤ p included, since
 * α &gt; 0 needs no full rank) and α in [0, {@value #MAX_ALPHA}]; a case is kept (drawn or shrunk) only if
 * κ_F([Xc; √α·I]) ≤ {@value #MAX_CONDITION}. The learner's Cholesky solve of (XcᵀXc + α·I)·w = Xcᵀyc then
 * has condition number at most about 4e4, and any correct solution agrees to {@link Tolerance#CLOSED_FORM}.
 * With α = 0 and a constant column the system is singular: the reference's QR throws
 * SingularMatrixException and the Cholesky the exercise asks for NotPositiveDefiniteException, so the
 * check demands their common superclass, ArithmeticException.
 */
public final class RidgeClosedFormGrader extends Grader<RidgeClosedFormGrader.Fit> {
    /** Condition number κ₂ of the random design matrices X (before centring). */
    static final double DRAWN_CONDITION = 30;
    /** Largest Frobenius condition number of the stacked centred design a (shrunk) case may have. */
    static final double MAX_CONDITION = 200;
    /** Largest random α: the X drawn have singular values in [1/30, 1], so the data term still matters. */
    static final double MAX_ALPHA = 3;

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 8).dim("p", 1, 5)
            .conditioned("X", "n", "p", DRAWN_CONDITION).vector("y", "n").scalar("alpha", 0, MAX_ALPHA)
            .require("the centred, stacked X is well conditioned: κ_F([Xc; √α·I]) ≤ " + MAX_CONDITION,
                    c -> CentredLeastSquares.condition(c.matrix("X"), c.scalar("alpha")) <= MAX_CONDITION);

    /** The exercise's signature: {@code fit(X, y, alpha)}. */
    @FunctionalInterface
    public interface Fit {
        /** Returns (w, b) for features X (n×p), targets y (length n) and penalty α. */
        LinearParameters fit(Matrix X, double[] y, double alpha);
    }

    @Override
    public Exercise exercise() {
        return exercise(50, "ridge", "Ridge regression, closed form", 15);
    }

    @Override
    public Fit reference() {
        return (X, y, alpha) -> new Ridge(alpha).fit(X, y).parameters();
    }

    @Override
    public List<Bug<Fit>> bugs() {
        return RidgeClosedFormBugs.ALL;
    }

    @Override
    public List<Alternative<Fit>> alternatives() {
        return RidgeClosedFormAlternatives.ALL;
    }

    /** The fit is the exercise: core's Ridge, and ElasticNet (a ridge penalty when l1Ratio = 0), are off limits. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Ridge.class), Forbidden.type(ElasticNet.class));
    }

    @Override
    public Object call(Fit fit, Case c) {
        return fit.fit(c.matrix("X"), c.vector("y"), c.scalar("alpha"));
    }

    @Override
    public String output() {
        return "(w, b)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("one feature, on paper: x = [0, 1, 2], y = [1, 3, 5], α = 2 gives w = Σxc·yc / (Σxc² + α)"
                                + " = 4 / (2 + 2) = 1 and b = ȳ − x̄·w = 3 − 1 = 2",
                        problem(new double[][] {{0}, {1}, {2}}, new double[] {1, 3, 5}, 2), Tolerance.CLOSED_FORM)
                .agrees("α = 0 is least squares: x = [1, 2, 3, 4], y = [2, 1, 4, 3] gives w = [3/5], b = 1",
                        problem(new double[][] {{1}, {2}, {3}, {4}}, new double[] {2, 1, 4, 3}, 0),
                        Tolerance.CLOSED_FORM)
                .agrees("orthogonal centred columns shrink one by one: X = [[2, 3], [2, 1], [0, 3], [0, 1]],"
                                + " y = [4, 2, 0, −2], α = 4 give wⱼ = xcⱼᵀyc / (‖xcⱼ‖² + α) = [8/8, 4/8] and"
                                + " b = ȳ − x̄ᵀw = 1 − (1·1 + 2·0.5) = −1",
                        problem(new double[][] {{2, 3}, {2, 1}, {0, 3}, {0, 1}}, new double[] {4, 2, 0, -2}, 4),
                        Tolerance.CLOSED_FORM)
                .agrees("a constant column is no problem for α > 0, its coefficient is 0: X = [[1, 5], [2, 5],"
                                + " [3, 5]], y = [1, 2, 3], α = 1 give w = [2/3, 0], b = 2 − 2·(2/3) = 2/3",
                        problem(new double[][] {{1, 5}, {2, 5}, {3, 5}}, new double[] {1, 2, 3}, 1),
                        Tolerance.CLOSED_FORM)
                .agrees("a single sample: the centred X is 0, so w = 0 and b = y₀ for any α > 0: X = [[3, 1]],"
                                + " y = [2], α = 1 give w = [0, 0], b = 2",
                        problem(new double[][] {{3, 1}}, new double[] {2}, 1), Tolerance.CLOSED_FORM)
                .agrees("matches the reference on random well-conditioned problems, n ≤ p included", PROBLEMS,
                        Tolerance.CLOSED_FORM)
                .holds("the gradient is 0: the residual r = y − X·w − b sums to 0 and Xᵀr = α·w", PROBLEMS,
                        (c, run) -> CentredLeastSquares.expectStationary(c.matrix("X"), c.vector("y"),
                                c.scalar("alpha"), run.on(c)))
                .rejects("rejects α = 0 with a constant column, a singular system: X = [[1, 5], [2, 5], [3, 5]]"
                                + " centres to a zero column (Cholesky throws NotPositiveDefiniteException)",
                        problem(new double[][] {{1, 5}, {2, 5}, {3, 5}}, new double[] {1, 2, 3}, 0),
                        ArithmeticException.class)
                .rejects("rejects a negative α: α = −1",
                        problem(new double[][] {{0}, {1}, {2}}, new double[] {1, 3, 5}, -1),
                        IllegalArgumentException.class)
                .rejects("rejects α = NaN",
                        problem(new double[][] {{0}, {1}, {2}}, new double[] {1, 3, 5}, Double.NaN),
                        IllegalArgumentException.class)
                .rejects("rejects α = +∞",
                        problem(new double[][] {{0}, {1}, {2}}, new double[] {1, 3, 5}, Double.POSITIVE_INFINITY),
                        IllegalArgumentException.class)
                .rejects("rejects y of the wrong length: X is 3×1, y has length 2",
                        problem(new double[][] {{0}, {1}, {2}}, new double[] {1, 3}, 1),
                        ShapeMismatchException.class)
                .rejects("rejects a NaN in X",
                        problem(new double[][] {{0}, {Double.NaN}, {2}}, new double[] {1, 3, 5}, 1),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in y",
                        problem(new double[][] {{0}, {1}, {2}}, new double[] {1, Double.NaN, 5}, 1),
                        IllegalArgumentException.class)
                .rejects("rejects an X with no rows: 0×1, y = []",
                        Case.of("X", Matrix.zeros(0, 1), "y", new double[0], "alpha", 1.0),
                        IllegalArgumentException.class)
                .rejects("rejects an X with no columns: 2×0",
                        Case.of("X", Matrix.zeros(2, 0), "y", new double[] {1, 2}, "alpha", 1.0),
                        IllegalArgumentException.class);
    }

    private static Case problem(double[][] X, double[] y, double alpha) {
        return Case.of("X", Matrix.of(X), "y", y, "alpha", alpha);
    }
}
