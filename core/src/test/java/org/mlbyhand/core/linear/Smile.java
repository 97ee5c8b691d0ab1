package org.mlbyhand.core.linear;

import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.linalg.Matrix;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/** Glue for the Smile parity tests: data frames, and undoing a standardization. */
final class Smile {
    /** The response column of {@link #frame}. */
    static final Formula FORMULA = Formula.lhs("y");

    private Smile() {
    }

    /** Returns a data frame with columns x0 … x(p−1) from X and a last column y. */
    static DataFrame frame(Matrix X, double[] y) {
        int n = X.rows();
        int p = X.cols();
        double[][] a = new double[n][p + 1];
        String[] names = new String[p + 1];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + j;
        }
        names[p] = "y";
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                a[i][j] = X.get(i, j);
            }
            a[i][p] = y[i];
        }
        return DataFrame.of(a, names);
    }

    /**
     * Maps a model fitted on Z = (X − μ)/s back to X: coefficients wⱼ/sⱼ, intercept b − Σⱼ μⱼwⱼ/sⱼ;
     * returns (w₀ … w_{p−1}, b).
     */
    static double[] unstandardize(LinearModel onZ, StandardScaler scaler) {
        double[] w = onZ.coef();
        double[] mu = scaler.mean();
        double[] s = scaler.scale();
        double[] result = new double[w.length + 1];
        double b = onZ.intercept();
        for (int j = 0; j < w.length; j++) {
            result[j] = w[j] / s[j];
            b -= mu[j] * result[j];
        }
        result[w.length] = b;
        return result;
    }

    /** Returns (coefficients, intercept) of a Smile linear model. */
    static double[] parameters(smile.regression.LinearModel m) {
        double[] w = m.coefficients();
        double[] result = java.util.Arrays.copyOf(w, w.length + 1);
        result[w.length] = m.intercept();
        return result;
    }

    /** Returns max|actual − expected| / max|expected|. */
    static double relativeDifference(double[] expected, double[] actual) {
        double diff = 0;
        double size = 0;
        for (int i = 0; i < expected.length; i++) {
            diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
            size = Math.max(size, Math.abs(expected[i]));
        }
        return diff / size;
    }
}
