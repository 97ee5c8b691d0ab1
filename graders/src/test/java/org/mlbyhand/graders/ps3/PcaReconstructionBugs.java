package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in projection and reconstruction, each a complete implementation (with the
 * reference's checks, and core's Svd) the grader must reject. The first hand-picked case (centred X, the
 * axes as components, Y = [[1, 1, 1]], answer [0, 1, 0]) catches Y's own mean, the smallest components
 * and the rows of V with three different answers; X is centred there, so the forgotten mean fails on the
 * second (answer [4, 5]): [1, 1] without adding it back, [4.5, 4.5] without it at all.
 */
final class PcaReconstructionBugs {
    private PcaReconstructionBugs() {
    }

    private enum Mistake {
        OWN_MEAN, SMALLEST_FIRST, ROWS_OF_V, MEAN_NOT_ADDED_BACK, NO_MEAN
    }

    static final List<Bug<PcaReconstructionGrader.Reconstruct>> ALL = List.of(
            new Bug<>("Y centred on its own mean",
                    "the mean is part of the fitted model: centre Y on the TRAINING mean x̄ (of X), and add x̄ back."
                            + " Y's own mean would make a single row reconstruct to itself, whatever q.",
                    (X, Y, q) -> reconstruct(X, Y, q, Mistake.OWN_MEAN)),
            new Bug<>("the smallest components",
                    "keep the components of the LARGEST variances, the first q columns of V (Svd and SymmetricEigen"
                            + " sort them in decreasing order), not the last q.",
                    (X, Y, q) -> reconstruct(X, Y, q, Mistake.SMALLEST_FIRST)),
            new Bug<>("rows of V as components",
                    "each component is a COLUMN of V (p long): V_q = the first q columns, Z = (Y − x̄)·V_q, Ŷ ="
                            + " Z·V_qᵀ + x̄. Row j of V is not a component.",
                    (X, Y, q) -> reconstruct(X, Y, q, Mistake.ROWS_OF_V)),
            new Bug<>("x̄ not added back",
                    "Z·V_qᵀ is the reconstruction of the CENTRED row: add the training mean back, Ŷ = Z·V_qᵀ + 1·x̄ᵀ.",
                    (X, Y, q) -> reconstruct(X, Y, q, Mistake.MEAN_NOT_ADDED_BACK)),
            new Bug<>("no mean at all",
                    "project Y − x̄, not Y: the components are directions through the training mean x̄, so centre Y on"
                            + " x̄ first, project, map back, and add x̄ again.",
                    (X, Y, q) -> reconstruct(X, Y, q, Mistake.NO_MEAN)));

    private static Matrix reconstruct(Matrix X, Matrix Y, int q, Mistake mistake) {
        PcaReconstructionGrader.check(X, Y, q);
        Matrix V = Svd.of(PcaInputs.centred(X)).v();
        if (mistake == Mistake.ROWS_OF_V) {
            V = V.transpose();
        }
        int p = X.cols();
        Matrix Vq = Matrix.zeros(p, q);
        for (int j = 0; j < q; j++) {
            int column = mistake == Mistake.SMALLEST_FIRST ? V.cols() - 1 - j : j;
            for (int f = 0; f < p; f++) {
                Vq.set(f, j, V.get(f, column));
            }
        }
        double[] mean = switch (mistake) {
            case OWN_MEAN -> Y.columnMeans();
            case NO_MEAN -> new double[p];
            default -> X.columnMeans();
        };
        Matrix Yc = Y.copy();
        for (int i = 0; i < Y.rows(); i++) {
            for (int f = 0; f < p; f++) {
                Yc.set(i, f, Y.get(i, f) - mean[f]);
            }
        }
        Matrix R = Yc.multiply(Vq).multiply(Vq.transpose());             // m×p
        for (int i = 0; i < Y.rows() && mistake != Mistake.MEAN_NOT_ADDED_BACK; i++) {
            for (int f = 0; f < p; f++) {
                R.set(i, f, R.get(i, f) + mean[f]);
            }
        }
        return R;
    }
}
