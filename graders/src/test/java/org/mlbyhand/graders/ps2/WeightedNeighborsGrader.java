package org.mlbyhand.graders.ps2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.neighbors.KNeighborsClassifier;
import org.mlbyhand.core.neighbors.KNeighborsClassifierModel;
import org.mlbyhand.core.neighbors.KNeighborsRegressor;
import org.mlbyhand.core.neighbors.KNeighborsRegressorModel;
import org.mlbyhand.core.neighbors.Metric;
import org.mlbyhand.core.neighbors.Neighbors;
import org.mlbyhand.core.neighbors.Weights;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
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
 * Grades {@code WeightedNeighbors}: k-NN classification with distance weights and scikit-learn's tie
 * rules, against core's {@code KNeighborsClassifier(k).withWeights(DISTANCE).withMetric(EUCLIDEAN)},
 * labels compared exactly. Rows lie on the quarters of [−1, 1], so squared distances are exact in any
 * order and form (Σ (x − z)², ‖x‖² − 2xᵀz + ‖z‖²): equal distances are equal for every correct solution,
 * and the tie rule among neighbours is tested on random data too. The votes, sums of 1/d, are not exact:
 * random queries whose two best votes come within {@value #GAP} of each other are not drawn (unless a
 * neighbour is at distance 0, where the votes are counts), and vote ties are hand-picked where every
 * order of the sums gives the same bits. The invariants need no reference: a query on top of training
 * rows is decided by those rows' labels alone, and around any query a neighbour at distance d weighs
 * exactly as much as two at 2d.
 */
public final class WeightedNeighborsGrader extends Grader<WeightedNeighborsGrader.Predict> {
    static final double GAP = 1e-9;
    private static final CaseGen QUERIES = CaseGen.create().dim("n", 1, 10).dim("p", 1, 3).dim("m", 1, 4)
            .value("Xtrain", Matrix.class, List.of("n", "p"), (rng, s) -> quarters(rng, s[0], s[1]), X -> true)
            .labels("ytrain", "n", 3)
            .value("X", Matrix.class, List.of("m", "p"), (rng, s) -> quarters(rng, s[0], s[1]), X -> true)
            .integer("k", 1, 4)
            .require("k ≤ n", c -> c.integer("k") <= c.matrix("Xtrain").rows())
            .require("no vote comes within " + GAP + " of a tie, unless a neighbour is at distance 0",
                    WeightedNeighborsGrader::clearVotes);

    /** The exercise's signature: {@code predict(Xtrain, ytrain, X, k)}. */
    @FunctionalInterface
    public interface Predict {
        /** Returns the distance-weighted vote of the k nearest training rows for each row of X. */
        int[] predict(Matrix Xtrain, int[] ytrain, Matrix X, int k);
    }

    @Override
    public Exercise exercise() {
        return exercise(130, "knn-distance", "k-NN with distance weights", 15);
    }

    @Override
    public Predict reference() {
        return (Xtrain, ytrain, X, k) -> model(Xtrain, ytrain, k).predict(X);
    }

    @Override
    public List<Bug<Predict>> bugs() {
        return WeightedNeighborsBugs.ALL;
    }

