package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct inertias written differently from core's (Σᵢ Σ_f (X_if − C_{labelᵢ,f})², point by point),
 * each of which the grader must accept. The expansion rounds on the scale of ‖x‖² + ‖c‖² rather than of
 * the distances; the grader's random cases keep the inertia from being far below that scale.
 */
final class InertiaAlternatives {
    private InertiaAlternatives() {
    }

    static final List<Alternative<InertiaGrader.Score>> ALL = List.of(
            new Alternative<>("cluster by cluster: for each j, the points with label j", InertiaAlternatives::byCluster),
            new Alternative<>("expanded: Σᵢ (‖xᵢ‖² − 2xᵢᵀc + ‖c‖²)", InertiaAlternatives::expanded),
            new Alternative<>("the squared Frobenius norm of X − C[labels], C's rows gathered by label",
                    InertiaAlternatives::frobenius));

    private static double byCluster(Matrix X, Matrix C, int[] labels) {
        ClusterInputs.clustering("inertia", X, labels, C);
        double sum = 0.0;
        for (int j = 0; j < C.rows(); j++) {
            for (int i = 0; i < X.rows(); i++) {
                if (labels[i] == j) {
                    sum += ClusterInputs.squaredDistance(X.row(i), C.row(j));
                }
            }
        }
        return sum;
    }

    private static double expanded(Matrix X, Matrix C, int[] labels) {
        ClusterInputs.clustering("inertia", X, labels, C);
        double sum = 0.0;
        for (int i = 0; i < X.rows(); i++) {
            double[] x = X.row(i);
            double[] c = C.row(labels[i]);
            double dot = 0.0;
            for (int f = 0; f < x.length; f++) {
                dot += x[f] * c[f];
            }
            sum += ClusterInputs.norm2(x) - 2 * dot + ClusterInputs.norm2(c);
        }
        return sum;
    }

    private static double frobenius(Matrix X, Matrix C, int[] labels) {
        ClusterInputs.clustering("inertia", X, labels, C);
        Matrix D = X.minus(C.selectRows(labels));                     // n×p
        double norm = D.frobeniusNorm();
        return norm * norm;
    }
}
