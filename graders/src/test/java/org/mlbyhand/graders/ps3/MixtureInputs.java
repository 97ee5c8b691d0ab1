package org.mlbyhand.graders.ps3;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.cluster.MixtureParameters;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.Rng;

/**
 * What the two Gaussian-mixture exercises share: their input checks, as core makes them, for the bugs
 * and correct alternatives; the diagonal mixture of the E step as core's {@link MixtureParameters};
 * the weighted log-densities w_ij written out, for the invariants; and the makers of random weights,
 * variances and responsibilities.
 */
final class MixtureInputs {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private MixtureInputs() {
    }

    /** The checks of the E step: X non-empty and finite, means and variances k×p, variances positive. */
    static void eStep(String who, Matrix X, double[] weights, Matrix means, Matrix variances) {
        int k = weights.length;
        int p = X.cols();
        if (means.rows() != k || means.cols() != p || variances.rows() != k || variances.cols() != p) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", " + k + " weights, means "
                    + means.shape() + ", variances " + variances.shape() + "; means and variances must be k×p");
        }
        if (X.rows() == 0 || p == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape());
        }
        ClusterInputs.finite(who, "X", X);
        for (double v : variances.toRowMajorArray()) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(who + ": a variance is " + v + "; variances must be positive");
            }
        }
    }

    /** The checks of the M step, in core's order: X non-empty and finite, R n×k finite and ≥ 0, regCovar. */
    static void mStep(String who, Matrix X, Matrix R, double regCovar) {
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape());
        }
        ClusterInputs.finite(who, "X", X);
        if (R.rows() != X.rows() || R.cols() == 0) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", R is " + R.shape());
        }
        ClusterInputs.finite(who, "R", R);
        for (double r : R.toRowMajorArray()) {
            if (r < 0) {
                throw new IllegalArgumentException(who + ": a responsibility is " + r);
            }
        }
        if (!(regCovar >= 0) || Double.isInfinite(regCovar)) {
            throw new IllegalArgumentException(who + ": regCovar must be finite and ≥ 0, got " + regCovar);
        }
    }

    /** Random responsibilities: each row uniform entries normalised to sum to 1. */
    static Matrix responsibilities(Rng rng, int n, int k) {
        Matrix R = uniform(rng, n, k, 0.05, 1.0);
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0; j < k; j++) {
                sum += R.get(i, j);
            }
            for (int j = 0; j < k; j++) {
                R.set(i, j, R.get(i, j) / sum);
            }
        }
        return R;
    }

    /** Hard responsibilities: each row one-hot on a random component. */
    static Matrix hard(Rng rng, int n, int k) {
        Matrix R = Matrix.zeros(n, k);
        for (int i = 0; i < n; i++) {
            R.set(i, rng.nextInt(k), 1.0);
        }
        return R;
    }

    /** True when R's entries are ≥ 0 and each row sums to 1 within 1e-12. */
    static boolean rowsSumToOne(Matrix R) {
        for (int i = 0; i < R.rows(); i++) {
            double sum = 0.0;
            for (int j = 0; j < R.cols(); j++) {
                if (!(R.get(i, j) >= 0)) {
                    return false;
                }
                sum += R.get(i, j);
            }
            if (Math.abs(sum - 1) > 1e-12) {
                return false;
            }
        }
        return true;
    }

    /** True when every row of R is one-hot (one entry 1, the others 0). */
    static boolean oneHot(Matrix R) {
        for (int i = 0; i < R.rows(); i++) {
            int ones = 0;
            for (int j = 0; j < R.cols(); j++) {
                double r = R.get(i, j);
                if (r != 0.0 && r != 1.0) {
                    return false;
                }
                ones += r == 1.0 ? 1 : 0;
            }
            if (ones != 1) {
                return false;
            }
        }
        return true;
    }

    /** Returns θ with diagonal covariances diag(variances row j), as core's E step takes it. */
    static MixtureParameters diagonal(double[] weights, Matrix means, Matrix variances) {
        if (variances.rows() != means.rows() || variances.cols() != means.cols()) {
            throw new ShapeMismatchException("means are " + means.shape() + ", variances " + variances.shape());
        }
        List<Matrix> covariances = new ArrayList<>();
        for (int j = 0; j < variances.rows(); j++) {
            covariances.add(Matrix.diagonal(variances.row(j)));
        }
        return new MixtureParameters(weights, means, covariances);
    }

    /** Returns w_ij = log π_j − ½·Σ_f [log 2π + log σ²_jf + (x_if − μ_jf)²/σ²_jf], n×k. */
    static Matrix weightedLogDensities(Matrix X, double[] weights, Matrix means, Matrix variances) {
        Matrix W = Matrix.zeros(X.rows(), weights.length);
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < weights.length; j++) {
                double s = 0.0;
                for (int f = 0; f < X.cols(); f++) {
                    double d = X.get(i, f) - means.get(j, f);
                    s += LOG_2PI + Math.log(variances.get(j, f)) + d * d / variances.get(j, f);
                }
                W.set(i, j, Math.log(weights[j]) - 0.5 * s);
            }
        }
        return W;
    }

    /** Weights drawn uniformly in [0.1, 1] and normalised to sum to 1. */
    static double[] weights(Rng rng, int k) {
        double[] w = new double[k];
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            w[j] = rng.uniform(0.1, 1.0);
            sum += w[j];
        }
        for (int j = 0; j < k; j++) {
            w[j] /= sum;
        }
        return w;
    }

    /** True when every weight is positive and they sum to 1 within 1e-9 (core's check is 1e-8). */
    static boolean validWeights(double[] w) {
        double sum = 0.0;
        for (double v : w) {
            if (!(v > 0)) {
                return false;
            }
            sum += v;
        }
        return Math.abs(sum - 1.0) <= 1e-9;
    }

    /** A rows×cols matrix of entries drawn uniformly in [lo, hi). */
    static Matrix uniform(Rng rng, int rows, int cols, double lo, double hi) {
        Matrix A = Matrix.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                A.set(i, j, rng.uniform(lo, hi));
            }
        }
        return A;
    }

    /** True when every entry of A is positive and finite. */
    static boolean positive(Matrix A) {
        for (double v : A.toRowMajorArray()) {
            if (!(v > 0) || Double.isInfinite(v)) {
                return false;
            }
        }
        return true;
    }
}
