package org.mlbyhand.graders.ps3;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.cluster.Lloyd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct Lloyd loops written differently from core's {@code Lloyd.run}, each of which the grader must
 * accept: another loop shape with the shift as a squared Frobenius norm, and a loop with steps of its own
 * (the expanded distance, means recomputed from the final memberships, a one-pass variance). They round
 * differently from core; the grader's random cases keep every assignment away from a tie and every shift
 * away from the threshold, where only rounding could decide.
 */
final class KMeansLloydAlternatives {
    private KMeansLloydAlternatives() {
    }

    static final List<Alternative<KMeansLloydGrader.Fit>> ALL = List.of(
            new Alternative<>("a while loop with a stop flag; the shift as ‖next − C‖_F²",
                    KMeansLloydAlternatives::whileLoop),
            new Alternative<>("its own steps: ‖c‖² − 2xᵀc assignment, means from the final memberships, Welford's"
                    + " variance", KMeansLloydAlternatives::ownSteps));

    private static Matrix whileLoop(Matrix X, Matrix C0, int maxIter, double tol) {
        ClusterInputs.lloyd("fit", X, C0, maxIter, tol);
        double threshold = tol * ClusterSteps.meanColumnVariance(X);
        Matrix C = C0;
        int[] previous = new int[0];
        int t = 0;
        boolean stop = false;
        while (!stop && t < maxIter) {
            t++;
            int[] labels = Lloyd.assign(X, C);
            Matrix next = Lloyd.update(X, labels, C);
            double norm = next.minus(C).frobeniusNorm();
            stop = Arrays.equals(labels, previous) || norm * norm <= threshold;
            previous = labels;
            C = next;
        }
        return C == C0 ? C0.copy() : C;
    }

    private static Matrix ownSteps(Matrix X, Matrix C0, int maxIter, double tol) {
        ClusterInputs.lloyd("fit", X, C0, maxIter, tol);
        double threshold = tol * welfordSpread(X);
        Matrix C = C0.copy();
        int[] previous = null;
        for (int t = 0; t < maxIter; t++) {
            int[] labels = nearest(X, C);
            Matrix next = ClusterSteps.means(X, labels, C);
            double shift = 0.0;
            for (int j = 0; j < C.rows(); j++) {
                shift += ClusterInputs.squaredDistance(next.row(j), C.row(j));
            }
            C = next;
            if (Arrays.equals(labels, previous) || shift <= threshold) {
                break;
            }
            previous = labels;
        }
        return C;
    }

    /** argmin_j ‖c_j‖² − 2xᵀc_j, the lowest j on a tie. */
    private static int[] nearest(Matrix X, Matrix C) {
        int[] labels = new int[X.rows()];
        for (int i = 0; i < X.rows(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < C.rows(); j++) {
                double score = ClusterInputs.norm2(C.row(j));
                for (int f = 0; f < X.cols(); f++) {
                    score -= 2 * X.get(i, f) * C.get(j, f);
                }
                if (score < best) {
                    best = score;
                    labels[i] = j;
                }
            }
        }
        return labels;
    }

    /** (1/p)·Σ_f var_f by Welford's one-pass update, var_f = M2/n. */
    private static double welfordSpread(Matrix X) {
        double total = 0.0;
        for (int f = 0; f < X.cols(); f++) {
            double mean = 0.0;
            double m2 = 0.0;
            for (int i = 0; i < X.rows(); i++) {
                double x = X.get(i, f);
                double delta = x - mean;
                mean += delta / (i + 1);
                m2 += delta * (x - mean);
            }
            total += m2 / X.rows();
        }
        return total / X.cols();
    }
}
