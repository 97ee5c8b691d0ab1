package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.BackwardPass;
import org.mlbyhand.grading.Alternative;

/** Correct backward passes written differently from core's engine, each of which the grader must accept. */
final class BackwardPassAlternatives {
    private BackwardPassAlternatives() {
    }

    static final List<Alternative<BackwardPass>> ALL = List.of(
            new Alternative<>("pull instead of push: grad[v] = Σ over the users u of v of (∂u/∂v)·grad[u]",
                    BackwardPassAlternatives::pull),
            new Alternative<>("memoised recursion from each node to the root", (a, b, da, db) -> {
                double[] grad = new double[a.length];
                boolean[] done = new boolean[a.length];
                for (int v = 0; v < a.length; v++) {
                    pulled(v, a, b, da, db, grad, done);
                }
                return grad;
            }),
            new Alternative<>("forward mode, one pass per node: a unit nudge at v moves the root by grad[v]",
                    BackwardPassAlternatives::forwardMode));

    private static double[] pull(int[] a, int[] b, double[] da, double[] db) {
        int n = a.length;
        double[] grad = new double[n];
        grad[n - 1] = 1.0;
        for (int v = n - 2; v >= 0; v--) {
            double sum = 0.0;
            for (int u = v + 1; u < n; u++) {
                sum += (a[u] == v ? da[u] * grad[u] : 0.0) + (b[u] == v ? db[u] * grad[u] : 0.0);
            }
            grad[v] = sum;
        }
        return grad;
    }

    private static double pulled(int v, int[] a, int[] b, double[] da, double[] db, double[] grad, boolean[] done) {
        if (!done[v]) {
            double sum = v == a.length - 1 ? 1.0 : 0.0;
            for (int u = v + 1; u < a.length; u++) {
                if (a[u] == v) {
                    sum += da[u] * pulled(u, a, b, da, db, grad, done);
                }
                if (b[u] == v) {
                    sum += db[u] * pulled(u, a, b, da, db, grad, done);
                }
            }
            grad[v] = sum;
            done[v] = true;
        }
        return grad[v];
    }

    private static double[] forwardMode(int[] a, int[] b, double[] da, double[] db) {
        int n = a.length;
        double[] grad = new double[n];
        for (int k = 0; k < n; k++) {
            double[] tangent = new double[n];
            for (int v = 0; v < n; v++) {
                double t = v == k ? 1.0 : 0.0;
                t += a[v] >= 0 ? da[v] * tangent[a[v]] : 0.0;
                t += b[v] >= 0 ? db[v] * tangent[b[v]] : 0.0;
                tangent[v] = t;
            }
            grad[k] = tangent[n - 1];
        }
        return grad;
    }
}
