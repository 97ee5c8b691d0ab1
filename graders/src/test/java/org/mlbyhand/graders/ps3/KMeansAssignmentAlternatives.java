package org.mlbyhand.graders.ps3;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct assignment steps written differently from core's (a running minimum of Σ_f (x_f − c_f)² per
 * point), each of which the grader must accept. The expansion and the square root round differently
 * from the direct sum; the grader's random cases have no near tie, where only that could matter.
 */
final class KMeansAssignmentAlternatives {
    private KMeansAssignmentAlternatives() {
    }

    static final List<Alternative<KMeansAssignmentGrader.Assign>> ALL = List.of(
            new Alternative<>("‖c‖² − 2xᵀc, dropping ‖x‖² (the same for every centre), as scikit-learn does",
                    KMeansAssignmentAlternatives::expanded),
            new Alternative<>("centres in the outer loop, the Euclidean distance √Σ in an array of best distances",
                    KMeansAssignmentAlternatives::centresOuter),
            new Alternative<>("a stream: the minimum by (distance, centre number)", KMeansAssignmentAlternatives::stream));

    private static int[] expanded(Matrix X, Matrix C) {
        ClusterInputs.centres("assign", X, C);
        double[] norms = new double[C.rows()];
        for (int j = 0; j < C.rows(); j++) {
            norms[j] = ClusterInputs.norm2(C.row(j));
        }
        int[] labels = new int[X.rows()];
        for (int i = 0; i < X.rows(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < C.rows(); j++) {
                double dot = 0.0;
                for (int f = 0; f < X.cols(); f++) {
                    dot += X.get(i, f) * C.get(j, f);
                }
                double score = norms[j] - 2 * dot;
                if (score < best) {
                    best = score;
                    labels[i] = j;
                }
            }
        }
        return labels;
    }

    private static int[] centresOuter(Matrix X, Matrix C) {
        ClusterInputs.centres("assign", X, C);
        int n = X.rows();
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        int[] labels = new int[n];
        for (int j = 0; j < C.rows(); j++) {
            for (int i = 0; i < n; i++) {
                double d = Math.sqrt(ClusterInputs.squaredDistance(X.row(i), C.row(j)));
                if (d < best[i]) {
                    best[i] = d;
                    labels[i] = j;
                }
            }
        }
        return labels;
    }

    private static int[] stream(Matrix X, Matrix C) {
        ClusterInputs.centres("assign", X, C);
        return IntStream.range(0, X.rows())
                .map(i -> IntStream.range(0, C.rows()).boxed()
                        .min(Comparator.comparingDouble((Integer j) -> ClusterInputs.squaredDistance(X.row(i), C.row(j)))
                                .thenComparingInt(j -> j))
                        .orElseThrow())
                .toArray();
    }
}
