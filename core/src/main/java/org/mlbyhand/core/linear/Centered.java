package org.mlbyhand.core.linear;

import org.mlbyhand.core.linalg.Matrix;

/**
 * Data centred for an unpenalized intercept. For every objective in this package of the form
 * <pre>{@code
 *   loss(y − X·w − b) + penalty(w)        (b free, not penalized)
 * }</pre>
 * with a squared loss, the optimal b for fixed w is b = ȳ − x̄ᵀw, and substituting it leaves the same
 * problem in w on the centred data Xc = X − 1·x̄ᵀ, yc = y − ȳ, with no intercept. So a fit centres,
 * solves for w, and recovers b (scikit-learn does the same). Without an intercept nothing is centred
 * and b = 0.
 */
record Centered(Matrix X, double[] y, double[] xMean, double yMean) {

    /** Centres X (n×p, not modified) and y (length n, not modified), or copies them unchanged. */
    static Centered of(Matrix X, double[] y, boolean fitIntercept) {
        int n = X.rows();
        int p = X.cols();
        if (!fitIntercept) {
            return new Centered(X.copy(), y.clone(), new double[p], 0.0);
        }
        double[] xMean = X.columnMeans();
        double yMean = 0.0;
        for (double v : y) {
            yMean += v;
        }
        yMean /= n;
        Matrix Xc = X.copy();
        double[] yc = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                Xc.set(i, j, X.get(i, j) - xMean[j]);
            }
            yc[i] = y[i] - yMean;
        }
        return new Centered(Xc, yc, xMean, yMean);
    }

    /** Returns the intercept b = ȳ − x̄ᵀw that goes with coefficients w of the centred problem. */
    double intercept(double[] w) {
        double b = yMean;
        for (int j = 0; j < w.length; j++) {
            b -= xMean[j] * w[j];
        }
        return b;
    }
}
