package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a distance-weighted k-NN vote, each a complete implementation the grader must
 * reject. Each fails first at its own hand-picked check, where the bugs listed before it give the right
 * answer or another wrong one: uniform weights on the example of the stub; 1/d² on one class-0 row at 1
 * against two class-1 rows at 1.8; 1/0 = ∞ on three duplicates of the query (one of class 0, two of class
 * 1); the duplicates skipped on a query equal to a lone class-0 row; {@code >=} on a tie of two rows at
 * distance 1; 1/(d + ε) on two duplicates of different classes with a class-1 row at distance 1 (the
 * zero rule ties them, and the tie goes to class 0); later rows first on two rows at the same distance
 * with k = 1; k + 1 neighbours where the third nearest swings the vote.
 */
final class WeightedNeighborsBugs {
    private WeightedNeighborsBugs() {
    }

    enum Mistake { NONE, UNIFORM, SQUARED, INFINITE, EPSILON, TIES_TO_LAST, LATER_FIRST, ONE_MORE, SKIP_ZERO }

    static final List<Bug<WeightedNeighborsGrader.Predict>> ALL = List.of(
            new Bug<>("uniform weights",
                    "with distance weights each neighbour votes 1/d, not 1: a near neighbour outweighs several far"
                            + " ones. Add w_r = 1/d_r to its class's vote.",
                    (Xt, yt, X, k) -> predict(Xt, yt, X, k, Mistake.UNIFORM)),
            new Bug<>("1/d² weights",
                    "the weight is 1/d with d the Euclidean distance √(Σⱼ (xⱼ − zⱼ)²): ranking by the squared"
                            + " distance is fine, but take its square root before weighting.",
                    (Xt, yt, X, k) -> predict(Xt, yt, X, k, Mistake.SQUARED)),
            new Bug<>("1/0 = ∞ for a duplicate",
                    "a neighbour at distance 0 makes 1/d infinite, and ∞ + ∞ = ∞: two classes with duplicates of the"
                            + " query then tie whatever their counts. When some neighbour is at distance 0, give each"
                            + " such neighbour weight 1 and every other neighbour 0.",
                    (Xt, yt, X, k) -> predict(Xt, yt, X, k, Mistake.INFINITE)),
            new Bug<>("1/(d + ε)",
                    "a small ε keeps 1/d finite but lets farther neighbours add to a tie between the rows at distance"
                            + " 0. The rule is exact: when some neighbour is at distance 0, those neighbours get weight 1"
                            + " each and all the others 0.",
                    (Xt, yt, X, k) -> predict(Xt, yt, X, k, Mistake.EPSILON)),
            new Bug<>(">= in the vote",
                    "when two classes get the same vote the lowest class wins: replace the best class only if a later"
                            + " one's vote is strictly larger (>, not >=).",
                    (Xt, yt, X, k) -> predict(Xt, yt, X, k, Mistake.TIES_TO_LAST)),
            new Bug<>("equal distances ranked later row first",
                    "among training rows at the same distance the one with the smaller index comes first, as a stable"
                            + " sort of the distances gives them: rank by (d, index), and replace a kept neighbour only"
                            + " by a strictly nearer one.",
                    (Xt, yt, X, k) -> predict(Xt, yt, X, k, Mistake.LATER_FIRST)),
            new Bug<>("k + 1 neighbours",
                    "exactly k neighbours vote: check the bound of the loop over the sorted rows (r < k).",
                    (Xt, yt, X, k) -> predict(Xt, yt, X, k, Mistake.ONE_MORE)),
            new Bug<>("rows at distance 0 skipped",
                    "the queries are new rows, not training rows: a training row at distance 0 is the best neighbour"
                            + " there is, not the query itself. Keep it (and give it all the weight).",
                    (Xt, yt, X, k) -> predict(Xt, yt, X, k, Mistake.SKIP_ZERO)));

    /** The input checks, as core's KNeighborsClassifier makes them (k, then Xtrain, ytrain, then X); returns K. */
    static int checked(Matrix Xtrain, int[] ytrain, Matrix X, int k) {
        String who = "predict";
        if (k < 1) {
            throw new IllegalArgumentException(who + ": k must be ≥ 1, got " + k);
        }
        if (Xtrain.rows() == 0 || Xtrain.cols() == 0) {
            throw new IllegalArgumentException(who + ": Xtrain is " + Xtrain.shape());
        }
        NodeInputs.finite(who, Xtrain);
        if (ytrain.length != Xtrain.rows()) {
            throw new ShapeMismatchException(who + ": Xtrain is " + Xtrain.shape() + ", ytrain has length " + ytrain.length);
        }
        if (k > Xtrain.rows()) {
            throw new IllegalArgumentException(who + ": k = " + k + " > n = " + Xtrain.rows());
        }
        int max = 0;
        for (int label : ytrain) {
            if (label < 0) {
                throw new IllegalArgumentException(who + ": a label is negative: " + label);
            }
            max = Math.max(max, label);
        }
        if (X.cols() != Xtrain.cols()) {
            throw new ShapeMismatchException(who + ": Xtrain is " + Xtrain.shape() + ", X is " + X.shape());
        }
        NodeInputs.finite(who, X);
        return max + 1;
    }

    static int[] predict(Matrix Xtrain, int[] ytrain, Matrix X, int k, Mistake mistake) {
        int K = checked(Xtrain, ytrain, X, k);
        int n = Xtrain.rows();
        int[] labels = new int[X.rows()];
        for (int i = 0; i < X.rows(); i++) {
            double[] d2 = new double[n];
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < X.cols(); j++) {
                    double diff = X.get(i, j) - Xtrain.get(r, j);
                    d2[r] += diff * diff;
                }
            }
            Integer[] order = new Integer[n];
            Arrays.setAll(order, r -> r);
            Comparator<Integer> byDistance = Comparator.comparingDouble(r -> d2[r]);
            Arrays.sort(order, mistake == Mistake.LATER_FIRST
                    ? byDistance.thenComparing(Comparator.<Integer>reverseOrder()) : byDistance);
            Integer[] candidates = mistake == Mistake.SKIP_ZERO
                    ? Arrays.stream(order).filter(r -> d2[r] > 0).toArray(Integer[]::new) : order;
            int kept = Math.min(mistake == Mistake.ONE_MORE ? k + 1 : k, candidates.length);
            double[] w = new double[kept];
            boolean atZero = false;
            for (int q = 0; q < kept; q++) {
                double d = Math.sqrt(d2[candidates[q]]);
                w[q] = mistake == Mistake.UNIFORM ? 1.0 : mistake == Mistake.SQUARED ? 1.0 / d2[candidates[q]]
                        : mistake == Mistake.EPSILON ? 1.0 / (d + 1e-9) : 1.0 / d;
                atZero |= w[q] == Double.POSITIVE_INFINITY;
            }
            if (atZero && mistake != Mistake.INFINITE) {
                for (int q = 0; q < kept; q++) {
                    w[q] = w[q] == Double.POSITIVE_INFINITY ? 1.0 : 0.0;
                }
            }
            double[] vote = new double[K];
            for (int q = 0; q < kept; q++) {
                vote[ytrain[candidates[q]]] += w[q];
            }
            int best = 0;
            for (int c = 1; c < K; c++) {
                boolean better = mistake == Mistake.TIES_TO_LAST ? vote[c] >= vote[best] : vote[c] > vote[best];
                best = better ? c : best;
            }
            labels[i] = best;
        }
        return labels;
    }
}
