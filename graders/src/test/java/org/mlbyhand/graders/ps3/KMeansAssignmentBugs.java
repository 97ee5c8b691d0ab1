package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the assignment step, each a complete implementation (with the reference's
 * checks) the grader must reject. Each fails first on its own hand-picked case: the farthest centre,
 * a running minimum that starts at 0 and the expansion without ‖c‖² on the paper case (with three
 * different answers), the last centre on a tie on the tie case, absolute values on the case where
 * 3 &lt; 2 + 2 but 9 &gt; 8, the skipped last coordinate on [0, 5].
 */
final class KMeansAssignmentBugs {
    private KMeansAssignmentBugs() {
    }

    private enum Mistake {
        FARTHEST, MINIMUM_STARTS_AT_ZERO, NO_CENTRE_NORM, LAST_ON_TIE, ABSOLUTE_VALUES, LAST_COORDINATE_SKIPPED
    }

    static final List<Bug<KMeansAssignmentGrader.Assign>> ALL = List.of(
            new Bug<>("argmax instead of argmin",
                    "each point goes to its nearest centre: keep the centre whose squared distance is the"
                            + " smallest, not the largest.",
                    (X, C) -> assign(X, C, Mistake.FARTHEST)),
            new Bug<>("running minimum starts at 0",
                    "every label is 0: no squared distance is below 0, so a running minimum that starts at 0 is"
                            + " never replaced. Start it at the distance to centre 0 (or at +∞).",
                    (X, C) -> assign(X, C, Mistake.MINIMUM_STARTS_AT_ZERO)),
            new Bug<>("‖x‖² − 2xᵀc + ‖c‖² without ‖c‖²",
                    "‖x − c‖² = ‖x‖² − 2xᵀc + ‖c‖². ‖x‖² is the same for every centre and may be dropped, but ‖c‖²"
                            + " differs from centre to centre: without it, −2xᵀc favours centres far from the origin.",
                    (X, C) -> assign(X, C, Mistake.NO_CENTRE_NORM)),
            new Bug<>("the last centre on a tie",
                    "on a tie the label is the lowest centre number: replace the best centre only when a distance is"
                            + " strictly smaller (<), not when it is equal (<=).",
                    (X, C) -> assign(X, C, Mistake.LAST_ON_TIE)),
            new Bug<>("absolute differences instead of squares",
                    "k-means measures ‖x − c‖² = Σ_f (x_f − c_f)², the squared Euclidean distance. Σ_f |x_f − c_f|"
                            + " (the Manhattan distance) ranks centres differently: from [0, 0], [3, 0] is nearer than"
                            + " [2, 2] in absolute values (3 < 4) but farther in squares (9 > 8).",
                    (X, C) -> assign(X, C, Mistake.ABSOLUTE_VALUES)),
            new Bug<>("the last coordinate skipped",
                    "the distance sums over all p coordinates, f = 0 … p − 1: check the bound of your loop over"
                            + " features (f < p, not f < p − 1).",
                    (X, C) -> assign(X, C, Mistake.LAST_COORDINATE_SKIPPED)));

    private static int[] assign(Matrix X, Matrix C, Mistake mistake) {
        ClusterInputs.centres("assign", X, C);
        int[] labels = new int[X.rows()];
        for (int i = 0; i < X.rows(); i++) {
            double best = mistake == Mistake.MINIMUM_STARTS_AT_ZERO ? 0.0 : distance(X.row(i), C.row(0), mistake);
            for (int j = mistake == Mistake.MINIMUM_STARTS_AT_ZERO ? 0 : 1; j < C.rows(); j++) {
                double d = distance(X.row(i), C.row(j), mistake);
                boolean better = switch (mistake) {
                    case FARTHEST -> d > best;
                    case LAST_ON_TIE -> d <= best;
                    default -> d < best;
                };
                if (better) {
                    best = d;
                    labels[i] = j;
                }
            }
        }
        return labels;
    }

    private static double distance(double[] x, double[] c, Mistake mistake) {
        double sum = 0.0;
        int p = mistake == Mistake.LAST_COORDINATE_SKIPPED ? x.length - 1 : x.length;
        for (int f = 0; f < p; f++) {
            double d = x[f] - c[f];
            sum += switch (mistake) {
                case ABSOLUTE_VALUES -> Math.abs(d);
                case NO_CENTRE_NORM -> -2 * x[f] * c[f];
                default -> d * d;
            };
        }
        return sum;
    }
}
