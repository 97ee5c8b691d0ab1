package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in PCA by the covariance eigendecomposition, each a complete implementation (with
 * the reference's checks, and core's SymmetricEigen as the stub allows) the grader must reject. On the
 * first hand-picked case (three centred orthogonal columns, answer the axes e₁, e₂) the smallest
 * eigenvalues' vectors, the loadings, all p components, the n×n Gram matrix and the rows of V give five
 * different answers; that X is centred already, so the uncentred data fail on the second case, the 2-D
 * paper case, whose answer is [1, 1]/√2.
 */
final class PcaByEigenBugs {
    private PcaByEigenBugs() {
    }

    private enum Mistake {
        SMALLEST_FIRST, NOT_CENTRED, LOADINGS, ALL_COMPONENTS, GRAM_OF_ROWS, ROWS_OF_V
    }

    static final List<Bug<PcaByEigenGrader.Components>> ALL = List.of(
            new Bug<>("the smallest eigenvalues' vectors",
                    "SymmetricEigen returns the eigenvalues in DECREASING order, λ₀ ≥ λ₁ ≥ … (NumPy's eigh is the one"
                            + " that goes up): the top q components are the FIRST q columns of V, largest first, not"
                            + " the last ones.",
                    (X, q) -> components(X, q, Mistake.SMALLEST_FIRST)),
            new Bug<>("not centred",
                    "decompose the covariance of the CENTRED data, XcᵀXc/(n − 1) with Xc = X − 1·x̄ᵀ. Without"
                            + " centring, XᵀX is dominated by the direction of the mean, which is not a direction of"
                            + " variance.",
                    (X, q) -> components(X, q, Mistake.NOT_CENTRED)),
            new Bug<>("columns scaled by √λ",
                    "a component is the unit eigenvector vⱼ itself (‖vⱼ‖ = 1), not vⱼ·√λⱼ (a loading): leave"
                            + " SymmetricEigen's columns as they are.",
                    (X, q) -> components(X, q, Mistake.LOADINGS)),
            new Bug<>("all p components",
                    "return only the first q columns of V (p×q), the q largest variances, not the whole p×p V.",
                    (X, q) -> components(X, q, Mistake.ALL_COMPONENTS)),
            new Bug<>("XcXcᵀ, n×n",
                    "the covariance of the p features is the p×p matrix XcᵀXc/(n − 1); XcXcᵀ is the n×n matrix of"
                            + " the rows' products, whose eigenvectors have n entries, not p.",
                    (X, q) -> components(X, q, Mistake.GRAM_OF_ROWS)),
            new Bug<>("eigenvectors read as rows",
                    "SymmetricEigen's eigenvectors() holds each eigenvector in a COLUMN: vⱼ = column j of V"
                            + " (V.column(j), or eigenvector(j)), not row j.",
                    (X, q) -> components(X, q, Mistake.ROWS_OF_V)));

    private static Matrix components(Matrix X, int q, Mistake mistake) {
        PcaInputs.components("components", X, q);
        Matrix Xc = mistake == Mistake.NOT_CENTRED ? X : PcaInputs.centred(X);
        Matrix C = (mistake == Mistake.GRAM_OF_ROWS ? Xc.multiply(Xc.transpose()) : Xc.transpose().multiply(Xc))
                .scale(1.0 / (X.rows() - 1));
        for (int a = 0; a < C.rows(); a++) {
            for (int b = 0; b < a; b++) {
                C.set(b, a, C.get(a, b));
            }
        }
        SymmetricEigen eig = SymmetricEigen.of(C);
        Matrix V = mistake == Mistake.ROWS_OF_V ? eig.eigenvectors().transpose() : eig.eigenvectors();
        double[] lambda = eig.eigenvalues();
        int m = V.rows();
        int kept = mistake == Mistake.ALL_COMPONENTS ? V.cols() : q;
        Matrix out = Matrix.zeros(m, kept);
        for (int j = 0; j < kept; j++) {
            int column = mistake == Mistake.SMALLEST_FIRST ? V.cols() - 1 - j : j;
            double scale = mistake == Mistake.LOADINGS ? Math.sqrt(Math.max(lambda[column], 0)) : 1.0;
            for (int f = 0; f < m; f++) {
                out.set(f, j, scale * V.get(f, column));
            }
        }
        return out;
    }
}
