package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.core.linear.LogisticRegression;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
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
 * Grades {@code LogisticRegressionGradientDescent}: a fixed number of gradient-descent steps on
 * scikit-learn's ℓ2 logistic objective divided by C·n,
 * <pre>{@code
 *   J(w, b) = (1/n)·Σᵢ [log(1 + e^zᵢ) − yᵢ·zᵢ] + ‖w‖²/(2·C·n),    ∇J = ∇bce + (w/(C·n), 0)
 * }</pre>
 * against the same loop written here over core's {@link Losses#binaryCrossEntropyGradient}, to
 * {@link Tolerance#CLOSED_FORM}: the random cases take η ≤ 1/L, L = ‖[X 1]‖_F²/(4n) + 1/(C·n), where the
 * step map is non-expansive, so rounding differences do not grow from step to step. Then, with η = 1/L
 * and {@value #CONVERGENCE_STEPS} steps on small data on which this loop provably gets there, the
 * learner's answer must be a minimum (∇J = 0) and equal scikit-learn's, core's Newton
 * {@link LogisticRegression}, to {@link Tolerance#ITERATIVE}.
 */
public final class LogisticRegressionGradientDescentGrader extends Grader<LogisticRegressionGradientDescentGrader.Fit> {
    /** Steps with η = 1/L in the convergence checks. */
    static final int CONVERGENCE_STEPS = 1000;
    /** ‖∇J‖∞ this grader's own loop must reach in {@value #CONVERGENCE_STEPS} steps for a case to be used. */
    static final double CONVERGED = 1e-10;

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Fit {
        /** Returns (w, b) after {@code steps} steps; see {@code LogisticRegressionGradientDescent.fit}. */
        LinearParameters fit(Matrix X, int[] y, double C, double learningRate, int steps);
    }

    private static final CaseGen FIXED_STEPS = CaseGen.create().dim("n", 1, 8).dim("p", 1, 3)
            .matrix("X", "n", "p").labels("y", "n", 2)
            .scalar("C", 0.5, 10).scalar("learningRate", 0.01, 1).integer("steps", 1, 20)
            .require("learningRate ≤ 1/L, L = ‖[X 1]‖_F²/(4n) + 1/(C·n): every step decreases J",
                    c -> c.scalar("learningRate") * lipschitz(c.matrix("X"), c.scalar("C")) <= 1.0);

    private static final CaseGen CONVERGENCE = CaseGen.create().dim("n", 2, 6).dim("p", 1, 2)
            .matrix("X", "n", "p").labels("y", "n", 2).scalar("C", 0.1, 1)
            .require("both classes are present", c -> LabelChecks.bothClasses(c.labels("y")))
            .require("gradient descent with η = 1/L reaches ‖∇J‖∞ ≤ " + CONVERGED + " in " + CONVERGENCE_STEPS
                    + " steps", c -> gradientNorm(c, descendOn(convergenceCase(c))) <= CONVERGED);

    @Override
    public Exercise exercise() {
        return exercise(130, "logistic-gd", "Logistic regression by GD", 20);
    }

    @Override
    public Fit reference() {
        return LogisticRegressionGradientDescentGrader::descend;
    }

    @Override
    public List<Bug<Fit>> bugs() {
        return LogisticRegressionGradientDescentBugs.ALL;
    }

    @Override
    public List<Alternative<Fit>> alternatives() {
        return LogisticRegressionGradientDescentAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(LogisticRegression.class));
    }

    @Override
    public Object call(Fit fit, Case c) {
        return fit.fit(c.matrix("X"), c.labels("y"), c.scalar("C"), c.scalar("learningRate"), c.integer("steps"));
    }

    @Override
    public String output() {
        return "(w, b)";
    }

    @Override
    public void declare(Checks checks) {
        Matrix X = Matrix.of(new double[][] {{1}, {2}, {-1}});
        int[] y = {1, 1, 0};
        checks.agrees("one step from 0 with η = 1: σ(0) = ½, so w = −(1/3)·Xᵀ(½ − y) = [2/3],"
                                + " b = −(1/3)·Σ(½ − yᵢ) = 1/6  (X = [[1], [2], [-1]], y = [1, 1, 0], C = 1)",
                        fitCase(X, y, 1.0, 1.0, 1), Tolerance.ROUNDOFF)
                .agrees("zero steps leave the start: w = [0, 0], b = 0",
                        fitCase(Matrix.of(new double[][] {{1, 2}, {3, 4}}), new int[] {0, 1}, 1.0, 0.5, 0),
                        Tolerance.EXACT)
                .agrees("two steps with η = 1 and C = 1/3 (C·n = 1): the second step adds w/(C·n) = w to dw,"
                                + " and nothing to db  (X = [[1], [2], [-1]], y = [1, 1, 0])",
                        fitCase(X, y, 1.0 / 3.0, 1.0, 2), Tolerance.ROUNDOFF)
                .agrees("C = +∞ means no penalty: two steps with η = 1 on the mean log-loss alone"
                                + "  (X = [[1], [2], [-1]], y = [1, 1, 0])",
                        fitCase(X, y, Double.POSITIVE_INFINITY, 1.0, 2), Tolerance.ROUNDOFF)
                .agrees("exactly steps steps, even once ∇J is tiny: 100 steps with η = 0.9, C = 1"
                                + "  (X = [[1], [2], [-1]], y = [1, 1, 0]; ‖∇J‖∞ < 1e-6 after about 60)",
                        fitCase(X, y, 1.0, 0.9, 100), Tolerance.CLOSED_FORM)
                .agrees("matches the reference loop on random data, C, η ≤ 1/L and 1 to 20 steps", FIXED_STEPS,
                        Tolerance.CLOSED_FORM)
                .holds("with η = 1/L and " + CONVERGENCE_STEPS + " steps the result is J's minimum: ∇J(w, b) = 0",
                        CONVERGENCE, LogisticRegressionGradientDescentGrader::stationary)
                .holds("with η = 1/L and " + CONVERGENCE_STEPS + " steps the result is scikit-learn's"
                                + " LogisticRegression(C) (core's, by Newton's method)",
                        CONVERGENCE, LogisticRegressionGradientDescentGrader::matchesNewton)
                .rejects("rejects C = 0", fitCase(X, y, 0.0, 1.0, 1), IllegalArgumentException.class)
                .rejects("rejects C < 0: C = -1", fitCase(X, y, -1.0, 1.0, 1), IllegalArgumentException.class)
                .rejects("rejects C = NaN", fitCase(X, y, Double.NaN, 1.0, 1), IllegalArgumentException.class)
                .rejects("rejects C = 0 before the first step, even with steps = 0", fitCase(X, y, 0.0, 1.0, 0),
                        IllegalArgumentException.class)
                .rejects("rejects learningRate = 0", fitCase(X, y, 1.0, 0.0, 1), IllegalArgumentException.class)
                .rejects("rejects learningRate < 0: -0.1", fitCase(X, y, 1.0, -0.1, 1),
                        IllegalArgumentException.class)
                .rejects("rejects learningRate = +∞", fitCase(X, y, 1.0, Double.POSITIVE_INFINITY, 1),
                        IllegalArgumentException.class)
                .rejects("rejects steps < 0: -1", fitCase(X, y, 1.0, 1.0, -1), IllegalArgumentException.class)
                .rejects("rejects a label that is not 0 or 1: y = [1, 2, 0]", fitCase(X, new int[] {1, 2, 0}, 1.0, 1.0, 1),
                        IllegalArgumentException.class)
                .rejects("rejects y of the wrong length: X is 3×1, y has length 2", fitCase(X, new int[] {1, 0}, 1.0, 1.0, 1),
                        ShapeMismatchException.class)
                .rejects("rejects an X with no rows: X is 0×1, y = []", fitCase(Matrix.zeros(0, 1), new int[] {}, 1.0, 1.0, 1),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in X", fitCase(Matrix.of(new double[][] {{1}, {Double.NaN}, {-1}}), y, 1.0, 1.0, 1),
                        IllegalArgumentException.class);
    }

    /**
     * The reference: {@code steps} steps θ ← θ − η·∇J(θ) from θ = 0, ∇J = core's log-loss gradient plus
     * (w/(C·n), 0).
     */
    static LinearParameters descend(Matrix X, int[] y, double C, double learningRate, int steps) {
        checkArguments(C, learningRate, steps);
        double lambda = 1.0 / (C * X.rows());
        double[] w = new double[X.cols()];
        double b = 0.0;
        for (int t = 0; t < steps; t++) {
            LinearGradient g = Losses.binaryCrossEntropyGradient(X, y, w, b);
            for (int j = 0; j < w.length; j++) {
                w[j] -= learningRate * (g.dw()[j] + lambda * w[j]);
            }
            b -= learningRate * g.db();
        }
        return new LinearParameters(w, b);
    }

    private static LinearParameters descendOn(Case c) {
        return descend(c.matrix("X"), c.labels("y"), c.scalar("C"), c.scalar("learningRate"), c.integer("steps"));
    }

    /** The hyper-parameter checks the exercise asks for (the reference's and every bug's). */
    static void checkArguments(double C, double learningRate, int steps) {
        if (!(C > 0.0)) {
            throw new IllegalArgumentException("C must be > 0 (+∞ for no penalty), got " + C);
        }
        if (!(learningRate > 0.0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, got " + learningRate);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        }
    }

    /** ‖∇J(w, b)‖∞ at the learner's result is below {@link Tolerance#ITERATIVE}: the first-order condition. */
    private static void stationary(Case c, Invariant.Run run) {
        Case full = convergenceCase(c);
        LinearParameters theta = parameters(run.on(full), c.matrix("X").cols());
        double norm = gradientNorm(c, theta);
        Expect.that(norm <= Tolerance.ITERATIVE.relative(), String.format(Locale.ROOT,
                "after %d steps with η = 1/L = %s, ‖∇J(w, b)‖∞ = %s, but at J's minimum ∇J = 0 (allowed %.0e):"
                        + " gradient descent with this step converges, so your steps are not those of J's gradient"
                        + "\n  (w = %s, b = %s)",
                CONVERGENCE_STEPS, MatrixFormat.number(full.scalar("learningRate")), MatrixFormat.number(norm),
                Tolerance.ITERATIVE.relative(), MatrixFormat.format(theta.w()), MatrixFormat.number(theta.b())));
    }

    /** The learner's converged result equals core's Newton fit of LogisticRegression(C). */
    private static void matchesNewton(Case c, Invariant.Run run) {
        Case full = convergenceCase(c);
        LinearParameters theta = parameters(run.on(full), c.matrix("X").cols());
        LinearParameters newton = new LogisticRegression().withC(c.scalar("C")).withTol(1e-12)
                .fit(c.matrix("X"), c.labels("y")).parameters();
        Expect.close("(w, b)", newton, theta, Tolerance.ITERATIVE);
    }

    private static LinearParameters parameters(Object result, int p) {
        Expect.that(result instanceof LinearParameters, "your code must return a LinearParameters(w, b).");
        LinearParameters theta = (LinearParameters) result;
        Expect.that(theta.w() != null && theta.w().length == p, "w must have one entry per column of X (" + p + ").");
        return theta;
    }

    /** The convergence case: X, y, C of {@code c} with η = 1/L and {@value #CONVERGENCE_STEPS} steps. */
    private static Case convergenceCase(Case c) {
        Matrix X = c.matrix("X");
        double C = c.scalar("C");
        return fitCase(X, c.labels("y"), C, 1.0 / lipschitz(X, C), CONVERGENCE_STEPS);
    }

    /** ‖∇J(w, b)‖∞ on the data of {@code c}. */
    private static double gradientNorm(Case c, LinearParameters theta) {
        Matrix X = c.matrix("X");
        LinearGradient g = Losses.binaryCrossEntropyGradient(X, c.labels("y"), theta.w(), theta.b());
        double lambda = 1.0 / (c.scalar("C") * X.rows());
        double norm = Math.abs(g.db());
        for (int j = 0; j < theta.w().length; j++) {
            norm = Math.max(norm, Math.abs(g.dw()[j] + lambda * theta.w()[j]));
        }
        return norm;
    }

    /** L = ‖[X 1]‖_F²/(4n) + 1/(C·n): no second derivative of J exceeds it. */
    static double lipschitz(Matrix X, double C) {
        double f = X.frobeniusNorm();
        int n = X.rows();
        return (f * f + n) / (4.0 * n) + 1.0 / (C * n);
    }

    private static Case fitCase(Matrix X, int[] y, double C, double learningRate, int steps) {
        return Case.of("X", X, "y", y, "C", C, "learningRate", learningRate, "steps", steps);
    }
}
