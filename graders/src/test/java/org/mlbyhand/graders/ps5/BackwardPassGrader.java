package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.graders.ps5.Signatures.BackwardPass;
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
 * Grades {@code BackwardPass} against core's engine ({@link Value#backward()}) run on the same graph:
 * node v becomes da[v]·(node a[v]) + db[v]·(node b[v]), whose local derivatives are da[v] and db[v], and
 * its {@code grad()} is ∂root/∂v. With no reference, forward mode: a unit nudge added at node v, all
 * leaves 0, moves the root by exactly grad[v] (the graph is linear in its nodes). Hand-picked graphs
 * first: a product, x·x, a chain with shared nodes, a node the root does not use, a lone root.
 */
public final class BackwardPassGrader extends Grader<BackwardPass> {

    @Override
    public Exercise exercise() {
        return exercise(70, "backprop", "Backward pass, accumulating", 15);
    }

    @Override
    public BackwardPass reference() {
        return BackwardPassGrader::coreEngine;
    }

    @Override
    public List<Bug<BackwardPass>> bugs() {
        return BackwardPassBugs.ALL;
    }

    @Override
    public List<Alternative<BackwardPass>> alternatives() {
        return BackwardPassAlternatives.ALL;
    }

    /** The pass is core's engine's own: the stub uses the JDK only. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Value.class, "backward"), Forbidden.method(Value.class, "grad"),
                Forbidden.type(Rules.class), new Forbidden("org.mlbyhand.core.autograd.Backprop", null));
    }

    @Override
    public Object call(BackwardPass pass, Case c) {
        return pass.gradients(c.labels("a"), c.labels("b"), c.vector("da"), c.vector("db"));
    }

    @Override
    public String output() {
        return "grad";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("c = a·b with a = 2, b = −3 (node 2 = op(0, 1), da = b, db = a): grad = [−3, 2, 1]",
                        graph(new int[] {-1, -1, 0}, new int[] {-1, -1, 1}, new double[] {0, 0, -3},
                                new double[] {0, 0, 2}), Tolerance.ROUNDOFF)
                .agrees("x·x at x = 3 (node 1 = op(0, 0), da = db = 3): both contributions add up, grad = [6, 1]",
                        graph(new int[] {-1, 0}, new int[] {-1, 0}, new double[] {0, 3}, new double[] {0, 3}),
                        Tolerance.ROUNDOFF)
                .agrees("a = 2, b = −3, c = a·b (2), d = c + a (3), e = d·c (4): a and c are used twice;"
                        + " grad = [24, −20, −10, −6, 1]", graph(new int[] {-1, -1, 0, 2, 3},
                        new int[] {-1, -1, 1, 0, 2}, new double[] {0, 0, -3, 1, -6}, new double[] {0, 0, 2, 1, -4}),
                        Tolerance.ROUNDOFF)
                .agrees("node 1 = op(0) is not used by the root 2 = op(0): its gradient stays 0; grad = [5, 0, 1]",
                        graph(new int[] {-1, 0, 0}, new int[] {-1, -1, -1}, new double[] {0, 7, 5},
                                new double[] {0, 0, 0}), Tolerance.ROUNDOFF)
                .agrees("a lone root, a leaf: grad = [1]", graph(new int[] {-1}, new int[] {-1}, new double[] {0},
                        new double[] {0}), Tolerance.ROUNDOFF)
                .agrees("matches core's engine on random graphs of up to 8 nodes", GraphCases.forBackward(8),
                        Tolerance.ROUNDOFF)
                .holds("forward mode: a unit nudge at node v (all leaves 0) moves the root by grad[v]",
                        GraphCases.forBackward(8), BackwardPassGrader.nudges())
                .agrees("matches core's engine on random graphs of up to 60 nodes", GraphCases.forBackward(60),
                        Tolerance.ROUNDOFF);
    }

    private static Case graph(int[] a, int[] b, double[] da, double[] db) {
        return Case.of("a", a, "b", b, "da", da, "db", db);
    }

    /** Core's engine on the linear graph whose node v is da[v]·(node a[v]) + db[v]·(node b[v]). */
    private static double[] coreEngine(int[] a, int[] b, double[] da, double[] db) {
        int n = a.length;
        Value[] node = new Value[n];
        for (int v = 0; v < n; v++) {
            if (a[v] < 0) {
                node[v] = new Value(0.0);
            } else {
                Value first = new Value(da[v]).mul(node[a[v]]);
                node[v] = b[v] < 0 ? first : first.add(new Value(db[v]).mul(node[b[v]]));
            }
        }
        node[n - 1].backward();
        double[] grad = new double[n];
        for (int v = 0; v < n; v++) {
            grad[v] = node[v].grad();
        }
        return grad;
    }

    private static Invariant nudges() {
        return (c, run) -> {
            int[] a = c.labels("a");
            int[] b = c.labels("b");
            double[] da = c.vector("da");
            double[] db = c.vector("db");
            int n = a.length;
            double[] moved = new double[n];
            for (int k = 0; k < n; k++) {
                double[] value = new double[n];
                for (int v = 0; v < n; v++) {
                    value[v] = (v == k ? 1.0 : 0.0) + (a[v] >= 0 ? da[v] * value[a[v]] : 0.0)
                            + (b[v] >= 0 ? db[v] * value[b[v]] : 0.0);
                }
                moved[k] = value[n - 1];
            }
            Expect.close("grad", moved, run.on(c), Tolerance.ROUNDOFF);
        };
    }
}
