package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Gradcheck;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.nn.MLP;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.synthetic.Moons;
import org.mlbyhand.graders.ps5.Signatures.TrainingStep;
import org.mlbyhand.graders.ps5.ValueNets.StepResult;
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
 * Grades {@code TrainingStep}: core's MLP with the case's parameters, which still hold the gradients
 * of a previous step (as in a training loop), one step of the learner's, then the loss returned and
 * every parameter after it, against core's engine doing the same (zeroGrad, backward, p − lr·grad).
 * With no reference, the step taken, (θ − θ′)/lr, is the central differences of the loss at θ, and the
 * loss returned is the loss at θ. Data: hand-picked points, then seeded samples of the moons.
 */
public final class TrainingStepGrader extends Grader<TrainingStep> {
    private static final int[][] ARCHITECTURES = {{2, 1}, {2, 4, 1}, {2, 3, 3, 1}};
    /** Seeded moons of 4 to 12 points, weights and biases uniform in [−1, 1), lr in [0.05, 1]. */
    private static final Gen<Case> MOONS = rng -> {
        Dataset moons = Moons.sample(rng.nextInt(4, 12), 0.1, rng.nextLong());
        int[] sizes = ARCHITECTURES[rng.nextInt(ARCHITECTURES.length)].clone();
        double[] params = new double[ValueNets.parameterCount(sizes)];
        for (int k = 0; k < params.length; k++) {
            params[k] = rng.uniform(-1.0, 1.0);
        }
        double[] alphas = {0.0, 1e-4, 1e-2};
        return problem(sizes, params, moons.features(), moons.labels(), rng.uniform(0.05, 1.0),
                alphas[rng.nextInt(alphas.length)]);
    };

    @Override
    public Exercise exercise() {
        return exercise(100, "train-step", "One training step, moons", 15);
    }

    @Override
    public TrainingStep reference() {
        return (net, X, y, lr, alpha) -> {
            Value loss = ValueNets.trainingLoss(net, X, y, alpha);
            net.zeroGrad();
            loss.backward();
            for (Value p : net.parameters()) {
                p.setData(p.data() - lr * p.grad());
            }
            return loss.data();
        };
    }

    @Override
    public List<Bug<TrainingStep>> bugs() {
        return TrainingStepBugs.ALL;
    }

    @Override
    public List<Alternative<TrainingStep>> alternatives() {
        return TrainingStepAlternatives.ALL;
    }

    /** Core has no training step to forbid: the step must use core's engine as it is, its own gradients. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Rules.class), Forbidden.type(Gradcheck.class));
    }

    /** Core's MLP with the case's parameters and a previous step's gradients on them; one step of the learner's. */
    @Override
    public Object call(TrainingStep step, Case c) {
        MLP net = ValueNets.network(c.labels("sizes"), c);
        Matrix X = c.matrix("X");
        int[] y = c.labels("y");
        double alpha = c.scalar("alpha");
        ValueNets.trainingLoss(net, X, y, alpha).backward();              // the gradients a previous step left
        double loss = step.step(net, X, y, c.scalar("lr"), alpha);
        return new StepResult(loss, ValueNets.data(net.parameters()));
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("one linear neuron, w = [0.5, −0.5], b = 0, on x = [1, 0] (y = 1) and [0, 1] (y = 0), α = 0.1,"
                        + " lr = 1: scores ±0.5, L = (0.5 + 0.5)/2 + 0.1·0.5 = 0.55, then w = [0.9, −0.9], b = 0",
                        problem(new int[] {2, 1}, new double[] {0.5, -0.5, 0}, Matrix.of(new double[][] {{1, 0}, {0, 1}}),
                                new int[] {1, 0}, 1.0, 0.1), Tolerance.ROUNDOFF)
                .agrees("a hidden layer, no penalty (α = 0), lr = 0.5, four points",
                        problem(new int[] {2, 2, 1}, new double[] {1, -1, 0, 0.5, 1, 0, 2, -3, 0.25},
                                Matrix.of(new double[][] {{1, 0.5}, {-1, 0}, {0.5, -0.5}, {0, 1}}), new int[] {1, 0, 1, 0},
                                0.5, 0.0), Tolerance.ROUNDOFF)
                .agrees("lr = 0: the parameters stay where they are, and the loss is still returned",
                        problem(new int[] {2, 1}, new double[] {0.5, -0.5, 0.25}, Matrix.of(new double[][] {{1, 2}}),
                                new int[] {1}, 0.0, 0.1), Tolerance.ROUNDOFF)
                .agrees("matches core's engine on seeded moons, random networks", MOONS,
                        Tolerance.ROUNDOFF)
                .holds("the step taken, (θ − θ′)/lr, is the central differences of the loss at θ, and the loss"
                        + " returned is the loss at θ", MOONS, stepFollowsTheGradient());
    }

    private static Case problem(int[] sizes, double[] params, Matrix X, int[] y, double lr, double alpha) {
        return Case.of("sizes", sizes, "params", params, "X", X, "y", y, "lr", lr, "alpha", alpha);
    }

    private static Invariant stepFollowsTheGradient() {
        return (c, run) -> {
            double[] theta = c.vector("params");
            if (!ValueNets.awayFromKinks(c.labels("sizes"), theta, c.matrix("X")) || !marginsAwayFromKink(c)) {
                return;                                                  // a kink: central differences are one-sided
            }
            StepResult mine = (StepResult) run.on(c);
            double lr = c.scalar("lr");
            Expect.close("loss", lossAt(c, theta), mine.loss(), Tolerance.ROUNDOFF);
            double[] numeric = new double[theta.length];
            double[] taken = new double[theta.length];
            for (int k = 0; k < theta.length; k++) {
                int entry = k;
                numeric[k] = CentralDifferences.derivative(t -> {
                    double[] moved = theta.clone();
                    moved[entry] = t;
                    return lossAt(c, moved);
                }, theta[k]);
                taken[k] = (theta[k] - mine.params()[k]) / lr;
            }
            Expect.close("(θ − θ′)/lr", numeric, taken, CentralDifferences.AGREEMENT);
        };
    }

    /** True when no point's margin yᵢ′·scoreᵢ is within 0.001 of the hinge's kink at 1. */
    private static boolean marginsAwayFromKink(Case c) {
        MLP net = ValueNets.network(c.labels("sizes"), c);
        Matrix X = c.matrix("X");
        int[] y = c.labels("y");
        for (int i = 0; i < y.length; i++) {
            if (Math.abs(1 - (2.0 * y[i] - 1) * net.apply(X.row(i)).get(0).data()) < 1e-3) {
                return false;
            }
        }
        return true;
    }

    /** The loss at parameters theta, by core's forward pass (no backward). */
    private static double lossAt(Case c, double[] theta) {
        MLP net = ValueNets.network(c.labels("sizes"), Case.of("params", theta));
        return ValueNets.trainingLoss(net, c.matrix("X"), c.labels("y"), c.scalar("alpha")).data();
    }
}
