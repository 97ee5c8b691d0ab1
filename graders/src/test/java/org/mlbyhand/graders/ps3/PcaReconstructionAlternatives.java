package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct reconstructions written differently from core's (scores Z = (Y − x̄)·Wᵀ with W from the SVD,
 * then Z·W + x̄), each of which the grader must accept: the components from the covariance's
 * eigenvectors, and the projector P = V_q·V_qᵀ (p×p) applied to each centred row. Both round differently
 * by a few ε·λ₀/gap, which the grader's random cases keep far below its tolerance.
 */
final class PcaReconstructionAlternatives {
    private PcaReconstructionAlternatives() {
    }

    static final List<Alternative<PcaReconstructionGrader.Reconstruct>> ALL = List.of(
            new Alternative<>("components from SymmetricEigen of the covariance, scores then back",
                    PcaReconstructionAlternatives::byEigen),
            new Alternative<>("the projector P = V_q·V_qᵀ (p×p) from the SVD, Ŷ = x̄ + (Y − x̄)·P",
                    PcaReconstructionAlternatives::projector));

    private static Matrix byEigen(Matrix X, Matrix Y, int q) {
        PcaReconstructionGrader.check(X, Y, q);
        Matrix Vq = SymmetricEigen.of(PcaInputs.covariance(X)).eigenvectors().slice(0, X.cols(), 0, q);
        double[] mean = X.columnMeans();
        Matrix Yhat = Matrix.zeros(Y.rows(), Y.cols());
        for (int i = 0; i < Y.rows(); i++) {
            double[] z = new double[q];
            for (int j = 0; j < q; j++) {
                for (int f = 0; f < X.cols(); f++) {
                    z[j] += (Y.get(i, f) - mean[f]) * Vq.get(f, j);
                }
            }
            for (int f = 0; f < X.cols(); f++) {
                double s = mean[f];
                for (int j = 0; j < q; j++) {
                    s += z[j] * Vq.get(f, j);
                }
                Yhat.set(i, f, s);
            }
        }
        return Yhat;
    }

    private static Matrix projector(Matrix X, Matrix Y, int q) {
        PcaReconstructionGrader.check(X, Y, q);
        Matrix Vq = Svd.of(PcaInputs.centred(X)).v().slice(0, X.cols(), 0, q);
        Matrix P = Vq.multiply(Vq.transpose());                          // p×p
        double[] mean = X.columnMeans();
        Matrix Yc = Y.copy();
        for (int i = 0; i < Y.rows(); i++) {
            for (int f = 0; f < Y.cols(); f++) {
                Yc.set(i, f, Y.get(i, f) - mean[f]);
            }
        }
        Matrix Yhat = Yc.multiply(P);
        for (int i = 0; i < Y.rows(); i++) {
            for (int f = 0; f < Y.cols(); f++) {
                Yhat.set(i, f, Yhat.get(i, f) + mean[f]);
            }
        }
        return Yhat;
    }
}
