package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.core.random.Rng;

/**
 * Random computation graphs as arrays (see {@link Graphs}): node i of the creation order is a leaf, an
 * op of one operand or of two (possibly the same node twice) among the nodes made before it. For the
 * sort, the nodes are renumbered at random and the root is any node, so that some nodes may not lead
 * to it; for the backward pass, the creation order is the numbering (a topological order, root n − 1)
 * and each edge carries a local derivative (da, db). A failing graph shrinks by deleting a node (its
 * users lose that operand) and by rounding the derivatives.
 */
final class GraphCases implements Gen<Case> {
    private final int maxNodes;
    private final boolean forBackward;

    private GraphCases(int maxNodes, boolean forBackward) {
        this.maxNodes = maxNodes;
        this.forBackward = forBackward;
    }

    /** Graphs of 1 … maxNodes nodes, renumbered at random, any root: cases (a, b, root). */
    static GraphCases forSort(int maxNodes) {
        return new GraphCases(maxNodes, false);
    }

    /** Graphs of 1 … maxNodes nodes in creation order, root n − 1, with N(0, 1) local derivatives: (a, b, da, db). */
    static GraphCases forBackward(int maxNodes) {
        return new GraphCases(maxNodes, true);
    }

    @Override
    public Case generate(Rng rng) {
        int n = rng.nextInt(1, maxNodes);
        int[] a = new int[n];
        int[] b = new int[n];
        for (int v = 0; v < n; v++) {
            double kind = rng.nextDouble();
            a[v] = v == 0 || kind < 0.25 ? -1 : rng.nextInt(v);
            b[v] = a[v] < 0 || kind < 0.45 ? -1 : rng.nextInt(v);
        }
        if (forBackward) {
            double[] da = new double[n];
            double[] db = new double[n];
            for (int v = 0; v < n; v++) {
                da[v] = a[v] < 0 ? 0.0 : rng.nextGaussian();
                db[v] = b[v] < 0 ? 0.0 : rng.nextGaussian();
            }
            return Case.of("a", a, "b", b, "da", da, "db", db);
        }
        int root = rng.nextDouble() < 0.5 ? n - 1 : rng.nextInt(n);
        int[] label = rng.permutation(n);
        int[] pa = new int[n];
        int[] pb = new int[n];
        for (int v = 0; v < n; v++) {
            pa[label[v]] = a[v] < 0 ? -1 : label[a[v]];
            pb[label[v]] = b[v] < 0 ? -1 : label[b[v]];
        }
        return Case.of("a", pa, "b", pb, "root", label[root]);
    }

    @Override
    public Stream<Case> shrink(Case c) {
        int[] a = c.labels("a");
        int root = forBackward ? a.length - 1 : c.integer("root");
        List<Case> smaller = new ArrayList<>();
        for (int k = 0; k < a.length; k++) {
            if (k != root) {
                smaller.add(without(c, k));
            }
        }
        if (forBackward) {
            smaller.add(rounded(c, 1.0));
            smaller.add(rounded(c, 10.0));
        }
        return smaller.stream().filter(s -> !s.toString().equals(c.toString()));
    }

    /** The graph without node k: its users lose that operand, later nodes move down by one. */
    private Case without(Case c, int k) {
        int[] a = c.labels("a");
        int[] b = c.labels("b");
        int n = a.length;
        int[] na = new int[n - 1];
        int[] nb = new int[n - 1];
        double[] da = forBackward ? new double[n - 1] : null;
        double[] db = forBackward ? new double[n - 1] : null;
        for (int v = 0, w = 0; v < n; v++) {
            if (v == k) {
                continue;
            }
            int x = renumber(a[v], k);
            int y = renumber(b[v], k);
            double dx = forBackward ? c.vector("da")[v] : 0;
            double dy = forBackward ? c.vector("db")[v] : 0;
            if (x < 0 && y >= 0) {                                  // the first operand went: the second moves up
                x = y;
                dx = dy;
                y = -1;
            }
            na[w] = x;
            nb[w] = y;
            if (forBackward) {
                da[w] = x < 0 ? 0.0 : dx;
                db[w] = y < 0 ? 0.0 : dy;
            }
            w++;
        }
        if (forBackward) {
            return Case.of("a", na, "b", nb, "da", da, "db", db);
        }
        return Case.of("a", na, "b", nb, "root", renumber(c.integer("root"), k));
    }

    private static int renumber(int u, int removed) {
        return u < 0 || u == removed ? -1 : u > removed ? u - 1 : u;
    }

    private static Case rounded(Case c, double scale) {
        return Case.of("a", c.labels("a"), "b", c.labels("b"), "da", round(c.vector("da"), scale),
                "db", round(c.vector("db"), scale));
    }

    private static double[] round(double[] x, double scale) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = Math.rint(x[i] * scale) / scale;
        }
        return r;
    }
}