    @Override
    public List<Alternative<Predict>> alternatives() {
        return WeightedNeighborsAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(KNeighborsClassifier.class), Forbidden.type(KNeighborsClassifierModel.class),
                Forbidden.type(KNeighborsRegressor.class), Forbidden.type(KNeighborsRegressorModel.class));
    }

    @Override
    public Object call(Predict predict, Case c) {
        return predict.predict(c.matrix("Xtrain"), c.labels("ytrain"), c.matrix("X"), c.integer("k"));
    }

    @Override
    public String output() {
        return "ŷ";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: Xtrain = [[0], [2], [3], [10]], ytrain = [0, 1, 1, 0], k = 3, x = 0.5: neighbours"
                                + " at 0.5, 1.5, 2.5 vote 2 for class 0 and 0.667 + 0.4 for class 1: ŷ = 0",
                        query(new double[][] {{0}, {2}, {3}, {10}}, new int[] {0, 1, 1, 0}, 0.5, 3), Tolerance.EXACT)
                .agrees("weights 1/d, not 1/d²: one class-0 row at distance 1 against two class-1 rows at 1.8 (1 < 2/1.8):"
                                + " ŷ = 1",
                        query(new double[][] {{1}, {1.8}, {-1.8}}, new int[] {0, 1, 1}, 0, 3), Tolerance.EXACT)
                .agrees("three duplicates of the query, one of class 0 and two of class 1, take all the weight, 1 each:"
                                + " ŷ = 1",
                        query(new double[][] {{1}, {1}, {1}, {2}, {2.5}}, new int[] {0, 1, 1, 1, 1}, 1, 4), Tolerance.EXACT)
                .agrees("a duplicate is a neighbour, not the query: x = 0 on the class-0 row 0 is class 0, whatever the"
                                + " class-1 rows at 1 and 1.5",
                        query(new double[][] {{0}, {1}, {1.5}}, new int[] {0, 1, 1}, 0, 2), Tolerance.EXACT)
                .agrees("a tie goes to the lowest class: rows at 0 and 2 of classes 0 and 1 vote 1 each for x = 1",
                        query(new double[][] {{0}, {2}}, new int[] {0, 1}, 1, 2), Tolerance.EXACT)
                .agrees("two duplicates of the query, of classes 0 and 1, tie at 1 each; the class-1 row at distance 1"
                                + " gets weight 0, so the tie stands and goes to class 0",
                        query(new double[][] {{1}, {1}, {2}, {5}, {6}}, new int[] {0, 1, 1, 0, 0}, 1, 5), Tolerance.EXACT)
                .agrees("equal distances rank the smaller row index first: k = 1, rows at 1 and 3 around x = 2: row 0,"
                                + " class 0",
                        query(new double[][] {{1}, {3}}, new int[] {0, 1}, 2, 1), Tolerance.EXACT)
                .agrees("exactly k vote: k = 2 at x = 0, rows at 1 (class 0) and 1.2 (class 1) give ŷ = 0; the third,"
                                + " at 1.3, must not vote",
                        query(new double[][] {{1}, {1.2}, {1.3}}, new int[] {0, 1, 1}, 0, 2), Tolerance.EXACT)
                .agrees("matches the reference on random data (up to 10 training rows, 3 features, 4 queries, k up to 4,"
                        + " rows on the quarters: equal distances and duplicates happen)", QUERIES, Tolerance.EXACT)
                .holds("a query on top of training rows is decided by them alone: the most frequent label among the"
                        + " (at most k) first rows at distance 0, the lowest on a tie", QUERIES,
                        WeightedNeighborsGrader::onTop)
                .holds("a neighbour counts twice as much as one twice as far: a class-1 row at distance d beats one"
                        + " class-0 row at 2d, and ties two (the tie going to class 0)", QUERIES,
                        WeightedNeighborsGrader::twiceAsFar)
                .rejects("rejects k = 0", query(new double[][] {{0}, {1}}, new int[] {0, 1}, 0, 0),
                        IllegalArgumentException.class)
                .rejects("rejects k > n: k = 3 with 2 training rows",
                        query(new double[][] {{0}, {1}}, new int[] {0, 1}, 0, 3), IllegalArgumentException.class)
                .rejects("rejects X with another number of columns: Xtrain is 2×1, X is 1×2",
                        Case.of("Xtrain", Matrix.of(new double[][] {{0}, {1}}), "ytrain", new int[] {0, 1},
                                "X", Matrix.of(new double[][] {{0, 0}}), "k", 1), ShapeMismatchException.class)
                .rejects("rejects ytrain of another length", query(new double[][] {{0}, {1}}, new int[] {0}, 0, 1),
                        ShapeMismatchException.class)
                .rejects("rejects a NaN in X", query(new double[][] {{0}, {1}}, new int[] {0, 1}, Double.NaN, 1),
                        IllegalArgumentException.class)
                .rejects("rejects a negative label", query(new double[][] {{0}, {1}}, new int[] {0, -1}, 0, 1),
                        IllegalArgumentException.class);
    }

    private static KNeighborsClassifierModel model(Matrix Xtrain, int[] ytrain, int k) {
        return new KNeighborsClassifier(Math.max(1, k)).withNNeighbors(k).withWeights(Weights.DISTANCE)
                .withMetric(Metric.EUCLIDEAN).fit(Xtrain, ytrain);
    }

    /** The case of training rows, labels, one query x (one column) and k. */
    private static Case query(double[][] Xtrain, int[] ytrain, double x, int k) {
        return Case.of("Xtrain", Matrix.of(Xtrain), "ytrain", ytrain, "X", Matrix.of(new double[][] {{x}}), "k", k);
    }

    /** Every query has a neighbour at distance 0, or its two best votes differ by more than GAP (relative). */
    private static boolean clearVotes(Case c) {
        Matrix Xtrain = c.matrix("Xtrain");
        int[] ytrain = c.labels("ytrain");
        int k = c.integer("k");
        if (k > Xtrain.rows()) {
            return false;
        }
        Neighbors nn = model(Xtrain, ytrain, k).kneighbors(c.matrix("X"));
        int K = Arrays.stream(ytrain).max().orElse(0) + 1;
        for (int i = 0; i < nn.queries(); i++) {
            double[] d = nn.distances().row(i);
            if (d[0] == 0.0) {
                continue;
            }
            double[] vote = new double[K];
            for (int r = 0; r < k; r++) {
                vote[ytrain[nn.indices()[i][r]]] += 1.0 / d[r];
            }
            double[] sorted = vote.clone();
            Arrays.sort(sorted);
            if (K > 1 && sorted[K - 1] - sorted[K - 2] <= GAP * sorted[K - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Each training row as a query: its duplicates among the first k at distance 0 decide. */
    private static void onTop(Case c, Invariant.Run run) {
        Matrix Xtrain = c.matrix("Xtrain");
        int[] ytrain = c.labels("ytrain");
        int k = c.integer("k");
        int K = Arrays.stream(ytrain).max().orElse(0) + 1;
        Object result = run.on(Case.of("Xtrain", Xtrain, "ytrain", ytrain, "X", Xtrain, "k", k));
        Expect.that(result instanceof int[] && ((int[]) result).length == Xtrain.rows(),
                "your code must return one label per query.");
        for (int i = 0; i < Xtrain.rows(); i++) {
            List<Integer> duplicates = new ArrayList<>();
            double[] counts = new double[K];
            for (int r = 0; r < Xtrain.rows() && duplicates.size() < k; r++) {
                if (Arrays.equals(Xtrain.row(r), Xtrain.row(i))) {
                    duplicates.add(r);
                    counts[ytrain[r]]++;
                }
            }
            int expected = 0;
            for (int cl = 1; cl < K; cl++) {
                expected = counts[cl] > counts[expected] ? cl : expected;
            }
            Expect.that(((int[]) result)[i] == expected, "the query " + MatrixFormat.format(Xtrain.row(i))
                    + " is training row " + i + ": the rows at distance 0 among its " + k + " nearest are " + duplicates
                    + ", of labels " + MatrixFormat.format(counts) + " per class, so they take all the weight and ŷ = "
                    + expected + ", but your code says " + ((int[]) result)[i] + ".");
        }
    }

    /**
     * Around the case's first query x, with v = (first training row) − x (or (¼, 0, …) if that is 0):
     * one class-1 row at x + v against class-0 rows at x ± 2v, twice as far. Weights 1/d make one
     * class-0 row lose (1/(2d) &lt; 1/d) and two tie (2/(2d) = 1/d, exactly), the tie going to class 0.
     */
    private static void twiceAsFar(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        double[] x = X.row(0);
        double[] v = new double[x.length];
        boolean zero = true;
        for (int j = 0; j < x.length; j++) {
            v[j] = c.matrix("Xtrain").get(0, j) - x[j];
            zero &= v[j] == 0.0;
        }
        if (zero) {
            v[0] = 0.25;
        }
        Matrix query = Matrix.of(new double[][] {x});
        Matrix two = Matrix.of(new double[][] {shifted(x, v, 1), shifted(x, v, 2)});
        Object one = run.on(Case.of("Xtrain", two, "ytrain", new int[] {1, 0}, "X", query, "k", 2));
        Expect.that(one instanceof int[] && ((int[]) one).length == 1 && ((int[]) one)[0] == 1, "for x = "
                + MatrixFormat.format(x) + ", Xtrain = " + MatrixFormat.format(two) + ", ytrain = [1, 0], k = 2: the"
                + " class-1 row is at distance d and the class-0 row at 2d, so the votes are 1/d against 1/(2d) and"
                + " ŷ = 1, but your code says " + text(one) + ".");
        Matrix three = Matrix.of(new double[][] {shifted(x, v, 1), shifted(x, v, 2), shifted(x, v, -2)});
        Object tie = run.on(Case.of("Xtrain", three, "ytrain", new int[] {1, 0, 0}, "X", query, "k", 3));
        Expect.that(tie instanceof int[] && ((int[]) tie).length == 1 && ((int[]) tie)[0] == 0, "for x = "
                + MatrixFormat.format(x) + ", Xtrain = " + MatrixFormat.format(three) + ", ytrain = [1, 0, 0], k = 3:"
                + " the class-1 row is at distance d and both class-0 rows at 2d, so the votes tie, 1/d = 2/(2d),"
                + " and the tie goes to the lowest class, ŷ = 0, but your code says " + text(tie) + ".");
    }

    private static double[] shifted(double[] x, double[] v, double times) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = x[j] + times * v[j];
        }
        return z;
    }

    private static String text(Object labels) {
        return labels instanceof int[] ? MatrixFormat.format(Arrays.stream((int[]) labels).asDoubleStream().toArray())
                : String.valueOf(labels);
    }

    /** An r×p matrix of quarters in [−1, 1]. */
    private static Matrix quarters(Rng rng, int r, int p) {
        Matrix X = Matrix.zeros(r, p);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < p; j++) {
                X.set(i, j, rng.nextInt(-4, 4) / 4.0);
            }
        }
        return X;
    }
}
