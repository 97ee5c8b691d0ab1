package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.core.linear.LinearParameters;

/**
 * The steps the fits with an intercept (ols, ridge, lasso-path) are made of, right or wrong, shared by
 * their graders, classic bugs and correct alternatives: append a column of ones, centre, solve
 * penalized normal equations by Cholesky, recover the intercept from the means, and repeat lasso
 * sweeps until they settle.
 */
final class LinearFitSteps {
    /** The lasso-path exercise's stopping rule: max|Δwⱼ| ≤ SETTLED·max(1, max|wⱼ|) after a sweep. */
    static final double SETTLED = 1e-12;
    /** The lasso-path exercise's cap on sweeps per alpha. */
    static final int MAX_SWEEPS = 100_000;

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

    /**
     * Returns the mean residual of the fit without intercept, (1/n)·Σᵢ(yᵢ − xᵢᵀw): the same intercept as
     * ȳ − x̄ᵀw, summed in another order.
     */
    static double meanResidual(Matrix X, double[] y, double[] w) {
        double[] Xw = X.multiply(w);                                  // (n)
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i] - Xw[i];
        }
        return sum / y.length;
    }

    /**
     * Solves the centred system (XcᵀXc + α·I)·w = Xcᵀy with each entry an explicit sum over the rows
     * and y not centred (Xcᵀ1 = 0, so Xcᵀy = Xcᵀyc): a correct route that rounds differently from
     * {@link #solve}.
     */
    static double[] solveCentredBySums(Matrix X, double[] y, double alpha) {
        Matrix Xc = centred(X, true);
        int n = X.rows();
        int p = X.cols();
        Matrix G = Matrix.zeros(p, p);                                // (p, p)
        double[] c = new double[p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                double sum = j == k ? alpha : 0.0;
                for (int i = 0; i < n; i++) {
                    sum += Xc.get(i, j) * Xc.get(i, k);
                }
                G.set(j, k, sum);
            }
            for (int i = 0; i < n; i++) {
                c[j] += Xc.get(i, j) * y[i];
            }
        }
        return Cholesky.of(G).solve(c);
    }

    /**
     * Returns (w, b) from the normal equations of A = [X 1] (n×(p+1)) with the intercept's diagonal entry
     * left out of the penalty, solved by Cholesky:
     * <pre>{@code
     *   (AᵀA + α·D)·[w; b] = Aᵀy,      D = diag(1, …, 1, 0)
     * }</pre>
     * the minimiser of ‖y − X·w − b·1‖² + α‖w‖² without centring (a correct route; it throws
     * NotPositiveDefiniteException where the centred system is singular).
     */
    static LinearParameters fitWithOnesColumn(Matrix X, double[] y, double alpha) {
        int p = X.cols();
        Matrix A = withOnesColumn(X, p);                              // (n, p+1)
        Matrix At = A.transpose();
        Matrix G = At.multiply(A);                                    // (p+1, p+1)
        for (int j = 0; j < p; j++) {
            G.set(j, j, G.get(j, j) + alpha);
        }
        double[] theta = Cholesky.of(G).solve(At.multiply(y));       // [w; b]
        return new LinearParameters(Arrays.copyOf(theta, p), theta[p]);
    }

    /**
     * Applies {@code sweep} to w (not modified) until a sweep changes no coefficient by more than
     * tol·max(1, max_j |wⱼ|), or {@code maxSweeps} times; returns the last w. With tol = {@link #SETTLED}
     * and maxSweeps = {@link #MAX_SWEEPS} this is the lasso-path exercise's rule.
     */
    static double[] sweepUntilSettled(UnaryOperator<double[]> sweep, double[] w, double tol, int maxSweeps) {
        for (int k = 1; k <= maxSweeps; k++) {
            double[] next = sweep.apply(w);
            double change = 0.0;
            double size = 0.0;
            for (int j = 0; j < w.length; j++) {
                change = Math.max(change, Math.abs(next[j] - w[j]));
                size = Math.max(size, Math.abs(next[j]));
            }
            w = next;
            if (change <= tol * Math.max(1.0, size)) {
                break;
            }
        }
        return w;
    }

    /**
     * One cyclic lasso sweep on (X, y) as given, written out as the cd-sweep exercise asks: with r = y − X·w
     * kept up to date, zⱼ = xⱼᵀr + ‖xⱼ‖²·wⱼ and wⱼ ← S(zⱼ, n·α)/‖xⱼ‖² for j = 0, …, p−1. A zero column is
     * skipped, unless {@code skipZeroColumns} is false: then its update is 0/0 = NaN.
     *
     * @param w length p (not modified)
     * @return the new coefficients
     */
    static double[] lassoSweep(Matrix X, double[] y, double[] w, double alpha, boolean skipZeroColumns) {
        int n = X.rows();
        double[] next = w.clone();
        double[] r = Vectors.subtract(y, X.multiply(w));             // (n) y − X·w
        for (int j = 0; j < next.length; j++) {
            double[] x = X.column(j);
            double squaredNorm = Vectors.dot(x, x);
            if (squaredNorm == 0.0 && skipZeroColumns) {
                continue;
            }
            double old = next[j];
            next[j] = CoordinateDescent.softThreshold(Vectors.dot(x, r) + squaredNorm * old, n * alpha) / squaredNorm;
            Vectors.axpyInPlace(old - next[j], x, r);
        }
        return next;
    }
}
