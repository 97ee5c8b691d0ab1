package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.nn.Layer;
import org.mlbyhand.core.nn.MLP;
import org.mlbyhand.core.nn.Neuron;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.graders.ps5.Signatures.NeuronForward;
import org.mlbyhand.graders.ps5.ValueNets.NeuronResult;
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
 * Grades {@code NeuronForward}: the learner's output Value goes through core's {@code backward()}, and
 * the output and the gradients of w, b and x are compared, so a forward pass that cuts the graph fails
 * even with the right number. Against core's {@link Neuron} given the same parameters; with no
 * reference, against the central differences of the learner's own forward pass (away from relu's kink).
 */
public final class NeuronForwardGrader extends Grader<NeuronForward> {
    private static final CaseGen NEURONS = CaseGen.create().dim("n", 0, 4).vector("w", "n").scalar("b", -1, 1)
            .vector("x", "n").value("nonlin", Boolean.class, List.of(), (rng, s) -> rng.nextDouble() < 0.5, v -> true);
    private static final CaseGen OFF_THE_KINK = NEURONS.require("relu's input is not within 0.001 of its kink",
            c -> !c.get("nonlin", Boolean.class) || Math.abs(preactivation(c)) > 1e-3);

    @Override
    public Exercise exercise() {
        return exercise(80, "neuron", "Neuron forward on Values", 5);
    }

    @Override
    public NeuronForward reference() {
        return ValueNets::neuron;
    }

    @Override
    public List<Bug<NeuronForward>> bugs() {
        return NeuronForwardBugs.ALL;
    }

    @Override
    public List<Alternative<NeuronForward>> alternatives() {
        return NeuronForwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Neuron.class), Forbidden.type(Layer.class), Forbidden.type(MLP.class));
    }

    /** Builds leaves from the case (one Value twice when "repeated"), runs core's backward from the output. */
    @Override
    public Object call(NeuronForward neuron, Case c) {
        List<Value> w = ValueNets.leaves(c.vector("w"));
        Value b = new Value(c.scalar("b"));
        List<Value> x = ValueNets.leaves(c.vector("x"));
        if (c.names().contains("repeated")) {
            x.set(1, x.get(0));
        }
        Value out = neuron.apply(w, b, new ArrayList<>(x), c.get("nonlin", Boolean.class));
        if (out == null) {
            return null;
        }
        out.backward();
        return new NeuronResult(out.data(), ValueNets.grads(w), b.grad(), ValueNets.grads(x));
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("linear, w = [2, −3], b = 1, x = [1, 2]: out = 1 + 2·1 − 3·2 = −3, dw = x, db = 1, dx = w",
                        neuron(new double[] {2, -3}, 1, new double[] {1, 2}, false), Tolerance.ROUNDOFF)
                .agrees("the same with relu: the sum −3 < 0, so out = 0 and every gradient is 0",
                        neuron(new double[] {2, -3}, 1, new double[] {1, 2}, true), Tolerance.ROUNDOFF)
                .agrees("relu of a positive sum passes it: w = [2, 3], b = 1, x = [1, 2]: out = 9, dw = x, db = 1, dx = w",
                        neuron(new double[] {2, 3}, 1, new double[] {1, 2}, true), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random neurons of up to 4 inputs", NEURONS, Tolerance.ROUNDOFF)
                .holds("agrees with core's Neuron given the same weights and bias", NEURONS, agreesWithCore())
                .holds("dw, db and dx are the central differences of your own forward pass", OFF_THE_KINK,
                        matchesDifferences())
                .agrees("no inputs: out = b, linear (db = 1)", neuron(new double[0], -2.5, new double[0], false),
                        Tolerance.ROUNDOFF)
                .agrees("the same Value twice as input, x = [v, v] with v = 1.5, w = [2, 3]: core adds both, so"
                        + " v.grad = 2 + 3 = 5", Case.of("w", new double[] {2, 3}, "b", 0.5, "x", new double[] {1.5, 1.5},
                        "nonlin", true, "repeated", true), Tolerance.ROUNDOFF)
                .rejects("rejects 2 weights for 3 inputs", neuron(new double[] {1, 2}, 0, new double[] {1, 2, 3}, false),
                        ShapeMismatchException.class);
    }

    private static Case neuron(double[] w, double b, double[] x, boolean nonlin) {
        return Case.of("w", w, "b", b, "x", x, "nonlin", nonlin);
    }

    private static double preactivation(Case c) {
        double act = c.scalar("b");
        for (int i = 0; i < c.vector("w").length; i++) {
            act += c.vector("w")[i] * c.vector("x")[i];
        }
        return act;
    }

    /** Core's Neuron, its parameters set to the case's, through core's backward. */
    private static Invariant agreesWithCore() {
        return (c, run) -> {
            double[] wv = c.vector("w");
            Neuron n = new Neuron(wv.length, c.get("nonlin", Boolean.class), new Rng(1));
            List<Value> params = n.parameters();                           // w…, b
            for (int i = 0; i < wv.length; i++) {
                params.get(i).setData(wv[i]);
            }
            params.get(wv.length).setData(c.scalar("b"));
            List<Value> x = ValueNets.leaves(c.vector("x"));
            Value out = n.apply(x);
            out.backward();
            double[] grads = ValueNets.grads(params);
            NeuronResult core = new NeuronResult(out.data(), java.util.Arrays.copyOf(grads, wv.length),
                    grads[wv.length], ValueNets.grads(x));
            Expect.close("core's Neuron", core, run.on(c), Tolerance.ROUNDOFF);
        };
    }

    /** Nudges each w, b and x by ±h and reads the learner's own output. */
    private static Invariant matchesDifferences() {
        return (c, run) -> {
            NeuronResult mine = (NeuronResult) run.on(c);
            double[] w = c.vector("w");
            double[] x = c.vector("x");
            double[] dw = new double[w.length];
            double[] dx = new double[x.length];
            for (int i = 0; i < w.length; i++) {
                int k = i;
                dw[i] = CentralDifferences.derivative(t -> outAt(run, c, "w", k, t), w[i]);
                dx[i] = CentralDifferences.derivative(t -> outAt(run, c, "x", k, t), x[i]);
            }
            double db = CentralDifferences.derivative(t -> outAt(run, c, "b", 0, t), c.scalar("b"));
            Expect.close("dw", dw, mine.dw(), CentralDifferences.AGREEMENT);
            Expect.close("db", db, mine.db(), CentralDifferences.AGREEMENT);
            Expect.close("dx", dx, mine.dx(), CentralDifferences.AGREEMENT);
        };
    }

    private static double outAt(Invariant.Run run, Case c, String name, int k, double value) {
        double[] w = c.vector("w").clone();
        double[] x = c.vector("x").clone();
        double b = c.scalar("b");
        if (name.equals("w")) {
            w[k] = value;
        } else if (name.equals("x")) {
            x[k] = value;
        } else {
            b = value;
        }
        return ((NeuronResult) run.on(neuron(w, b, x, c.get("nonlin", Boolean.class)))).out();
    }
}
