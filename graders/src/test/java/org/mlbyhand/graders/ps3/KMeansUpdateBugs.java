package org.mlbyhand.graders.ps3;

import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the update step, each a complete implementation (with the reference's checks)
 * the grader must reject: the stub's sums, counts and moves with one slip. Each fails first on its own
 * hand-picked case of the grader: the mean over all n and the centres written into C on the first (no
 * empty cluster); 0/0, the kept centre, the centre at the origin and the point left in its old cluster
 * on the second (one empty cluster: NaN, 9, 0 and 2 where the answer is 5); the same point for two empty
 * clusters on the third; 0/0 for a cluster emptied by a move, and its refilling in the same
 * pass, on the fourth; a move although every point sits on its centre on the fifth; the higher index first on a tie of distances on the sixth.
 */
final class KMeansUpdateBugs {
    private KMeansUpdateBugs() {
    }

    private enum Mistake {
        NAN_FOR_EMPTY, EMPTY_KEEPS_CENTRE, EMPTY_AT_ORIGIN, MOVED_POINT_STAYS, MEAN_OVER_N, WRITTEN_INTO_C,
        SAME_POINT_FOR_ALL, MOVES_WHEN_ALL_ON_CENTRES, NAN_FOR_EMPTIED, REFILLED_IN_THE_SAME_PASS, HIGHER_INDEX_ON_TIE
    }

    static final List<Bug<KMeansUpdateGrader.Update>> ALL = List.of(
            new Bug<>("0/0 for an empty cluster",
                    "your empty cluster's centre is 0/0 = NaN (a NaN centre is never the nearest to anything again),"
                            + " and the other clusters keep the point that should have moved. Move a point into the empty"
                            + " cluster first: the point farthest from its current centre, dᵢ = ‖xᵢ − c_{labelᵢ}‖², leaves"
                            + " its cluster and becomes the empty cluster's only member.",
                    (X, labels, C) -> update(X, labels, C, Mistake.NAN_FOR_EMPTY)),
            new Bug<>("an empty cluster keeps its old centre",
                    "an empty cluster that keeps its centre stays empty for ever, and k-means then finds fewer"
                            + " than k clusters. scikit-learn's rule moves a point into it: the one farthest from its"
                            + " current centre (dᵢ = ‖xᵢ − c_{labelᵢ}‖², largest first), which leaves its own cluster.",
                    (X, labels, C) -> update(X, labels, C, Mistake.EMPTY_KEEPS_CENTRE)),
            new Bug<>("an empty cluster's centre left at 0",
                    "your empty cluster's centre is 0, what Matrix.zeros(k, p) held before any sum: a cluster with"
                            + " no point has no mean. Move the point farthest from its centre into it (it leaves its"
                            + " old cluster), and keep the old centre only if nothing can move.",
                    (X, labels, C) -> update(X, labels, C, Mistake.EMPTY_AT_ORIGIN)),
            new Bug<>("the moved point also stays in its old cluster",
                    "the point moved into the empty cluster must leave its old cluster: subtract it from that"
                            + " cluster's sum and 1 from its count before the means, or it is counted twice.",
                    (X, labels, C) -> update(X, labels, C, Mistake.MOVED_POINT_STAYS)),
            new Bug<>("sums divided by n instead of n_j",
                    "a centre is the mean of its own cluster: divide cluster j's sum by its size n_j, the number of"
                            + " points with label j, not by the number n of all points.",
                    (X, labels, C) -> update(X, labels, C, Mistake.MEAN_OVER_N)),
            new Bug<>("new centres written into C",
                    "your centres are right, but you wrote them into the caller's C, which comes back changed (and"
                            + " the distances dᵢ to the old centres may then read new ones). Start from C.copy() or"
                            + " Matrix.zeros(k, p).",
                    (X, labels, C) -> update(X, labels, C, Mistake.WRITTEN_INTO_C)),
            new Bug<>("every empty cluster takes the same point",
                    "with two empty clusters, the first takes the farthest point and the second the next farthest:"
                            + " order all points by dᵢ, largest first, and give the e-th empty cluster the e-th point."
                            + " One point cannot be the only member of two clusters.",
                    (X, labels, C) -> update(X, labels, C, Mistake.SAME_POINT_FOR_ALL)),
            new Bug<>("a point moves although every point sits on its centre",
                    "when the largest dᵢ is 0, every point already sits on its centre and nothing should move: the"
                            + " empty cluster keeps its old centre (moving a point there would only duplicate a"
                            + " centre).",
                    (X, labels, C) -> update(X, labels, C, Mistake.MOVES_WHEN_ALL_ON_CENTRES)),
            new Bug<>("0/0 for a cluster emptied by a move",
                    "the moves are right, but a cluster whose only point moved away now has n_j = 0, and 0/0 is NaN."
                            + " A cluster that is still empty after the moves (emptied by one, or because nothing could"
                            + " move) keeps its old centre: divide only where n_j > 0.",
                    (X, labels, C) -> update(X, labels, C, Mistake.NAN_FOR_EMPTIED)),
            new Bug<>("a cluster emptied by a move refilled in the same pass",
                    "find the empty clusters once, after the assignment and before any point moves: each of those takes"
                            + " one point. A cluster that a move empties is not refilled; it keeps its old centre (a point"
                            + " taken for it would empty another).",
                    (X, labels, C) -> update(X, labels, C, Mistake.REFILLED_IN_THE_SAME_PASS)),
            new Bug<>("the higher index first on a tie of distances",
                    "two points are equally far from their centres here: the lower index moves first. A stable"
                            + " sort by dᵢ, largest first, keeps i in increasing order on a tie; a strict > in a"
                            + " search for the largest does too, >= does not.",
                    (X, labels, C) -> update(X, labels, C, Mistake.HIGHER_INDEX_ON_TIE)));

    /** Walks j = 0 … k − 1 and fills each cluster that is empty when reached, emptied ones included. */
    private static void refillInOnePass(Matrix X, int[] labels, Matrix C, double[][] sums, int[] counts) {
        int n = X.rows();
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = ClusterInputs.squaredDistance(X.row(i), C.row(labels[i]));
        }
        int[] order = IntStream.range(0, n).boxed().sorted((a, b) -> Double.compare(d[b], d[a]))
                .mapToInt(Integer::intValue).toArray();
        if (d[order[0]] == 0.0) {
            return;
        }
        int e = 0;
        for (int j = 0; j < counts.length && e < n; j++) {
            if (counts[j] > 0) {
                continue;
            }
            int i = order[e++];
            counts[labels[i]]--;
            for (int f = 0; f < X.cols(); f++) {
                sums[labels[i]][f] -= X.get(i, f);
            }
            counts[j] = 1;
            sums[j] = X.row(i);
        }
    }

    private static Matrix update(Matrix X, int[] labels, Matrix C, Mistake mistake) {
        ClusterInputs.clustering("update", X, labels, C);
        int n = X.rows();
        int p = X.cols();
        int k = C.rows();
        double[][] sums = new double[k][p];
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            counts[labels[i]]++;
            for (int f = 0; f < p; f++) {
                sums[labels[i]][f] += X.get(i, f);
            }
        }
        boolean relocate = mistake != Mistake.NAN_FOR_EMPTY && mistake != Mistake.EMPTY_KEEPS_CENTRE
                && mistake != Mistake.EMPTY_AT_ORIGIN;
        if (relocate) {
            move(X, labels, C, sums, counts, mistake);
        }
        Matrix next = switch (mistake) {
            case EMPTY_AT_ORIGIN -> Matrix.zeros(k, p);
            case WRITTEN_INTO_C -> C;
            default -> C.copy();
        };
        for (int j = 0; j < k; j++) {
            boolean nan = counts[j] == 0 && (mistake == Mistake.NAN_FOR_EMPTY || mistake == Mistake.NAN_FOR_EMPTIED);
            for (int f = 0; f < p && (counts[j] > 0 || nan); f++) {
                next.set(j, f, sums[j][f] / (mistake == Mistake.MEAN_OVER_N ? n : counts[j]));
            }
        }
        return next;
    }

    /** The moves into empty clusters, with the mistake's slip. */
    private static void move(Matrix X, int[] labels, Matrix C, double[][] sums, int[] counts, Mistake mistake) {
        int[] empty = IntStream.range(0, counts.length).filter(j -> counts[j] == 0).toArray();
        if (empty.length == 0) {
            return;
        }
        if (mistake == Mistake.REFILLED_IN_THE_SAME_PASS) {
            refillInOnePass(X, labels, C, sums, counts);
            return;
        }
        int n = X.rows();
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = ClusterInputs.squaredDistance(X.row(i), C.row(labels[i]));
        }
        int[] order = IntStream.range(0, n).boxed()
                .sorted((a, b) -> d[b] != d[a] ? Double.compare(d[b], d[a])
                        : mistake == Mistake.HIGHER_INDEX_ON_TIE ? Integer.compare(b, a) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        if (d[order[0]] == 0.0 && mistake != Mistake.MOVES_WHEN_ALL_ON_CENTRES) {
            return;
        }
        for (int e = 0; e < empty.length; e++) {
            int i = order[mistake == Mistake.SAME_POINT_FOR_ALL ? 0 : e];
            int from = labels[i];
            if (mistake != Mistake.MOVED_POINT_STAYS && (mistake != Mistake.SAME_POINT_FOR_ALL || e == 0)) {
                counts[from]--;
                for (int f = 0; f < X.cols(); f++) {
                    sums[from][f] -= X.get(i, f);
                }
            }
            counts[empty[e]] = 1;
            sums[empty[e]] = X.row(i);
        }
    }
}
