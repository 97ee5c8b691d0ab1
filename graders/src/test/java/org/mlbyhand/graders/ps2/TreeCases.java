package org.mlbyhand.graders.ps2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.tree.Tree;

/**
 * Random trees in scikit-learn's layout and rows to predict: the arguments childrenLeft, childrenRight,
 * feature, threshold, value (one entry per node, ids in depth-first order, left child first, leaves
 * marked as {@link Tree} marks them) and X (m×p). The five node arrays share the dimension "nodes",
 * which no generic shrinker may cut (deleting one index of each array breaks the tree), so this
 * generator shrinks a tree as a person would: it prunes a subtree to a leaf (the subtree of node t is
 * the id range [t, t + size), so the later ids shift down), drops a row of X or a feature no node uses,
 * then simplifies the numbers (values to integers, single thresholds and entries of X to 0).
 *
 * <p>Thresholds are drawn from {−1, −½, 0, ½, 1} and X from the quarters in [−1, 1], so that many rows
 * fall exactly on a threshold (which goes left); depth ≤ {@value #MAX_DEPTH}, 1 to 3 features.
 */
final class TreeCases implements Gen<Case> {
    static final int MAX_DEPTH = 4;

    /** A tree's node arrays, as mutable lists while it grows. */
    private static final class Nodes {
        final List<Integer> left = new ArrayList<>();
        final List<Integer> right = new ArrayList<>();
        final List<Integer> feature = new ArrayList<>();
        final List<Double> threshold = new ArrayList<>();
        final List<Double> value = new ArrayList<>();
    }

