package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.metrics.RegressionMetrics;
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
 * Grades {@code MeanSquaredError}: (1/n)·Σᵢ(yᵢ − ŷᵢ)², against core's {@link Losses#mseLoss}. The
 * reference-free check shifts every prediction by the same c, so every error is c and the mean of the
 * squares is c², whatever n is.
 */
public final class MeanSquaredErrorGrader extends Grader<ToDoubleBiFunction<double[], double[]>> {
    private static final CaseGen PREDICTIONS = CaseGen.create().dim("n", 1, 8).vector("y", "n").vector("yHat", "n");
    /** |c| ≥ 1/2, so that (yᵢ + c) − yᵢ equals c to a few ulps of c. */
    private static final CaseGen SHIFTS = CaseGen.create().dim("n", 1, 8).vector("y", "n").scalar("c", -3, 3)
            .require("|c| ≥ 1/2", c -> Math.abs(c.scalar("c")) >= 0.5);

    @Override
    public Exercise exercise() {
        return exercise(10, "mse", "Mean squared error", 10);
    }

    @Override
    public ToDoubleBiFunction<double[], double[]> reference() {
        return Losses::mseLoss;
    }

    @Override
    public List<Bug<ToDoubleBiFunction<double[], double[]>>> bugs() {
        return MeanSquaredErrorBugs.ALL;
    }

    @Override
    public List<Alternative<ToDoubleBiFunction<double[], double[]>>> alternatives() {
        return MeanSquaredErrorAlternatives.ALL;
    }

    /** The loss is the exercise: core's two copies of it are off limits. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Losses.class, "mseLoss"),
                Forbidden.method(RegressionMetrics.class, "meanSquaredError"));
    }

    @Override
    public Object call(ToDoubleBiFunction<double[], double[]> mse, Case c) {
        return mse.applyAsDouble(c.vector("y"), c.vector("yHat"));
    }

    @Override
    public String output() {
        return "mse";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("errors −1, −2, 2 have squares 1, 4, 4 and mean 3: y = [1, 2, 3], ŷ = [2, 4, 1]",
                        Case.of("y", new double[] {1, 2, 3}, "yHat", new double[] {2, 4, 1}), Tolerance.ROUNDOFF)
                .agrees("one prediction: y = [3], ŷ = [1] gives (3 − 1)² = 4",
                        Case.of("y", new double[] {3}, "yHat", new double[] {1}), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random predictions", PREDICTIONS, Tolerance.ROUNDOFF)
                .holds("when every error is c, the loss is c²: mse(y, y + c) = c²", SHIFTS,
                        MeanSquaredErrorGrader::constantError)
                .rejects("rejects lengths that differ: y has 2 entries, ŷ has 3",
                        Case.of("y", new double[] {1, 2}, "yHat", new double[] {1, 2, 3}), ShapeMismatchException.class)
                .rejects("rejects empty arrays: a mean of no errors is undefined",
                        Case.of("y", new double[0], "yHat", new double[0]), IllegalArgumentException.class)
                .rejects("rejects a NaN in y: y = [1, NaN], ŷ = [1, 2]",
                        Case.of("y", new double[] {1, Double.NaN}, "yHat", new double[] {1, 2}),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in ŷ: y = [1, 2], ŷ = [NaN, 2]",
                        Case.of("y", new double[] {1, 2}, "yHat", new double[] {Double.NaN, 2}),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite prediction, not only NaN: y = [1, 2], ŷ = [1, +∞]",
                        Case.of("y", new double[] {1, 2}, "yHat", new double[] {1, Double.POSITIVE_INFINITY}),
                        IllegalArgumentException.class);
    }

    /** mse(y, y + c) = (1/n)·Σ c² = c². */
    private static void constantError(Case c, Invariant.Run run) {
        double[] y = c.vector("y");
        double shift = c.scalar("c");
        double[] shifted = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            shifted[i] = y[i] + shift;
        }
        Object loss = run.on(Case.of("y", y, "yHat", shifted));
        Expect.close("mse(y, y + c) with c = " + shift, shift * shift, loss, Tolerance.ROUNDOFF);
    }
}
