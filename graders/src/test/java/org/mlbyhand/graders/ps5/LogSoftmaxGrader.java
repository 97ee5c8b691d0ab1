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
 * Grades {@code LogSoftmax} against core's {@link Tensor#logSoftmax}: hand-picked runs, logits of ±1000
 * where the log of a softmax gives −∞ and an unshifted one overflows, random tensors and axes; with no
 * reference, that e^out of every run sums to 1 and that a constant added to x changes nothing.
 */
public final class LogSoftmaxGrader extends Grader<AlongAxis> {

    @Override
    public Exercise exercise() {
        return exercise(200, "log-softmax", "Log-softmax, stably", 5);
    }

    @Override
    public AlongAxis reference() {
        return Tensor::logSoftmax;
    }

    @Override
    public List<Bug<AlongAxis>> bugs() {
        return LogSoftmaxBugs.ALL;
    }

    @Override
    public List<Alternative<AlongAxis>> alternatives() {
        return LogSoftmaxAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Tensor.class, "logSoftmax"), Forbidden.method(Tensor.class, "softmax"),
                Forbidden.method(Tensor.class, "logsumexp"), Forbidden.method(Tensor.class, "crossEntropy"),
                Forbidden.type(Softmaxes.LogSoftmax.class), Forbidden.type(Reductions.LogSumExp.class));
    }

    @Override
    public Object call(AlongAxis logSoftmax, Case c) {
        return logSoftmax.apply(c.get("x", Tensor.class), c.integer("axis"));
    }

    @Override
    public String output() {
        return "out";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("x = [0, 0]: both classes equally likely, out = [−log 2, −log 2] = [−0.6931, −0.6931]",
                        logits(TensorCases.vector(0, 0), 0), Tolerance.ROUNDOFF)
                .agrees("x = [1, 2, 3]: x − log(e + e² + e³) = [−2.4076, −1.4076, −0.4076]",
                        logits(TensorCases.vector(1, 2, 3), 0), Tolerance.ROUNDOFF)
                .agrees("x = [1000, 0]: out = [0, −1000], finite, though softmax's second entry underflows to 0",
                        logits(TensorCases.vector(1000, 0), 0), Tolerance.ROUNDOFF)
                .agrees("x = [[0, 0], [−1000, −1000]] along axis 1: every entry −log 2",
                        logits(TensorCases.rows(new double[] {0, 0}, new double[] {-1000, -1000}), 1), Tolerance.ROUNDOFF)
                .agrees("along axis 0 of x = [[0, 1], [0, −1]]", logits(TensorCases.rows(new double[] {0, 1},
                        new double[] {0, -1}), 0), Tolerance.ROUNDOFF)
                .agrees("matches core's log-softmax on random logits and axes", AlongAxisCases.LOGITS, Tolerance.ROUNDOFF)
                .holds("e^out of every run sums to 1, and x + 5 gives the same out", AlongAxisCases.LOGITS,
                        normalised())
                .agrees("an axis of size 1: log 1 = 0 for every run",
                        logits(TensorCases.rows(new double[] {-3}, new double[] {7}), 1), Tolerance.ROUNDOFF);
    }

    private static Case logits(Tensor x, int axis) {
        return Case.of("x", x, "axis", axis);
    }

    private static Invariant normalised() {
        return (c, run) -> {
            int axis = c.integer("axis");
            Tensor out = (Tensor) run.on(c);
            double[] sums = AlongAxisCases.runSums(out, axis, (s, v) -> s + Math.exp(v));
            double[] ones = new double[sums.length];
            java.util.Arrays.fill(ones, 1.0);
            Expect.close("Σ e^out along the axis", ones, sums, Tolerance.ROUNDOFF);
            Expect.close("log softmax(x + 5)", out, run.on(logits(c.get("x", Tensor.class).add(5.0), axis)),
                    Tolerance.ROUNDOFF);
        };
    }
}
