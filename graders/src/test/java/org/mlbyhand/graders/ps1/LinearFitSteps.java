package org.mlbyhand.graders.ps1;

import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The steps the fits with an intercept (ols, ridge, lasso-path) are made of, right or wrong, shared by
 * their graders and classic bugs: append a column of ones, centre, solve penalized normal equations by
 * Cholesky, and recover the intercept from the means.
 */
final class LinearFitSteps {
    private LinearFitSteps() {
    }

    /** Returns the mean of y. */
    static double mean(double[] y) {
        double sum = 0.0;
        for (double v : y) {
            sum += v;
        }
        return sum / y.length;
    }

    /** Returns the n×(p+1) matrix X with a column of ones inserted at index {@code at} (0 or p). */
    static Matrix withOnesColumn(Matrix X, int at) {
        int n = X.rows();
        int p = X.cols();
        Matrix A = Matrix.zeros(n, p + 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                A.set(i, j < at ? j : j + 1, X.get(i, j));
            }
            A.set(i, at, 1.0);
        }
        return A;
    }

    /** Returns X − 1·x̄ᵀ when {@code centre}, else a copy of X. */
    static Matrix centred(Matrix X, boolean centre) {
        double[] xMean = X.columnMeans();
        Matrix Xc = X.copy();
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                Xc.set(i, j, X.get(i, j) - (centre ? xMean[j] : 0.0));
            }
        }
        return Xc;
    }

    /** Returns y − ȳ when {@code centre}, else a copy of y. */
    static double[] centred(double[] y, boolean centre) {
        double yMean = centre ? mean(y) : 0.0;
        double[] yc = y.clone();
        for (int i = 0; i < yc.length; i++) {
            yc[i] -= yMean;
        }
        return yc;
    }

    /** Solves (AᵀA + α·I)·θ = Aᵀt by Cholesky, or (AᵀA + α·11ᵀ)·θ = Aᵀt when {@code everywhere}. */
    static double[] solve(Matrix A, double[] t, double alpha, boolean everywhere) {
        Matrix At = A.transpose();
        Matrix G = At.multiply(A);
        for (int j = 0; j < G.rows(); j++) {
            for (int k = 0; k < G.cols(); k++) {
                if (everywhere || j == k) {
                    G.set(j, k, G.get(j, k) + alpha);
                }
            }
        }
        return Cholesky.of(G).solve(At.multiply(t));
    }

    /** Returns ȳ − x̄ᵀw, the intercept that puts the fitted hyperplane through the point of means. */
    static double interceptThroughMeans(Matrix X, double[] y, double[] w) {
        double[] xMean = X.columnMeans();
        double b = mean(y);
        for (int j = 0; j < w.length; j++) {
            b -= xMean[j] * w[j];
        }
        return b;
    }
}
