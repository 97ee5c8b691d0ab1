package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct counts written differently from core's (ratios of σ²/(n − 1) from the SVD, cumulative count),
 * each of which the grader must accept: the eigenvalues of C (p of them, the extra ones 0 to rounding),
 * and the SVD with the total variance taken as the trace of C and a loop that stops at the first
 * cumulative ratio above f. They round differently; the grader's random f stay clear of every
 * cumulative ratio.
 */
final class ComponentsForVarianceAlternatives {
    private ComponentsForVarianceAlternatives() {
    }

    static final List<Alternative<ComponentsForVarianceGrader.Count>> ALL = List.of(
            new Alternative<>("eigenvalues of C by SymmetricEigen, counted", ComponentsForVarianceAlternatives::eigen),
            new Alternative<>("σ² from the SVD over the trace of C, stopping at the first cumulative ratio above f",
                    ComponentsForVarianceAlternatives::trace));

    private static int eigen(Matrix X, double f) {
        ComponentsForVarianceGrader.check(X, f);
        double[] lambda = SymmetricEigen.of(PcaInputs.covariance(X)).eigenvalues();
        double total = 0.0;
        for (double l : lambda) {
            total += Math.max(l, 0.0);
        }
        double cumulative = 0.0;
        int q = 0;
        for (double l : lambda) {
            cumulative += Math.max(l, 0.0) / total;
            q += cumulative <= f ? 1 : 0;
        }
        return Math.min(q + 1, Math.min(X.rows(), X.cols()));
    }

    private static int trace(Matrix X, double f) {
        ComponentsForVarianceGrader.check(X, f);
        Matrix C = PcaInputs.covariance(X);
        double total = 0.0;
        for (int a = 0; a < C.rows(); a++) {
            total += C.get(a, a);
        }
        double[] sigma = Svd.of(PcaInputs.centred(X)).singularValues();
        double cumulative = 0.0;
        for (int j = 0; j < sigma.length; j++) {
            cumulative += sigma[j] * sigma[j] / (X.rows() - 1) / total;
            if (cumulative > f) {
                return j + 1;
            }
        }
        return sigma.length;
    }
}
