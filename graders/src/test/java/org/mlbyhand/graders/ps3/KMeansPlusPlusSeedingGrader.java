package org.mlbyhand.graders.ps3;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.cluster.KMeans;
import org.mlbyhand.core.cluster.KMeansPlusPlus;
import org.mlbyhand.core.cluster.MiniBatchKMeans;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Equivalence;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;

/**
 * Grades {@code KMeansPlusPlusSeeding}: the rows greedy k-means++ draws from {@code new Rng(seed)},
 * against core's {@link KMeansPlusPlus#indices} with a generator made from the same seed, exactly. The
 * stub prescribes the order of every draw and every sum, so a correct solution computes the same
 * numbers and draws the same rows; the indices are row numbers of X in the order chosen, so there is
 * nothing to rename. The hand-picked cases state the draws of their seeds ({@code nextInt},
 * {@code nextDouble}) so that a learner can follow them on paper.
 */
public final class KMeansPlusPlusSeedingGrader extends Grader<KMeansPlusPlusSeedingGrader.Seeding> {
    private static final CaseGen GAUSSIAN = CaseGen.create().dim("n", 1, 10).dim("p", 1, 3)
            .matrix("X", "n", "p").integer("k", 1, 10).integer("trials", 1, 3).integer("seed", 0, 1_000_000)
            .require("k ≤ n", c -> c.integer("k") <= c.dim("n"));
    private static final CaseGen INTEGERS = CaseGen.create().dim("n", 1, 10).dim("p", 1, 2)
            .value("X", Matrix.class, List.of("n", "p"), (rng, s) -> ClusterInputs.smallIntegers(rng, s[0], s[1], 2),
                    X -> true)
            .integer("k", 1, 10).integer("trials", 1, 3).integer("seed", 0, 1_000_000)
            .require("k ≤ n", c -> c.integer("k") <= c.dim("n"));

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Seeding {
        /** Returns the k row numbers of X (n×p) chosen by greedy k-means++ from {@code new Rng(seed)}. */
        int[] indices(Matrix X, int k, int trials, int seed);
    }

    @Override
    public Exercise exercise() {
        return exercise(50, "kmeans-pp", "k-means++ seeding", 15);
    }

    @Override
    public Seeding reference() {
        return (X, k, trials, seed) -> KMeansPlusPlus.indices(X, k, trials, new Rng(seed));
    }

    @Override
    public List<Bug<Seeding>> bugs() {
        return KMeansPlusPlusSeedingBugs.ALL;
    }

