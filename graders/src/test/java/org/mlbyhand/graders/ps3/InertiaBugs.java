package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the inertia, each a complete implementation (with the reference's checks) the
 * grader must reject. On the grader's first case (answer 125) the distances, the mean, the square root
 * of the total and the skipped last coordinate give 15, 41.7, 11.2 and 45; the nearest centre instead of
 * the labelled one fails on the second (0 instead of 200), where the skipped coordinate of a 1-column X
 * also gives 0, which is why it comes first; every centre instead of the labelled one fails on the third
 * (104 instead of 2).
 */
final class InertiaBugs {
    private InertiaBugs() {
    }

    private enum Mistake {
        DISTANCES, MEAN, SQRT_OF_TOTAL, NEAREST_CENTRE, EVERY_CENTRE, LAST_COORDINATE_SKIPPED
    }

    static final List<Bug<InertiaGrader.Score>> ALL = List.of(
            new Bug<>("distances instead of squared distances",
                    "the inertia adds squared distances, ‖xᵢ − c‖² = Σ_f (x_f − c_f)²: no square root. From [3, 4]"
                            + " to [0, 0] that is 25, not 5.",
                    (X, C, labels) -> inertia(X, C, labels, Mistake.DISTANCES)),
            new Bug<>("mean instead of sum",
                    "scikit-learn's inertia_ is a sum over the points, with no 1/n: do not divide by n.",
                    (X, C, labels) -> inertia(X, C, labels, Mistake.MEAN)),
            new Bug<>("square root of the total",
                    "the inertia is the sum of squared distances itself, Σᵢ ‖xᵢ − c_{labelᵢ}‖², not its square"
                            + " root (a Frobenius norm).",
                    (X, C, labels) -> inertia(X, C, labels, Mistake.SQRT_OF_TOTAL)),
            new Bug<>("the nearest centre instead of the labelled one",
                    "measure each point to the centre its label names, c_{labelᵢ}, even when another centre is"
                            + " nearer: the inertia scores a given clustering, and the labels are part of it.",
                    (X, C, labels) -> inertia(X, C, labels, Mistake.NEAREST_CENTRE)),
            new Bug<>("every centre instead of the labelled one",
                    "each point contributes one term, its squared distance to its own centre c_{labelᵢ}, not a sum"
                            + " over all k centres.",
                    (X, C, labels) -> inertia(X, C, labels, Mistake.EVERY_CENTRE)),
            new Bug<>("the last coordinate skipped",
                    "the squared distance sums over all p coordinates, f = 0 … p − 1: check the bound of your loop"
                            + " over features (f < p, not f < p − 1).",
                    (X, C, labels) -> inertia(X, C, labels, Mistake.LAST_COORDINATE_SKIPPED)));

    private static double inertia(Matrix X, Matrix C, int[] labels, Mistake mistake) {
        ClusterInputs.clustering("inertia", X, labels, C);
        double sum = 0.0;
        for (int i = 0; i < X.rows(); i++) {
            double[] x = X.row(i);
            switch (mistake) {
                case NEAREST_CENTRE -> {
                    double best = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < C.rows(); j++) {
                        best = Math.min(best, ClusterInputs.squaredDistance(x, C.row(j)));
                    }
                    sum += best;
                }
                case EVERY_CENTRE -> {
                    for (int j = 0; j < C.rows(); j++) {
                        sum += ClusterInputs.squaredDistance(x, C.row(j));
                    }
                }
                case DISTANCES -> sum += Math.sqrt(ClusterInputs.squaredDistance(x, C.row(labels[i])));
                case LAST_COORDINATE_SKIPPED -> sum += ClusterInputs.squaredDistance(
                        java.util.Arrays.copyOf(x, x.length - 1), java.util.Arrays.copyOf(C.row(labels[i]), x.length - 1));
                default -> sum += ClusterInputs.squaredDistance(x, C.row(labels[i]));
            }
        }
        return switch (mistake) {
            case MEAN -> sum / X.rows();
            case SQRT_OF_TOTAL -> Math.sqrt(sum);
            default -> sum;
        };
    }
}
