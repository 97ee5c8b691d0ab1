package org.mlbyhand.graders.ps5;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.mlbyhand.core.autograd.GradMode;
import org.mlbyhand.core.autograd.Scope;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Tolerance;

/**
 * What the softmax and log-softmax graders share: random logits of three axes with an axis (and a
 * gradient), shrinking by their sizes, the
 * output core records for them (the node whose own backward is the reference of the two rules), and
 * the check that every run of a gradient sums to 0.
 */
final class AlongAxisCases {
    /** Random logits, N(0, 2²), of shape (p, q, r) (sizes 1 to 3, 4), and a random axis; they shrink by the sizes. */
    static final CaseGen LOGITS = CaseGen.create().dim("p", 1, 3).dim("q", 1, 4).dim("r", 1, 3)
            .value("x", Tensor.class, List.of("p", "q", "r"), (rng, s) -> Tensors.randn(rng, s).mul(2.0), t -> true)
            .integer("axis", 0, 2);
    /** The same with a gradient g of their shape. */
    static final CaseGen WITH_GRADIENT = TensorCases.gaussian(LOGITS, "g", "p", "q", "r");

    private AlongAxisCases() {
    }

    /** Logits, N(0, 1), of shape (p, q, r) and an axis, for an end-to-end graph. */
    static CaseGen graphs(String graph) {
        return TensorCases.gaussian(CaseGen.create().value("graph", String.class, List.of(), (rng, s) -> graph, s -> true)
                .dim("p", 1, 2).dim("q", 1, 3).dim("r", 1, 3), "x", "p", "q", "r").integer("axis", 0, 2);
    }

    /** Returns softmax (or log softmax) of the case's x along its axis, recorded by core, so gradFn() is its node. */
    static Tensor recorded(Case c, boolean log) {
        try (Scope s = GradMode.enableGrad()) {
            Tensor x = TensorRules.leaves(c.get("x", Tensor.class))[0];
            int axis = c.integer("axis");
            return log ? x.logSoftmax(axis) : x.softmax(axis);
        }
    }

    /** Applies f(entry, entry of the same run's statistic) run by run; a helper of bugs and alternatives. */
    static Tensor perRun(Tensor x, int axis, RunMap f) {
        Runs runs = new Runs(x.shape(), axis);
        double[] v = x.toArray();
        double[] out = new double[v.length];
        double[] run = new double[runs.n];
        for (int r = 0; r < runs.count; r++) {
            for (int i = 0; i < runs.n; i++) {
                run[i] = v[runs.at(r, i)];
            }
            double[] mapped = f.apply(run.clone());
            for (int i = 0; i < runs.n; i++) {
                out[runs.at(r, i)] = mapped[i];
            }
        }
        return Tensors.fromArray(out, x.shape());
    }

    /** The same for two tensors of one shape, run by run (a rule of y and g). */
    static Tensor perRun(Tensor y, Tensor g, int axis, RunMap2 f) {
        Runs runs = new Runs(y.shape(), axis);
        double[] yv = y.toArray();
        double[] gv = g.toArray();
        double[] out = new double[yv.length];
        for (int r = 0; r < runs.count; r++) {
            double[] a = new double[runs.n];
            double[] b = new double[runs.n];
            for (int i = 0; i < runs.n; i++) {
                a[i] = yv[runs.at(r, i)];
                b[i] = gv[runs.at(r, i)];
            }
            double[] mapped = f.apply(a, b);
            for (int i = 0; i < runs.n; i++) {
                out[runs.at(r, i)] = mapped[i];
            }
        }
        return Tensors.fromArray(out, y.shape());
    }

    /** One run mapped to another. */
    @FunctionalInterface
    interface RunMap {
        double[] apply(double[] run);
    }

    /** Two runs (y, g) mapped to one. */
    @FunctionalInterface
    interface RunMap2 {
        double[] apply(double[] y, double[] g);
    }

    /** Returns Σ f(run entries) over each run, for checks. */
    static double[] runSums(Tensor t, int axis, DoubleBinaryOperator add) {
        Runs runs = new Runs(t.shape(), axis);
        double[] v = t.toArray();
        double[] sums = new double[runs.count];
        for (int r = 0; r < runs.count; r++) {
            for (int i = 0; i < runs.n; i++) {
                sums[r] = add.applyAsDouble(sums[r], v[runs.at(r, i)]);
            }
        }
        return sums;
    }

    /** Demands that every run of dx along axis sums to 0, to round-off on the scale of g. */
    static void expectRunsSumToZero(Tensor dx, Tensor g, int axis, String why) {
        double scale = 1.0;
        for (double v : g.toArray()) {
            scale = Math.max(scale, Math.abs(v));
        }
        double[] sums = runSums(dx, axis, Double::sum);
        for (int r = 0; r < sums.length; r++) {
            Expect.that(Math.abs(sums[r]) <= Tolerance.ROUNDOFF.relative() * scale, "run " + r + " of dx along axis "
                    + axis + " sums to " + sums[r] + ", not 0: " + why);
        }
    }
}
