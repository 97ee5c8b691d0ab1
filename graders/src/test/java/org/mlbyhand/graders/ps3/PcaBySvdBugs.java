package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in PCA by the SVD, each a complete implementation (with the reference's checks, and
 * core's Svd as the stub allows) the grader must reject. They fail on the grader's first case (three
 * centred orthogonal columns, q = 2) with five different answers of three shapes, except the uncentred
 * data, which that X already is, and which fail on the second case (2 features, q = 1). The rows of V
 * must not meet the 2-D case first: there they equal the smallest singular value's vector.
 */
final class PcaBySvdBugs {
    private PcaBySvdBugs() {
    }

    private enum Mistake {
        LEFT_SINGULAR_VECTORS, NOT_CENTRED, SMALLEST_FIRST, SCALED_BY_SIGMA, ALL_COMPONENTS, ROWS_OF_V
    }

    static final List<Bug<PcaByEigenGrader.Components>> ALL = List.of(
            new Bug<>("columns of U instead of V",
                    "Xc = U·diag(σ)·Vᵀ: the components are directions in the space of the p features, the columns of"
                            + " V (p long). The columns of U have n entries, one per row: they are the scores' directions.",
                    (X, q) -> components(X, q, Mistake.LEFT_SINGULAR_VECTORS)),
            new Bug<>("not centred",
                    "take the SVD of the CENTRED data Xc = X − 1·x̄ᵀ: the SVD of X itself finds the direction of the"
                            + " mean first, which is not a direction of variance.",
                    (X, q) -> components(X, q, Mistake.NOT_CENTRED)),
            new Bug<>("the smallest singular values' vectors",
                    "Svd returns the singular values in DECREASING order: the top q components are the FIRST q"
                            + " columns of V, not the last.",
                    (X, q) -> components(X, q, Mistake.SMALLEST_FIRST)),
            new Bug<>("columns scaled by σ",
                    "a component is the unit vector vⱼ itself (‖vⱼ‖ = 1), not σⱼ·vⱼ: leave the columns of V as they"
                            + " are.",
                    (X, q) -> components(X, q, Mistake.SCALED_BY_SIGMA)),
            new Bug<>("all components",
                    "return only the first q columns of V (p×q), not all min(n, p) of them.",
                    (X, q) -> components(X, q, Mistake.ALL_COMPONENTS)),
            new Bug<>("rows of V",
                    "the singular vectors are the COLUMNS of svd.v(): vⱼ = column j, not row j.",
                    (X, q) -> components(X, q, Mistake.ROWS_OF_V)));

    private static Matrix components(Matrix X, int q, Mistake mistake) {
        PcaInputs.components("components", X, q);
        Svd svd = Svd.of(mistake == Mistake.NOT_CENTRED ? X : PcaInputs.centred(X));
        Matrix V = switch (mistake) {
            case LEFT_SINGULAR_VECTORS -> svd.u();
            case ROWS_OF_V -> svd.v().transpose();
            default -> svd.v();
        };
        double[] sigma = svd.singularValues();
        int kept = mistake == Mistake.ALL_COMPONENTS ? V.cols() : q;
        Matrix out = Matrix.zeros(V.rows(), kept);
        for (int j = 0; j < kept; j++) {
            int column = mistake == Mistake.SMALLEST_FIRST ? V.cols() - 1 - j : j;
            double scale = mistake == Mistake.SCALED_BY_SIGMA ? sigma[column] : 1.0;
            for (int f = 0; f < V.rows(); f++) {
                out.set(f, j, scale * V.get(f, column));
            }
        }
        return out;
    }
}