    @Override
    public List<Alternative<Seeding>> alternatives() {
        return KMeansPlusPlusSeedingAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(KMeansPlusPlus.class), Forbidden.type(KMeans.class),
                Forbidden.type(MiniBatchKMeans.class));
    }

    @Override
    public Object call(Seeding seeding, Case c) {
        return seeding.indices(c.matrix("X"), c.integer("k"), c.integer("trials"), c.integer("seed"));
    }

    @Override
    public String output() {
        return "indices";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("k = 1 is the first draw alone: X = [[0], [1], [2], [3]], seed 213 (nextInt(4) = 2) gives [2]",
                        seeding(new double[][] {{0}, {1}, {2}, {3}}, 1, 1, 213), Equivalence.exactly())
                .agrees("r = u·potential: X = [[0], [10], [20]], k = 2, seed 803 (nextInt(3) = 2, u = 0.8628):"
                                + " D = [400, 100, 0], r = 0.8628·500 = 431.4, the sums 400, 500 pass it at row 1: [2, 1]",
                        seeding(new double[][] {{0}, {10}, {20}}, 2, 1, 803), Equivalence.exactly())
                .agrees("on paper, squared distances: X = [[0], [1], [3]], k = 2, seed 47 (nextInt(3) = 1, u = 0.2893):"
                                + " D = [1, 0, 4], r = 1.447, the sums 1, 1, 5 pass it at row 2: [1, 2]",
                        seeding(new double[][] {{0}, {1}, {3}}, 2, 1, 47), Equivalence.exactly())
                .agrees("D and the potential shrink after each centre: X = [[0], [1], [10], [11]], k = 3, seed 313"
                                + " (nextInt(4) = 1, u = 0.6135, 0.0145): D = [1, 0, 81, 100], r = 111.7 gives row 3;"
                                + " then D = [1, 0, 1, 0], r = 0.029 gives row 0: [1, 3, 0]",
                        seeding(new double[][] {{0}, {1}, {10}, {11}}, 3, 1, 313), Equivalence.exactly())
                .agrees("two candidates: X = [[0], [1], [5], [6], [20]], k = 2, trials = 2, seed 682 (nextInt(5) = 3,"
                                + " u = 0.6953, 0.6094): both draws give row 4: [3, 4]",
                        seeding(new double[][] {{0}, {1}, {5}, {6}, {20}}, 2, 2, 682), Equivalence.exactly())
                .agrees("three candidates, the smallest potential kept: X = [[0, 0], [3, 4], [6, 8], [0, 8]], k = 3,"
                                + " trials = 3, seed 3 (nextInt(4) = 0, u = 0.7003, 0.6130, 0.0729, …): for centre 1,"
                                + " rows 3 and 2 leave a potential of 61, row 1 leaves 50 and is kept: [0, 1, 2]",
                        seeding(new double[][] {{0, 0}, {3, 4}, {6, 8}, {0, 8}}, 3, 3, 3), Equivalence.exactly())
                .agrees("every D is 0, r = 0, and no sum exceeds it: the last row. X = [[1], [1], [1]], k = 2, seed 900"
                                + " (nextInt(3) = 0) gives [0, 2]",
                        seeding(new double[][] {{1}, {1}, {1}}, 2, 1, 900), Equivalence.exactly())
                .agrees("k = n takes every row, in the order drawn: X = [[0, 0], [1, 0], [0, 1]], k = 3, seed 832"
                                + " (nextInt(3) = 0, u = 0.1350, 0.1790) gives [0, 1, 2]",
                        seeding(new double[][] {{0, 0}, {1, 0}, {0, 1}}, 3, 1, 832), Equivalence.exactly())
                .agrees("matches the reference on random points, k, trials and seeds", GAUSSIAN, Equivalence.exactly())
                .agrees("matches the reference on small integers, duplicate rows included", INTEGERS,
                        Equivalence.exactly())
                .holds("each new centre is a point not chosen before, until every distinct point is", INTEGERS,
                        KMeansPlusPlusSeedingGrader::newPoints)
                .holds("the same seed gives the same centres", GAUSSIAN, KMeansPlusPlusSeedingGrader::repeatable)
                .rejects("rejects k > n: X is 2×1, k = 3", seeding(new double[][] {{0}, {1}}, 3, 1, 7),
                        IllegalArgumentException.class)
                .rejects("rejects k = 0", seeding(new double[][] {{0}, {1}}, 0, 1, 7), IllegalArgumentException.class)
                .rejects("rejects trials = 0", seeding(new double[][] {{0}, {1}}, 2, 0, 7), IllegalArgumentException.class)
                .rejects("rejects a NaN in X", seeding(new double[][] {{0}, {Double.NaN}}, 1, 1, 7),
                        IllegalArgumentException.class);
    }

    /** While fewer distinct points than X has are chosen, each new index is a point not among the chosen. */
    private static void newPoints(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        int[] chosen = (int[]) run.on(c);
        Expect.that(chosen.length == c.integer("k"), "expected k = " + c.integer("k") + " indices, got "
                + chosen.length + ".");
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < X.rows(); i++) {
            String row = MatrixFormat.format(X.row(i));
            if (!distinct.contains(row)) {
                distinct.add(row);
            }
        }
        List<String> seen = new ArrayList<>();
        for (int j = 0; j < chosen.length; j++) {
            Expect.that(chosen[j] >= 0 && chosen[j] < X.rows(), "indices[" + j + "] = " + chosen[j]
                    + " is not a row of X (0 … " + (X.rows() - 1) + ").");
            String point = MatrixFormat.format(X.row(chosen[j]));
            Expect.that(seen.size() == distinct.size() || !seen.contains(point), "indices[" + j + "] = " + chosen[j]
                    + " is the point " + point + ", already a centre, while X still has points that are not: a chosen"
                    + " point has D = 0 and can never be drawn (indices " + MatrixFormat.format(toDoubles(chosen)) + ").");
            if (!seen.contains(point)) {
                seen.add(point);
            }
        }
    }

    private static void repeatable(Case c, Invariant.Run run) {
        int[] first = (int[]) run.on(c);
        int[] second = (int[]) run.on(c);
        Expect.that(java.util.Arrays.equals(first, second), "the same X, k, trials and seed gave "
                + MatrixFormat.format(toDoubles(first)) + ", then " + MatrixFormat.format(toDoubles(second))
                + ": every random number must come from new Rng(seed), none from anywhere else.");
    }

    private static double[] toDoubles(int[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    private static Case seeding(double[][] X, int k, int trials, int seed) {
        return Case.of("X", Matrix.of(X), "k", k, "trials", trials, "seed", seed);
    }
}
