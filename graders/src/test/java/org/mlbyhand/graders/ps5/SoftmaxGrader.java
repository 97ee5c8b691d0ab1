package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Reductions;
import org.mlbyhand.core.autograd.Softmaxes;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.graders.ps5.Signatures.AlongAxis;
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
 * Grades {@code Softmax} against core's {@link Tensor#softmax}: hand-picked runs, logits of ±1000 where
 * an unshifted or globally shifted softmax gives NaN, random tensors and axes; with no reference, that
 * every run is a distribution (entries in [0, 1], summing to 1) that a constant added to x leaves alone.
 */
public final class SoftmaxGrader extends Grader<AlongAxis> {

    @Override
    public Exercise exercise() {
        return exercise(180, "softmax", "Softmax, stably", 5);
    }

    @Override
    public AlongAxis reference() {
        return Tensor::softmax;
    }

    @Override
    public List<Bug<AlongAxis>> bugs() {
        return SoftmaxBugs.ALL;
    }

    @Override
    public List<Alternative<AlongAxis>> alternatives() {
        return SoftmaxAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Tensor.class, "softmax"), Forbidden.method(Tensor.class, "logSoftmax"),
                Forbidden.method(Tensor.class, "logsumexp"), Forbidden.method(Tensor.class, "crossEntropy"),
                Forbidden.type(Softmaxes.Softmax.class), Forbidden.type(Reductions.LogSumExp.class));
    }

    @Override
    public Object call(AlongAxis softmax, Case c) {
        return softmax.apply(c.get("x", Tensor.class), c.integer("axis"));
    }

    @Override
    public String output() {
        return "y";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("x = [1, 2, 3]: e^x / Σ e^x = [0.0900, 0.2447, 0.6652]", logits(TensorCases.vector(1, 2, 3), 0),
                        Tolerance.ROUNDOFF)
                .agrees("x = [[0, 0], [1, 1]] along axis 1: each row is [0.5, 0.5]",
                        logits(TensorCases.rows(new double[] {0, 0}, new double[] {1, 1}), 1), Tolerance.ROUNDOFF)
                .agrees("the same x along axis 0: each column is [0.2689, 0.7311]",
                        logits(TensorCases.rows(new double[] {0, 0}, new double[] {1, 1}), 0), Tolerance.ROUNDOFF)
                .agrees("x = [1000, 1000]: [0.5, 0.5], although e^1000 overflows a double",
                        logits(TensorCases.vector(1000, 1000), 0), Tolerance.ROUNDOFF)
                .agrees("x = [[0, 0], [−1000, −1000]] along axis 1: both rows [0.5, 0.5], however far apart",
                        logits(TensorCases.rows(new double[] {0, 0}, new double[] {-1000, -1000}), 1), Tolerance.ROUNDOFF)
                .agrees("matches core's softmax on random logits and axes", AlongAxisCases.LOGITS, Tolerance.ROUNDOFF)
                .holds("every run is a distribution (entries in [0, 1], summing to 1), and x + 5 gives the same",
                        AlongAxisCases.LOGITS, distribution())
                .agrees("an axis of size 1: each run is one entry, whose softmax is 1",
                        logits(TensorCases.rows(new double[] {-3}, new double[] {7}), 1), Tolerance.ROUNDOFF);
    }

    private static Case logits(Tensor x, int axis) {
        return Case.of("x", x, "axis", axis);
    }

    private static Invariant distribution() {
        return (c, run) -> {
            int axis = c.integer("axis");
            Tensor y = (Tensor) run.on(c);
            for (double v : y.toArray()) {
                Expect.that(v >= 0 && v <= 1, "softmax gives probabilities, in [0, 1]; your y has " + v + ".");
            }
            double[] sums = AlongAxisCases.runSums(y, axis, Double::sum);
            double[] ones = new double[sums.length];
            java.util.Arrays.fill(ones, 1.0);
            Expect.close("Σ y along the axis", ones, sums, Tolerance.ROUNDOFF);
            Expect.close("softmax(x + 5)", y, run.on(logits(c.get("x", Tensor.class).add(5.0), axis)),
                    Tolerance.ROUNDOFF);
        };
    }
}