    @Override
    public Case generate(Rng rng) {
        int p = rng.nextInt(1, 3);
        Nodes nodes = new Nodes();
        grow(nodes, rng, p, 0);
        int m = rng.nextInt(1, 6);
        Matrix X = Matrix.zeros(m, p);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < p; j++) {
                X.set(i, j, rng.nextInt(-4, 4) / 4.0);
            }
        }
        return tree(ints(nodes.left), ints(nodes.right), ints(nodes.feature), doubles(nodes.threshold),
                doubles(nodes.value), X);
    }

    @Override
    public Stream<Case> shrink(Case c) {
        int[] left = c.labels("childrenLeft");
        int[] right = c.labels("childrenRight");
        int[] feature = c.labels("feature");
        double[] threshold = c.vector("threshold");
        double[] value = c.vector("value");
        Matrix X = c.matrix("X");
        Stream<Case> pruned = IntStream.range(0, left.length).filter(t -> left[t] != Tree.TREE_LEAF)
                .mapToObj(t -> prune(c, t));
        Stream<Case> fewerRows = IntStream.range(0, X.rows()).map(i -> X.rows() - 1 - i)
                .mapToObj(i -> tree(left, right, feature, threshold, value, withoutRow(X, i)));
        Stream<Case> fewerFeatures = IntStream.range(0, X.cols())
                .filter(j -> X.cols() > 1 && IntStream.of(feature).noneMatch(f -> f == j))
                .mapToObj(j -> withoutFeature(c, j));
        Stream<Case> simpler = Stream.of(roundedValues(c)).filter(s -> s != null);
        Stream<Case> zeros = Stream.concat(
                IntStream.range(0, threshold.length).filter(t -> left[t] != Tree.TREE_LEAF && threshold[t] != 0.0)
                        .mapToObj(t -> {
                            double[] z = threshold.clone();
                            z[t] = 0.0;
                            return tree(left, right, feature, z, value, X);
                        }),
                IntStream.range(0, X.rows() * X.cols()).filter(e -> X.get(e / X.cols(), e % X.cols()) != 0.0)
                        .mapToObj(e -> {
                            Matrix Z = X.copy();
                            Z.set(e / X.cols(), e % X.cols(), 0.0);
                            return tree(left, right, feature, threshold, value, Z);
                        }));
        return Stream.of(pruned, fewerRows, fewerFeatures, simpler, zeros).flatMap(s -> s);
    }

    /** Returns the case of these node arrays and rows, with its dimensions. */
    static Case tree(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold, double[] value,
                     Matrix X) {
        List<String> nodes = List.of("nodes");
        return Case.of(List.of(new Case.Arg("childrenLeft", nodes, childrenLeft),
                        new Case.Arg("childrenRight", nodes, childrenRight), new Case.Arg("feature", nodes, feature),
                        new Case.Arg("threshold", nodes, threshold), new Case.Arg("value", nodes, value),
                        new Case.Arg("X", List.of("m", "p"), X)),
                Map.of("nodes", childrenLeft.length, "m", X.rows(), "p", X.cols()));
    }

    /** Grows node after node in depth-first order, left child first; returns the id of the subtree's root. */
    private static int grow(Nodes nodes, Rng rng, int p, int depth) {
        int t = nodes.left.size();
        nodes.value.add(rng.nextInt(-20, 20) / 2.0);
        boolean leaf = depth == MAX_DEPTH || rng.nextDouble() < (depth == 0 ? 0.1 : 0.4);
        nodes.left.add(Tree.TREE_LEAF);
        nodes.right.add(Tree.TREE_LEAF);
        nodes.feature.add(leaf ? Tree.TREE_UNDEFINED : rng.nextInt(p));
        nodes.threshold.add(leaf ? (double) Tree.TREE_UNDEFINED : rng.nextInt(-2, 2) / 2.0);
        if (!leaf) {
            nodes.left.set(t, grow(nodes, rng, p, depth + 1));
            nodes.right.set(t, grow(nodes, rng, p, depth + 1));
        }
        return t;
    }

    /** Node t becomes a leaf: its descendants, ids t + 1 … t + size − 1, go, and later ids move down. */
    private static Case prune(Case c, int t) {
        int[] left = c.labels("childrenLeft");
        int size = size(left, c.labels("childrenRight"), t);
        int gone = size - 1;
        int nodes = left.length - gone;
        int[] newLeft = new int[nodes];
        int[] newRight = new int[nodes];
        int[] newFeature = new int[nodes];
        double[] newThreshold = new double[nodes];
        double[] newValue = new double[nodes];
        for (int old = 0, k = 0; old < left.length; old++) {
            if (old > t && old < t + size) {
                continue;
            }
            boolean leaf = old == t || left[old] == Tree.TREE_LEAF;
            newLeft[k] = leaf ? Tree.TREE_LEAF : shifted(left[old], t, gone);
            newRight[k] = leaf ? Tree.TREE_LEAF : shifted(c.labels("childrenRight")[old], t, gone);
            newFeature[k] = leaf ? Tree.TREE_UNDEFINED : c.labels("feature")[old];
            newThreshold[k] = leaf ? Tree.TREE_UNDEFINED : c.vector("threshold")[old];
            newValue[k] = c.vector("value")[old];
            k++;
        }
        return tree(newLeft, newRight, newFeature, newThreshold, newValue, c.matrix("X"));
    }

    private static int shifted(int id, int t, int gone) {
        return id > t ? id - gone : id;
    }

    /** The number of nodes in the subtree of t. */
    private static int size(int[] left, int[] right, int t) {
        return left[t] == Tree.TREE_LEAF ? 1 : 1 + size(left, right, left[t]) + size(left, right, right[t]);
    }

    private static Case withoutFeature(Case c, int j) {
        Matrix X = c.matrix("X");
        Matrix Z = Matrix.zeros(X.rows(), X.cols() - 1);
        for (int i = 0; i < X.rows(); i++) {
            for (int col = 0, k = 0; col < X.cols(); col++) {
                if (col != j) {
                    Z.set(i, k++, X.get(i, col));
                }
            }
        }
        int[] feature = c.labels("feature").clone();
        for (int t = 0; t < feature.length; t++) {
            feature[t] = feature[t] > j ? feature[t] - 1 : feature[t];
        }
        return tree(c.labels("childrenLeft"), c.labels("childrenRight"), feature, c.vector("threshold"),
                c.vector("value"), Z);
    }

    /** The values rounded to integers, or null if they are integers already. */
    private static Case roundedValues(Case c) {
        double[] value = c.vector("value");
        double[] rounded = new double[value.length];
        boolean changed = false;
        for (int t = 0; t < value.length; t++) {
            rounded[t] = Math.rint(value[t]);
            changed |= rounded[t] != value[t];
        }
        return changed ? tree(c.labels("childrenLeft"), c.labels("childrenRight"), c.labels("feature"),
                c.vector("threshold"), rounded, c.matrix("X")) : null;
    }

    private static Matrix withoutRow(Matrix X, int i) {
        Matrix Z = Matrix.zeros(X.rows() - 1, X.cols());
        for (int r = 0, k = 0; r < X.rows(); r++) {
            if (r != i) {
                for (int j = 0; j < X.cols(); j++) {
                    Z.set(k, j, X.get(r, j));
                }
                k++;
            }
        }
        return Z;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] doubles(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
