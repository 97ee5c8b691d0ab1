package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.GradientDescentRegressor;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.core.linear.LinearRegression;
import org.mlbyhand.core.linear.SgdRegressor;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Comparison;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code LinearRegressionGradientDescent}: a fixed number of simultaneous gradient steps on mse
 * from (0, 0), against core's {@link GradientDescentRegressor} with that learning rate, maxIter = steps
 * and tol = 0 (it makes the same update, w ← w − η·dw and b ← b − η·db with the gradient of
 * {@code Losses.mseGradient}; tol = 0 stops it early only at a zero gradient, where further steps change
 * nothing).
 *
 * <p>The reference-free check is convergence. mse is a quadratic with Hessian H = (2/n)·X̃ᵀX̃, X̃ = [X, 1];
 * with η ≤ 1/L, L = 2‖X̃‖_F²/n ≥ λ_max(H), each step shrinks the distance to the minimiser θ* = (w*, b*)
 * by at least the factor 1 − η·μ, μ = λ_min(H). So from θ = 0,
 * <pre>{@code
 *   ‖θ_k − θ*‖ ≤ (1 − η·μ)^k · ‖θ*‖ ≤ 1e-9 · ‖θ*‖     when k ≥ ln(1e-9) / ln(1 − η·μ)
 * }</pre>
 * and (w, b) after k steps equals least squares ({@link LinearRegression}) to {@link Tolerance#ITERATIVE},
 * compared as one vector [w, b] on the scale of its largest entry, as the bound is. The problems are drawn
 * with κ(X) = 2, η in [0.2, 0.28] (1/L ≥ 2/7 for them) and k in [1000, 12000], and kept only if
 * η ≤ 1/L, μ/L ≥ 1/200 (so η·μ ≥ 1/500) and k is enough.
 */
public final class LinearRegressionGradientDescentGrader extends Grader<LinearRegressionGradientDescentGrader.Fit> {
    /** How much closer to θ* than the start the convergence check's iterate must be. */
    static final double CONTRACTION = 1e-9;
    /** Smallest μ/L a convergence problem may have. */
    static final double MIN_CURVATURE_RATIO = 1.0 / 200;

    /** Random problems with a safe learning rate, η ≤ 1/L, and a few steps. */
    private static final CaseGen RUNS = CaseGen.create().dim("n", 1, 6).dim("p", 1, 3)
            .matrix("X", "n", "p").vector("y", "n").scalar("learningRate", 0.01, 0.1).integer("steps", 0, 20)
            .require("learningRate ≤ 1/L", c -> c.scalar("learningRate") * curvatureBound(c.matrix("X")) <= 1.0);
    /** Well-conditioned least-squares problems, with a safe learning rate and enough steps to converge. */
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 2, 10).dim("p", 1, 3)
            .conditioned("X", "n", "p", 2).vector("y", "n").scalar("learningRate", 0.2, 0.28)
            .integer("steps", 1000, 12000)
            .require("n ≥ p + 1", c -> c.dim("n") >= c.dim("p") + 1)
            .require("learningRate ≤ 1/L", c -> c.scalar("learningRate") * curvatureBound(c.matrix("X")) <= 1.0)
            .require("μ/L ≥ " + MIN_CURVATURE_RATIO, c -> curvatureRatio(c.matrix("X")) >= MIN_CURVATURE_RATIO)
            .require("steps ≥ ln(" + CONTRACTION + ") / ln(1 − learningRate·μ)", c -> c.integer("steps")
                    >= Math.log(CONTRACTION) / Math.log1p(-c.scalar("learningRate") * smallestCurvature(c.matrix("X"))));

    /** The exercise's signature: (w, b) after {@code steps} steps of size learningRate. */
    @FunctionalInterface
    public interface Fit {
        /** Returns (w, b) after {@code steps} gradient steps from (0, 0); X and y are not modified. */
        LinearParameters fit(Matrix X, double[] y, double learningRate, int steps);
    }

    @Override
    public Exercise exercise() {
        return exercise(30, "gd", "Linear regression by GD", 15);
    }

    @Override
    public Fit reference() {
        return LinearRegressionGradientDescentGrader::descend;
    }

    @Override
    public List<Bug<Fit>> bugs() {
        return LinearRegressionGradientDescentBugs.ALL;
    }

    @Override
    public List<Alternative<Fit>> alternatives() {
        return LinearRegressionGradientDescentAlternatives.ALL;
    }

    /** The loop is the exercise: core's trainers that run it are off limits (mseGradient is allowed). */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(GradientDescentRegressor.class), Forbidden.type(SgdRegressor.class));
    }

    @Override
    public Object call(Fit fit, Case c) {
        return fit.fit(c.matrix("X"), c.vector("y"), c.scalar("learningRate"), c.integer("steps"));
    }

    @Override
    public String output() {
        return "(w, b)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("zero steps stay at the start: w = [0], b = 0",
                        run(new double[][] {{1}, {2}}, new double[] {1, 2}, 0.1, 0), Tolerance.ROUNDOFF)
                .agrees("one step of 0.1 on X = [[1], [2]], y = [1, 2]: ∇mse(0, 0) = ([−5], −3), so w = [0.5], b = 0.3",
                        run(new double[][] {{1}, {2}}, new double[] {1, 2}, 0.1, 1), Tolerance.ROUNDOFF)
                .agrees("two steps: ∇mse([0.5], 0.3) = ([−1.6], −0.9), so w = [0.66], b = 0.39",
                        run(new double[][] {{1}, {2}}, new double[] {1, 2}, 0.1, 2), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random problems, η ≤ 1/L, 0 to 20 steps", RUNS, Tolerance.CLOSED_FORM)
                .holds("converges to least squares: with η ≤ 1/L and enough steps, (w, b) is LinearRegression's fit",
                        PROBLEMS, LinearRegressionGradientDescentGrader::convergesToLeastSquares)
                .rejects("rejects learningRate = 0: no step is taken",
                        run(new double[][] {{1}, {2}}, new double[] {1, 2}, 0.0, 3), IllegalArgumentException.class)
                .rejects("rejects a negative learningRate = −0.1: that is gradient ascent",
                        run(new double[][] {{1}, {2}}, new double[] {1, 2}, -0.1, 3), IllegalArgumentException.class)
                .rejects("rejects learningRate = NaN",
                        run(new double[][] {{1}, {2}}, new double[] {1, 2}, Double.NaN, 3),
                        IllegalArgumentException.class)
                .rejects("rejects steps = −1",
                        run(new double[][] {{1}, {2}}, new double[] {1, 2}, 0.1, -1), IllegalArgumentException.class)
                .rejects("rejects y of the wrong length: X is 2×1, y has length 3",
                        run(new double[][] {{1}, {2}}, new double[] {1, 2, 3}, 0.1, 3), ShapeMismatchException.class)
                .rejects("rejects a NaN in X: X = [[1], [NaN]]",
                        run(new double[][] {{1}, {Double.NaN}}, new double[] {1, 2}, 0.1, 3),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in y: y = [1, NaN]",
                        run(new double[][] {{1}, {2}}, new double[] {1, Double.NaN}, 0.1, 3),
                        IllegalArgumentException.class)
                .rejects("rejects learningRate = +∞: one step would send w and b to infinity",
                        run(new double[][] {{1}, {2}}, new double[] {1, 2}, Double.POSITIVE_INFINITY, 1),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in y even with zero steps: the checks come before the loop",
                        run(new double[][] {{1}, {2}}, new double[] {1, Double.NaN}, 0.1, 0),
                        IllegalArgumentException.class);
    }

    /** The reference: core's trainer, which needs maxIter ≥ 1, so zero steps is answered here. */
    private static LinearParameters descend(Matrix X, double[] y, double learningRate, int steps) {
        GradientDescentRegressor gd = new GradientDescentRegressor().withLearningRate(learningRate).withTol(0.0);
        if (steps < 0) {
            throw new IllegalArgumentException("gd: steps must be ≥ 0, got " + steps);
        }
        if (steps == 0) {
            RegressionInputs.check("gd", X, y);
            return new LinearParameters(new double[X.cols()], 0.0);
        }
        return gd.withMaxIter(steps).fit(X, y).parameters();
    }

    /** With η ≤ 1/L and enough steps (class comment), the learner's (w, b) is least squares to ITERATIVE. */
    private static void convergesToLeastSquares(Case c, Invariant.Run run) {
        Object result = run.on(c);
        Expect.that(result instanceof LinearParameters, "your code must return a LinearParameters(w, b).");
        LinearParameters actual = (LinearParameters) result;
        Matrix X = c.matrix("X");
        Expect.that(actual.w() != null && actual.w().length == X.cols(),
                "w must have one entry per feature (" + X.cols() + ").");
        LinearParameters leastSquares = new LinearRegression().fit(X, c.vector("y")).parameters();
        String difference = Comparison.difference("[w, b]", stacked(leastSquares), stacked(actual), Tolerance.ITERATIVE);
        Expect.that(difference == null, "after " + c.integer("steps") + " steps with learningRate ≤ 1/L, gradient descent"
                + " has converged, so [w, b] (b last) is the least-squares fit " + MatrixFormat.format(stacked(leastSquares))
                + ":\n  " + difference);
    }

    /**
     * θ = [w₀, …, w_{p−1}, b], compared as one vector: on the scale of its largest entry, so that a
     * w or b that is 0 at the minimum is not judged by its own round-off.
     */
    private static double[] stacked(LinearParameters theta) {
        double[] s = Arrays.copyOf(theta.w(), theta.w().length + 1);
        s[theta.w().length] = theta.b();
        return s;
    }

    /** L = 2‖[X, 1]‖_F²/n, an upper bound on the largest eigenvalue of mse's Hessian. */
    static double curvatureBound(Matrix X) {
        double f = X.frobeniusNorm();
        return 2.0 * (f * f + X.rows()) / X.rows();
    }

    /** μ/L, μ = λ_min((2/n)·X̃ᵀX̃) with X̃ = [X, 1]; ≤ 0 when X̃ is rank deficient. */
    static double curvatureRatio(Matrix X) {
        return smallestCurvature(X) / curvatureBound(X);
    }

    /** μ = λ_min((2/n)·X̃ᵀX̃), X̃ = [X, 1]: the smallest eigenvalue of mse's Hessian. */
    static double smallestCurvature(Matrix X) {
        int n = X.rows();
        int p = X.cols();
        Matrix Xt = Matrix.zeros(n, p + 1);                  // (n, p+1) [X, 1]
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                Xt.set(i, j, X.get(i, j));
            }
            Xt.set(i, p, 1.0);
        }
        Matrix H = Xt.transpose().multiply(Xt).scale(2.0 / n);
        double[] lambda = SymmetricEigen.of(H).eigenvalues();
        return lambda[lambda.length - 1];
    }

    private static Case run(double[][] X, double[] y, double learningRate, int steps) {
        return Case.of("X", Matrix.of(X), "y", y, "learningRate", learningRate, "steps", steps);
    }
}
