package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct PCA components by the SVD written differently from core's, each of which the grader must
 * accept up to the sign of each column: the left singular vectors of Xcᵀ (= the right ones of Xc), and
 * the SVD of Xc/√(n − 1), whose σ are the standard deviations and whose V is the same.
 */
final class PcaBySvdAlternatives {
    private PcaBySvdAlternatives() {
    }

    static final List<Alternative<PcaByEigenGrader.Components>> ALL = List.of(
            new Alternative<>("U of the SVD of Xcᵀ (p×n), which is V of Xc", PcaBySvdAlternatives::transposed),
            new Alternative<>("V of the SVD of Xc/√(n − 1)", PcaBySvdAlternatives::scaled));

    private static Matrix transposed(Matrix X, int q) {
        PcaInputs.components("components", X, q);
        return Svd.of(PcaInputs.centred(X).transpose()).u().slice(0, X.cols(), 0, q);
    }

    private static Matrix scaled(Matrix X, int q) {
        PcaInputs.components("components", X, q);
        return Svd.of(PcaInputs.centred(X).scale(1.0 / Math.sqrt(X.rows() - 1))).v().slice(0, X.cols(), 0, q);
    }
}
