package org.mlbyhand.graders.ps3;

import java.util.Arrays;
import java.util.Locale;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Tolerance;

/**
 * The reference-free properties of principal components, shared by the two PCA exercises (the two ways
 * must give the same axes): orthonormal columns, and columns that are eigenvectors of the covariance C
 * in decreasing order of variance, which together capture at least as much variance as any q of the
 * coordinate axes (Ky Fan's maximum principle: the top q eigenvectors maximise the captured variance
 * over all q-dimensional subspaces). Residuals are judged on the scale of λ₀ = the largest variance.
 */
final class PcaChecks {
    private PcaChecks() {
    }

    /** Demands a p×q matrix V with VᵀV = I. */
    static void orthonormal(Matrix V, int p, int q) {
        Expect.that(V.rows() == p && V.cols() == q, "the components must be a p×q = " + p + "×" + q
                + " matrix, one component per column; yours is " + V.shape() + ".");
        Expect.close("VᵀV", Matrix.identity(q), V.transpose().multiply(V), Tolerance.CLOSED_FORM);
    }

    /**
     * Demands C·vⱼ = (vⱼᵀCvⱼ)·vⱼ for every column, Rayleigh quotients vⱼᵀCvⱼ in decreasing order, and
     * Σⱼ vⱼᵀCvⱼ ≥ the sum of the q largest diagonal entries of C.
     */
    static void topEigenvectors(Matrix X, Matrix V) {
        Matrix C = PcaInputs.covariance(X);
        int p = C.rows();
        double top = Math.max(PcaInputs.spectrum(X)[0], Double.MIN_NORMAL);
        double slack = Tolerance.CLOSED_FORM.relative() * top;
        double previous = Double.POSITIVE_INFINITY;
        double captured = 0.0;
        for (int j = 0; j < V.cols(); j++) {
            double[] v = V.column(j);
            double[] Cv = C.multiply(v);
            double lambda = 0.0;
            for (int f = 0; f < p; f++) {
                lambda += v[f] * Cv[f];
            }
            double residual = 0.0;
            for (int f = 0; f < p; f++) {
                residual = Math.max(residual, Math.abs(Cv[f] - lambda * v[f]));
            }
            Expect.that(residual <= slack, String.format(Locale.ROOT, "column %d of V, %s, is not an eigenvector of"
                            + " the covariance C = %s: C·v − (vᵀCv)·v has an entry of size %s (allowed %.1e)", j,
                    MatrixFormat.format(v), MatrixFormat.format(C), MatrixFormat.number(residual), slack));
            Expect.that(lambda <= previous + slack, String.format(Locale.ROOT, "the variance along column %d of V is %s,"
                            + " more than along column %d (%s): components come in decreasing order of variance", j,
                    MatrixFormat.number(lambda), j - 1, MatrixFormat.number(previous)));
            previous = lambda;
            captured += lambda;
        }
        double[] diagonal = new double[p];
        for (int f = 0; f < p; f++) {
            diagonal[f] = C.get(f, f);
        }
        Arrays.sort(diagonal);
        double axes = 0.0;
        for (int j = 0; j < V.cols() && j < p; j++) {
            axes += diagonal[p - 1 - j];
        }
        Expect.that(captured >= axes - slack, String.format(Locale.ROOT, "your %d components capture a variance of %s,"
                        + " but the %d coordinate axes of largest variance capture %s: the principal components are"
                        + " the eigenvectors of the LARGEST eigenvalues, which no other %d directions beat",
                V.cols(), MatrixFormat.number(captured), V.cols(), MatrixFormat.number(axes), V.cols()));
    }
}
