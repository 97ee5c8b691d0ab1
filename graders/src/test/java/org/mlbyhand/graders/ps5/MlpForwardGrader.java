package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.nn.Layer;
import org.mlbyhand.core.nn.MLP;
import org.mlbyhand.core.nn.Neuron;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.graders.ps5.Signatures.MlpForward;
import org.mlbyhand.graders.ps5.ValueNets.MlpResult;
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
 * Grades {@code MlpForward}: the learner's outputs go through core's {@code backward()} from
 * L = Σⱼ (j + 1)·outⱼ, and the outputs and the gradients of every parameter and input are compared.
 * The parameters are core's {@link MLP}'s own Values, set to the case's numbers (drawn as core
 * initialises them, or chosen by hand), so the check against core's {@code MLP.apply} uses the very
 * same Values; with no reference, dx against the central differences
 * of the learner's own forward pass, away from relu's kinks.
 */
public final class MlpForwardGrader extends Grader<MlpForward> {
    private static final int[][] ARCHITECTURES = {{1, 1}, {2, 3, 1}, {3, 4, 2}, {2, 3, 3, 1}, {1, 2, 2, 2}};
    /** Random networks, initialised as core's MLP initialises them (seeded), and random inputs in [−2, 2]. */
    private static final Gen<Case> NETWORKS = rng -> {
        int[] sizes = ARCHITECTURES[rng.nextInt(ARCHITECTURES.length)].clone();
        double[] params = ValueNets.data(new MLP(sizes[0], java.util.Arrays.copyOfRange(sizes, 1, sizes.length),
                rng.nextLong()).parameters());
        double[] x = new double[sizes[0]];
        for (int k = 0; k < x.length; k++) {
            x[k] = rng.uniform(-2, 2);
        }
        return byHand(sizes, params, x);
    };

    @Override
    public Exercise exercise() {
        return exercise(90, "mlp", "MLP forward on Values", 10);
    }

    @Override
    public MlpForward reference() {
        return ValueNets::mlp;
    }

    @Override
    public List<Bug<MlpForward>> bugs() {
        return MlpForwardBugs.ALL;
    }

    @Override
    public List<Alternative<MlpForward>> alternatives() {
        return MlpForwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(MLP.class), Forbidden.type(Layer.class), Forbidden.type(Neuron.class));
    }

    /** Core's MLP of the case's sizes gives the parameter Values; core's backward runs from Σ (j + 1)·outⱼ. */
    @Override
    public Object call(MlpForward mlp, Case c) {
        int[] sizes = c.labels("sizes");
        List<Value> params = ValueNets.network(sizes, c).parameters();
        List<Value> x = ValueNets.leaves(c.vector("x"));
        List<Value> out = mlp.apply(sizes.clone(), new ArrayList<>(params), new ArrayList<>(x));
        if (out == null) {
            return null;
        }
        ValueNets.weightedSum(out).backward();
        return new MlpResult(ValueNets.data(out), ValueNets.grads(params), ValueNets.grads(x));
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("1 → 1 → 1 with w¹ = 2, b¹ = −1, w² = −3, b² = 0.5 at x = 2: h = relu(2·2 − 1) = 3,"
                        + " out = −3·3 + 0.5 = −8.5; dparams = [−6, −3, 3, 1], dx = [−6]",
                        byHand(new int[] {1, 1, 1}, new double[] {2, -1, -3, 0.5}, new double[] {2}), Tolerance.ROUNDOFF)
                .agrees("2 → 2 → 1 at x = [1, 2]: hidden unit 0 (w = [1, −1], b = 0) is off, unit 1 (w = [0.5, 1],"
                        + " b = 0) is 2.5; out = 2·0 + 3·2.5 + 0.25 = 7.75",
                        byHand(new int[] {2, 2, 1}, new double[] {1, -1, 0, 0.5, 1, 0, 2, 3, 0.25}, new double[] {1, 2}),
                        Tolerance.ROUNDOFF)
                .agrees("one layer is linear, no relu: 2 → 1 with w = [1, −2], b = 0.5 at x = [1, 1]: out = −0.5",
                        byHand(new int[] {2, 1}, new double[] {1, -2, 0.5}, new double[] {1, 1}), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random networks (core's initialisation) and inputs", NETWORKS,
                        Tolerance.ROUNDOFF)
                .holds("agrees with core's MLP.apply on the same parameters", NETWORKS, agreesWithCore())
                .holds("dx is the central difference of Σⱼ (j + 1)·outⱼ of your own forward pass, away from relu's"
                        + " kinks", NETWORKS, matchesDifferences())
                .rejects("rejects x of 3 entries for sizes [2, 1]",
                        byHand(new int[] {2, 1}, new double[] {1, 1, 0}, new double[] {1, 2, 3}),
                        ShapeMismatchException.class);
    }

    private static Case byHand(int[] sizes, double[] params, double[] x) {
        return Case.of("sizes", sizes, "params", params, "x", x);
    }

    private static Invariant agreesWithCore() {
        return (c, run) -> {
            int[] sizes = c.labels("sizes");
            MLP net = ValueNets.network(sizes, c);
            List<Value> x = ValueNets.leaves(c.vector("x"));
            List<Value> out = net.apply(x);
            ValueNets.weightedSum(out).backward();
            MlpResult core = new MlpResult(ValueNets.data(out), ValueNets.grads(net.parameters()), ValueNets.grads(x));
            Expect.close("core's MLP", core, run.on(c), Tolerance.ROUNDOFF);
        };
    }

    private static Invariant matchesDifferences() {
        return (c, run) -> {
            if (!ValueNets.awayFromKinks(c.labels("sizes"), c.vector("params"), Matrix.of(new double[][] {c.vector("x")}))) {
                return;                                                  // a kink: central differences are one-sided
            }
            MlpResult mine = (MlpResult) run.on(c);
            double[] x = c.vector("x");
            double[] dx = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                int entry = k;
                dx[k] = CentralDifferences.derivative(t -> {
                    double[] moved = c.vector("x").clone();
                    moved[entry] = t;
                    double[] out = ((MlpResult) run.on(byHand(c.labels("sizes"), c.vector("params"), moved))).out();
                    double L = 0.0;
                    for (int j = 0; j < out.length; j++) {
                        L += (j + 1.0) * out[j];
                    }
                    return L;
                }, x[k]);
            }
            Expect.close("dx", dx, mine.dx(), CentralDifferences.AGREEMENT);
        };
    }
}
