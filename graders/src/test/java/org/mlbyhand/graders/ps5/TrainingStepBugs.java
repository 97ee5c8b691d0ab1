package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.nn.MLP;
import org.mlbyhand.graders.ps5.Signatures.TrainingStep;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a training step, each a complete implementation the grader must reject; the
 * grader leaves the previous step's gradients on the parameters, as a training loop would, so the
 * missing zeroGrad doubles the step. On the first hand-picked case (loss 0.55, w 0.5 → 0.9) each gives
 * its own numbers.
 */
final class TrainingStepBugs {
    private TrainingStepBugs() {
    }

    private enum Slip { NO_ZERO, ZERO_AFTER, ASCENT, RAW_LABELS, NO_PENALTY, SUM, LOSS_AFTER }

    static final List<Bug<TrainingStep>> ALL = List.of(
            new Bug<>("gradients not zeroed before backward",
                    "your step is twice too large: the parameters still held the gradients of the step before, and"
                            + " backward() adds (+=) to them. Zero every gradient (net.zeroGrad()) before backward().",
                    (net, X, y, lr, alpha) -> step(net, X, y, lr, alpha, Slip.NO_ZERO)),
            new Bug<>("gradients zeroed after backward",
                    "the parameters did not move: the gradients were set to 0 after backward() and before the update."
                            + " Zero them before backward(), then update with what it computed.",
                    (net, X, y, lr, alpha) -> step(net, X, y, lr, alpha, Slip.ZERO_AFTER)),
            new Bug<>("a step up the gradient: p + lr·∂L/∂p",
                    "gradient descent moves against the gradient: p ← p − lr·∂L/∂p. Yours climbs the loss.",
                    (net, X, y, lr, alpha) -> step(net, X, y, lr, alpha, Slip.ASCENT)),
            new Bug<>("labels 0/1 used as ±1",
                    "the hinge loss needs labels −1 and +1: with 0, the term relu(1 − 0·score) = 1 no longer depends on"
                            + " the score. Map y′ = 2y − 1 first.",
                    (net, X, y, lr, alpha) -> step(net, X, y, lr, alpha, Slip.RAW_LABELS)),
            new Bug<>("the L2 penalty forgotten",
                    "the loss includes α·Σ p² over every parameter: add it to the data loss before backward().",
                    (net, X, y, lr, alpha) -> step(net, X, y, lr, alpha, Slip.NO_PENALTY)),
            new Bug<>("the data loss summed, not averaged",
                    "the data loss is the mean over the n points: divide the sum of the hinge terms by n.",
                    (net, X, y, lr, alpha) -> step(net, X, y, lr, alpha, Slip.SUM)),
            new Bug<>("the loss returned after the step",
                    "return the loss computed before the step (the one whose gradient you followed), not a new one at"
                            + " the updated parameters.",
                    (net, X, y, lr, alpha) -> step(net, X, y, lr, alpha, Slip.LOSS_AFTER)));

    private static double step(MLP net, Matrix X, int[] y, double lr, double alpha, Slip slip) {
        Value loss = loss(net, X, y, alpha, slip);
        if (slip != Slip.NO_ZERO && slip != Slip.ZERO_AFTER) {
            net.zeroGrad();
        }
        loss.backward();
        if (slip == Slip.ZERO_AFTER) {
            net.zeroGrad();
        }
        for (Value p : net.parameters()) {
            p.setData(p.data() + (slip == Slip.ASCENT ? lr : -lr) * p.grad());
        }
        return slip == Slip.LOSS_AFTER ? loss(net, X, y, alpha, slip).data() : loss.data();
    }

    private static Value loss(MLP net, Matrix X, int[] y, double alpha, Slip slip) {
        Value data = new Value(0.0);
        for (int i = 0; i < y.length; i++) {
            double label = slip == Slip.RAW_LABELS ? y[i] : 2.0 * y[i] - 1.0;
            data = data.add(net.apply(X.row(i)).get(0).mul(-label).add(1.0).relu());
        }
        Value reg = new Value(0.0);
        for (Value p : net.parameters()) {
            reg = reg.add(p.mul(p));
        }
        Value mean = slip == Slip.SUM ? data : data.div(y.length);
        return slip == Slip.NO_PENALTY ? mean : mean.add(reg.mul(alpha));
    }
}
