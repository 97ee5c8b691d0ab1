package org.mlbyhand.graders.ps1;

import java.util.List;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code MeanSquaredErrorGradient}: the gradient of mse(y, X·w + b) with respect to (w, b),
 * against core's {@link Losses#mseGradient}, and, with no reference, against central finite
 * differences of core's {@link Losses#mseLoss} ({@link FiniteDifferences}).
 */
public final class MeanSquaredErrorGradientGrader extends Grader<MeanSquaredErrorGradientGrader.Gradient> {
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 8).dim("p", 1, 4)
            .matrix("X", "n", "p").vector("y", "n").vector("w", "p").scalar("b", -2, 2);

    /** The exercise's signature: the gradient of mse(y, X·w + b) at (w, b). */
    @FunctionalInterface
    public interface Gradient {
        /** Returns (∂mse/∂w, ∂mse/∂b) at (w, b); no argument is modified. */
        LinearGradient at(Matrix X, double[] y, double[] w, double b);
    }

    @Override
    public Exercise exercise() {
        return exercise(20, "mse-gradient", "Gradient of the MSE", 15);
    }

    @Override
    public Gradient reference() {
        return Losses::mseGradient;
    }

    @Override
    public List<Bug<Gradient>> bugs() {
        return MeanSquaredErrorGradientBugs.ALL;
    }

    @Override
    public List<Alternative<Gradient>> alternatives() {
        return MeanSquaredErrorGradientAlternatives.ALL;
    }

    /** The gradient is the exercise. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Losses.class, "mseGradient"));
    }

    @Override
    public Object call(Gradient gradient, Case c) {
        return gradient.at(c.matrix("X"), c.vector("y"), c.vector("w"), c.scalar("b"));
    }

    @Override
    public String output() {
        return "gradient";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("one row: X = [[2]], y = [3], w = [1], b = 0 has ŷ = [2], residual −1, dw = [−4], db = −2",
                        problem(new double[][] {{2}}, new double[] {3}, new double[] {1}, 0), Tolerance.ROUNDOFF)
                .agrees("two rows and an intercept: X = [[1], [2]], y = [1, 2], w = [0], b = 1 has ŷ = [1, 1],"
                                + " residuals 0 and −1, dw = [−2], db = −1",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {0}, 1), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random problems", PROBLEMS, Tolerance.ROUNDOFF)
                .holds("agrees with central finite differences of mse(y, X·w + b)", PROBLEMS,
                        MeanSquaredErrorGradientGrader::finiteDifferences)
                .rejects("rejects y of the wrong length: X is 2×1, y has length 3",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2, 3}, new double[] {0}, 0),
                        ShapeMismatchException.class)
                .rejects("rejects w of the wrong length: X is 2×1, w has length 2",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {0, 0}, 0),
                        ShapeMismatchException.class)
                .rejects("rejects an X with no rows: 0×2, there is no mean over zero rows",
                        Case.of("X", Matrix.zeros(0, 2), "y", new double[0], "w", new double[2], "b", 0.0),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in X: X = [[1], [NaN]]",
                        problem(new double[][] {{1}, {Double.NaN}}, new double[] {1, 2}, new double[] {0}, 0),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in y: y = [NaN, 2]",
                        problem(new double[][] {{1}, {2}}, new double[] {Double.NaN, 2}, new double[] {0}, 0),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in w: w = [NaN]",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {Double.NaN}, 0),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite intercept: b = +∞",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {0},
                                Double.POSITIVE_INFINITY),
                        IllegalArgumentException.class);
    }

    /** The learner's gradient at (w, b) matches the central differences of Losses.mseLoss(y, X·w + b). */
    private static void finiteDifferences(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        double[] y = c.vector("y");
        FiniteDifferences.expectGradient("mse(y, X·w + b)", X, yHat -> Losses.mseLoss(y, yHat), c.vector("w"),
                c.scalar("b"), run.on(c));
    }

    private static Case problem(double[][] X, double[] y, double[] w, double b) {
        return Case.of("X", Matrix.of(X), "y", y, "w", w, "b", b);
    }
}
