package org.mlbyhand.graders.ps3;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.Rng;

/**
 * The input checks of the k-means exercises, as core's {@code Lloyd} makes them, for their bugs and
 * correct alternatives (each differs from the reference in the math only, never in what it rejects, so
 * that a bug fails only where its mistake shows); the squared distance Σ_f (a_f − b_f)² summed in
 * feature order, as core sums it; and the conditions the random cases of those exercises are drawn
 * under.
 */
final class ClusterInputs {
    /**
     * How far apart, relative to ‖x‖² + ‖c‖² + ‖c'‖², a point's two nearest squared distances must be in
     * a random case: correct ways of computing a distance (‖x‖² − 2xᵀc + ‖c‖², √, another loop order)
     * round differently by a few ε times that size, so only a near tie could tell them apart.
     */
    static final double TIE_MARGIN = 1e-9;
    /** The clause as generators name it. */
    static final String NO_NEAR_TIES = "no point is within " + TIE_MARGIN + " (relative) of a tie between its two"
            + " nearest centres";

    private ClusterInputs() {
    }

    /** Throws unless C has at least one row and X's columns, and X and C are finite (core's order of checks). */
    static void centres(String who, Matrix X, Matrix C) {
        if (C.rows() == 0) {
            throw new IllegalArgumentException(who + ": C is " + C.shape() + "; needs at least one centre");
        }
        if (C.cols() != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", C is " + C.shape());
        }
        finite(who, "C", C);
        finite(who, "X", X);
    }

    /** The checks of the update step and the inertia: C has X's columns, X and C are finite, labels fit. */
    static void clustering(String who, Matrix X, int[] labels, Matrix C) {
        if (C.cols() != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", C is " + C.shape());
        }
        finite(who, "C", C);
        finite(who, "X", X);
        labels(who, X, labels, C.rows());
    }

    /** The checks of Lloyd's loop, in core's order: C0 has rows, X has at least k finite rows, the shapes fit, maxIter and tol. */
    static void lloyd(String who, Matrix X, Matrix C0, int maxIter, double tol) {
        if (C0.rows() == 0) {
            throw new IllegalArgumentException(who + ": C0 is " + C0.shape() + "; needs at least one centre");
        }
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape());
        }
        finite(who, "X", X);
        if (X.rows() < C0.rows()) {
            throw new IllegalArgumentException(who + ": X is " + X.shape() + ", fewer rows than k = " + C0.rows());
        }
        if (C0.cols() != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", C0 is " + C0.shape());
        }
        finite(who, "C0", C0);
        if (maxIter < 1) {
            throw new IllegalArgumentException(who + ": maxIter must be ≥ 1, got " + maxIter);
        }
        if (!(tol >= 0.0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException(who + ": tol must be finite and ≥ 0, got " + tol);
        }
    }

    /** The checks of k-means++ seeding: X non-empty and finite, 1 ≤ k ≤ n, trials ≥ 1. */
    static void seeding(String who, Matrix X, int k, int trials) {
        if (k < 1) {
            throw new IllegalArgumentException(who + ": k must be ≥ 1, got " + k);
        }
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape());
        }
        finite(who, "X", X);
        if (X.rows() < k) {
            throw new IllegalArgumentException(who + ": X is " + X.shape() + ", fewer rows than k = " + k);
        }
        if (trials < 1) {
            throw new IllegalArgumentException(who + ": trials must be ≥ 1, got " + trials);
        }
    }

    /** Throws unless labels has one entry per row of X, each in [0, k). */
    static void labels(String who, Matrix X, int[] labels, int k) {
        if (labels.length != X.rows()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", labels has length " + labels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException(who + ": labels[" + i + "] = " + labels[i] + " is not in [0, " + k + ")");
            }
        }
    }

    /** Throws IllegalArgumentException naming the first NaN or infinite entry of A. */
    static void finite(String who, String name, Matrix A) {
        String bad = A.firstNonFinite();
        if (bad != null) {
            throw new IllegalArgumentException(who + ": " + name + " has " + bad);
        }
    }

    /** Returns Σ_f (a_f − b_f)², summed in feature order. */
    static double squaredDistance(double[] a, double[] b) {
        double sum = 0.0;
        for (int f = 0; f < a.length; f++) {
            double d = a[f] - b[f];
            sum += d * d;
        }
        return sum;
    }

    /** Returns true when, for every row of X, the two smallest squared distances to C's rows are not a near tie. */
    static boolean separated(Matrix X, Matrix C) {
        if (C.rows() < 2) {
            return true;
        }
        for (int i = 0; i < X.rows(); i++) {
            double[] x = X.row(i);
            int first = -1;
            int second = -1;
            double[] d = new double[C.rows()];
            for (int j = 0; j < C.rows(); j++) {
                d[j] = squaredDistance(x, C.row(j));
                if (first < 0 || d[j] < d[first]) {
                    second = first;
                    first = j;
                } else if (second < 0 || d[j] < d[second]) {
                    second = j;
                }
            }
            double size = norm2(x) + norm2(C.row(first)) + norm2(C.row(second));
            if (d[second] - d[first] <= TIE_MARGIN * size) {
                return false;
            }
        }
        return true;
    }

    /** Returns ‖x‖². */
    static double norm2(double[] x) {
        double s = 0.0;
        for (double v : x) {
            s += v * v;
        }
        return s;
    }

    /** Returns a rows×cols matrix of integers drawn uniformly from 0 … max: many exact ties and duplicate rows. */
    static Matrix smallIntegers(Rng rng, int rows, int cols, int max) {
        Matrix A = Matrix.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                A.set(i, j, rng.nextInt(max + 1));
            }
        }
        return A;
    }

    /** Returns true when every label is below k. */
    static boolean below(int[] labels, int k) {
        for (int label : labels) {
            if (label >= k) {
                return false;
            }
        }
        return true;
    }
}
