package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
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
 * Grades {@code BinaryCrossEntropy}: (1/n)·Σᵢ[log(1 + e^zᵢ) − yᵢ·zᵢ] against core's
 * {@link Losses#binaryCrossEntropy}, on hand-picked scores where σ rounds to 0 or 1 or e^z overflows,
 * then on random scores of every size up to about 1000, drawn so that the loss is well conditioned
 * ({@link LossConditioning}).
 */
public final class BinaryCrossEntropyGrader extends Grader<ToDoubleBiFunction<int[], double[]>> {
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 6).labels("y", "n", 2)
            .vector("z", "n", BinaryCrossEntropyGrader::score)
            .require(LossConditioning.WHY, BinaryCrossEntropyGrader::gradable);

    @Override
    public Exercise exercise() {
        return exercise(100, "bce", "Binary cross-entropy, logits", 10);
    }

    @Override
    public ToDoubleBiFunction<int[], double[]> reference() {
        return Losses::binaryCrossEntropy;
    }

    @Override
    public List<Bug<ToDoubleBiFunction<int[], double[]>>> bugs() {
        return BinaryCrossEntropyBugs.ALL;
    }

    @Override
    public List<Alternative<ToDoubleBiFunction<int[], double[]>>> alternatives() {
        return BinaryCrossEntropyAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Losses.class), Forbidden.method(Activations.class, "softplus"),
                Forbidden.method(Activations.class, "logLoss"));
    }

    @Override
    public Object call(ToDoubleBiFunction<int[], double[]> loss, Case c) {
        return loss.applyAsDouble(c.labels("y"), c.vector("z"));
    }

    @Override
    public String output() {
        return "loss";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("scores of 0 say 1/2 for every row: y = [1, 0], z = [0, 0] gives log(1 + e⁰) = log 2 ≈ 0.6931",
                        problem(new int[] {1, 0}, 0, 0), Tolerance.ROUNDOFF)
                .agrees("y = [1], z = [2]: log(1 + e²) − 2 = log(1 + e^(−2)) ≈ 0.1269", problem(new int[] {1}, 2),
                        Tolerance.ROUNDOFF)
                .agrees("y = [0], z = [40]: σ(40) rounds to 1, yet the loss is log(1 + e^40) = 40 (to 17 digits)",
                        problem(new int[] {0}, 40), Tolerance.ROUNDOFF)
                .agrees("y = [0], z = [−40]: the loss log(1 + e^(−40)) ≈ 4.2484e-18 is small, but not 0",
                        problem(new int[] {0}, -40), Tolerance.ROUNDOFF)
                .agrees("y = [0], z = [800]: the loss is 800, although e^800 overflows a double",
                        problem(new int[] {0}, 800), Tolerance.ROUNDOFF)
                .agrees("y = [1, 0], z = [−800, 3]: a confident wrong answer costs |z|: (800 + log(1 + e³))/2",
                        problem(new int[] {1, 0}, -800, 3), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random labels and scores of every size up to about 1000", PROBLEMS,
                        Tolerance.ROUNDOFF)
                .holds("the loss is ≥ 0 and unchanged when every label and score flip: bce(1 − y, −z) = bce(y, z)",
                        PROBLEMS, BinaryCrossEntropyGrader::flipSymmetry)
                .holds("the loss is a mean: repeating every row twice leaves it unchanged", PROBLEMS,
                        BinaryCrossEntropyGrader::repeatedRows)
                .rejects("rejects labels and scores of different lengths: y = [0, 1], z = [0]",
                        problem(new int[] {0, 1}, 0), ShapeMismatchException.class)
                .rejects("rejects empty input: y = [], z = []", problem(new int[] {}), IllegalArgumentException.class)
                .rejects("rejects a label that is not 0 or 1: y = [0, 2]", problem(new int[] {0, 2}, 1, 1),
                        IllegalArgumentException.class)
                .rejects("rejects a label of −1: the labels are 0 and 1, not ±1: y = [−1, 1]",
                        problem(new int[] {-1, 1}, 1, 1), IllegalArgumentException.class)
                .rejects("rejects a NaN score: z = [0, NaN]", problem(new int[] {0, 1}, 0, Double.NaN),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite score: z = [∞]", problem(new int[] {1}, Double.POSITIVE_INFINITY),
                        IllegalArgumentException.class);
    }

    /** bce(1 − y, −z) = bce(y, z) to round-off (log(1 + e^(−z)) + z = log(1 + e^z)), and bce ≥ 0. */
    private static void flipSymmetry(Case c, Invariant.Run run) {
        int[] y = c.labels("y");
        double[] z = c.vector("z");
        int[] flippedY = new int[y.length];
        double[] flippedZ = new double[z.length];
        for (int i = 0; i < y.length; i++) {
            flippedY[i] = 1 - y[i];
            flippedZ[i] = -z[i];
        }
        double loss = (Double) run.on(c);
        Expect.that(loss >= 0, "the loss is " + loss + ", but a log-loss is never negative: each row's term"
                + " log(1 + e^zᵢ) − yᵢ·zᵢ is −log of a probability.");
        Expect.close("bce(1 − y, −z)", loss, run.on(problem(flippedY, flippedZ)), Tolerance.ROUNDOFF);
    }

    /** bce(y ++ y, z ++ z) = bce(y, z): a mean does not change when every row counts twice. */
    private static void repeatedRows(Case c, Invariant.Run run) {
        Case twice = problem(RepeatedRows.twice(c.labels("y")), RepeatedRows.twice(c.vector("z")));
        Expect.close("the loss of the rows repeated twice", run.on(c), run.on(twice), Tolerance.ROUNDOFF);
    }

    /** A score whose size is spread over 10⁰ … 10³: most ordinary, some where e^z overflows. */
    private static double score(Rng rng) {
        return rng.nextGaussian() * Math.pow(10, rng.uniform(0, 3));
    }

    private static boolean gradable(Case c) {
        double[] z = c.vector("z");
        double size = 0.0;
        for (double v : z) {
            size += Math.abs(v) + 1.0;
        }
        return LossConditioning.gradable(Losses.binaryCrossEntropy(c.labels("y"), z), size / z.length);
    }

    private static Case problem(int[] y, double... z) {
        return Case.of("y", y, "z", z);
    }
}
