package org.mlbyhand.graders.ps3;

import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * What the PCA exercises share: their input checks, as core's {@code Pca} makes them, for the bugs and
 * correct alternatives; the centred data and the covariance XcᵀXc/(n − 1) written out; and the
 * condition their random cases are drawn under, a spectrum whose first q eigenvalues are separated, so
 * that the first q components are well determined and every correct way of computing them agrees to
 * {@code Tolerance.CLOSED_FORM} (an eigenvector's error is about ε·λ₀/gap).
 */
final class PcaInputs {
    /** The smallest gap λ_j − λ_{j+1}, relative to λ₀, between the eigenvalues that decide the first q components. */
    static final double GAP = 0.05;
    /** The clause as generators name it. */
    static final String SEPARATED = "λ₀ > 0 and λ_j − λ_{j+1} ≥ " + GAP + "·λ₀ for j < q (λ_p = 0): the first q"
            + " components are well determined";

    private PcaInputs() {
    }

    /** Throws unless X has at least two rows and one column and is finite (core's Pca.fit checks). */
    static void data(String who, Matrix X) {
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape());
        }
        ClusterInputs.finite(who, "X", X);
        if (X.rows() < 2) {
            throw new IllegalArgumentException(who + ": X is " + X.shape() + "; the variance needs at least two rows");
        }
    }

    /** Throws unless X is fit for PCA and 1 ≤ q ≤ min(n, p). */
    static void components(String who, Matrix X, int q) {
        if (q < 1) {
            throw new IllegalArgumentException(who + ": q must be ≥ 1, got " + q);
        }
        data(who, X);
        if (q > Math.min(X.rows(), X.cols())) {
            throw new IllegalArgumentException(who + ": q = " + q + " exceeds min(n, p) = "
                    + Math.min(X.rows(), X.cols()) + " (X is " + X.shape() + ")");
        }
    }

    /** Throws unless Y has X's columns and is finite. */
    static void rows(String who, Matrix X, Matrix Y) {
        if (Y.cols() != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", Y is " + Y.shape());
        }
        ClusterInputs.finite(who, "Y", Y);
    }

    /** Returns Xc = X − 1·x̄ᵀ. */
    static Matrix centred(Matrix X) {
        double[] mean = X.columnMeans();
        Matrix Xc = X.copy();
        for (int i = 0; i < X.rows(); i++) {
            for (int f = 0; f < X.cols(); f++) {
                Xc.set(i, f, X.get(i, f) - mean[f]);
            }
        }
        return Xc;
    }

    /** Returns C = XcᵀXc/(n − 1), exactly symmetric. */
    static Matrix covariance(Matrix X) {
        Matrix Xc = centred(X);
        int p = X.cols();
        Matrix C = Matrix.zeros(p, p);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                double s = 0.0;
                for (int i = 0; i < X.rows(); i++) {
                    s += Xc.get(i, a) * Xc.get(i, b);
                }
                C.set(a, b, s / (X.rows() - 1));
                C.set(b, a, s / (X.rows() - 1));
            }
        }
        return C;
    }

    /** Returns the p eigenvalues of the covariance, descending. */
    static double[] spectrum(Matrix X) {
        return SymmetricEigen.of(covariance(X)).eigenvalues();
    }

    /** True when λ₀ > 0 and, for j &lt; q, λ_j − λ_{j+1} ≥ GAP·λ₀ (λ_p = 0), and q ≤ n − 1 (the rank of Xc at most). */
    static boolean separated(Matrix X, int q) {
        if (X.rows() < 2 || q < 1 || q > Math.min(X.rows() - 1, X.cols())) {
            return false;
        }
        double[] lambda = spectrum(X);
        if (!(lambda[0] > 0)) {
            return false;
        }
        for (int j = 0; j < q; j++) {
            double next = j + 1 < lambda.length ? lambda[j + 1] : 0.0;
            if (lambda[j] - next < GAP * lambda[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The 4×3 data of the hand-picked cases: centred, mutually orthogonal columns (Hadamard patterns) of
     * sizes 1, 3 and 2, so that C = diag(4/3, 12, 16/3) and the components are the axes e₁, e₂, e₀.
     */
    static double[][] orthogonalColumns() {
        return new double[][] {{1, 3, 2}, {-1, 3, -2}, {1, -3, -2}, {-1, -3, 2}};
    }
}
