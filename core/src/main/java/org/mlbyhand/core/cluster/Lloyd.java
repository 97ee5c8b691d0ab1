package org.mlbyhand.core.cluster;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Lloyd's algorithm for k-means, one public step at a time: it lowers the inertia
 * <pre>{@code
 *   inertia(C, labels) = Σᵢ ‖xᵢ − c_{labelᵢ}‖²          X n×p (rows xᵢ), C k×p (rows c_j)
 * }</pre>
 * by alternating two steps, each of which can only lower it:
 * <pre>{@code
 *   assignment  labelᵢ ← argmin_j ‖xᵢ − c_j‖²             the nearest centre (the lowest j on a tie)
 *   update      c_j    ← (1/n_j)·Σ_{labelᵢ = j} xᵢ         the mean of cluster j (n_j its size)
 * }</pre>
 * {@link #run} is exactly scikit-learn 1.2's {@code _kmeans_single_lloyd}: in iteration t = 1, 2, …
 * assign with the current centres, update, then stop if the labels equal those of iteration t − 1
 * ("strict convergence"), or if the centre shift Σ_j ‖c_j,new − c_j,old‖² ≤ {@link #tolerance}, or at
 * t = maxIter. After a stop that is not strict, the labels are assigned once more so that they belong
 * to the final centres. nIter is the last t.
 *
 * <p><b>Empty clusters</b> (scikit-learn's rule). When the update finds clusters with no point, it
 * moves to each of them (in increasing j) one of the points farthest from their current centres, the
 * farthest first (the lowest i on a tie): the point leaves its old cluster's sum and becomes the
 * empty cluster's centre. scikit-learn takes the same points; when more than one cluster is empty it
 * matches them in an order NumPy's {@code argpartition} leaves unspecified. If every point already
 * sits on its centre, nothing moves and an empty cluster (also one emptied by a move) keeps its old
 * centre, where scikit-learn puts it at the mean of X.
 *
 * <p><b>Arithmetic.</b> Distances are summed coordinate by coordinate, Σ_f (x_f − c_f)²; scikit-learn
 * assigns with ‖c‖² − 2·xᵀc (BLAS) and multiplies sums by 1/n_j. Both differ from the exact values by
 * rounding only, so labels agree unless two centres are equidistant to about 1e-15 relative.
 *
 * <p><b>Speed.</b> {@link #assign} is the definition: all n·k distances. {@link #run} checks its inputs
 * once, then assigns with {@link PrunedAssignment}, which starts each row's search from its previous
 * label and skips the centres that the triangle inequality proves no nearer; its labels are
 * {@link #assign}'s bit for bit (its class comment proves it, rounding included), so a run's result is
 * the same as if it called {@link #assign} and {@link #update} in turn, only sooner.
 */
public final class Lloyd {
    private Lloyd() {
    }

    /**
     * Runs Lloyd's algorithm from the given centres (scikit-learn's
     * {@code KMeans(init=C0, n_init=1, max_iter, tol, algorithm="lloyd")}).
     *
     * @param X       n×p data, finite, n ≥ k (not modified)
     * @param C0      k×p initial centres, finite (not modified)
     * @param maxIter the most iterations, ≥ 1
     * @param tol     relative tolerance on the centre shift, ≥ 0 (see {@link #tolerance})
     * @return the clustering: centres, labels, inertia and nIter
     * @throws IllegalArgumentException if X is empty, non-finite or has fewer than k rows, or maxIter or
     *                                  tol is out of range
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if C0 does not have p columns
     */
    public static KMeansModel run(Matrix X, Matrix C0, int maxIter, double tol) {
        String who = "Lloyd.run";
        Checks.atLeastOne(who, "k (the rows of C0)", C0.rows());
        Checks.atLeastKRows(who, X, C0.rows(), "k (the rows of C0)");
        Checks.centres(who, "C0", C0, C0.rows(), X.cols());
        Checks.atLeastOne(who, "maxIter", maxIter);
        double threshold = tolerance(X, Checks.nonNegative(who, "tol", tol));
        Matrix C = C0.copy();
        int[] labels = null;
        int[] previous = null;
        boolean strict = false;
        int t = 0;
        while (t < maxIter) {                // X is checked once, above; the steps below check nothing
            t++;
            Checks.centres(who, "C", C, C0.rows(), X.cols());      // k×p only: a mean of huge values can overflow
            labels = PrunedAssignment.assign(X, C, previous);      // = assign(X, C), fewer distances
            Matrix next = means(X, labels, C);                     // = update(X, labels, C)
            double shift = centreShift(C, next);
            C = next;
            if (Arrays.equals(labels, previous)) {
                strict = true;
                break;
            }
            if (shift <= threshold) {
                break;
            }
            previous = labels;
        }
        Checks.centres(who, "C", C, C0.rows(), X.cols());
        if (!strict) {
            labels = PrunedAssignment.assign(X, C, labels);       // so that the labels are those of the final centres
        }
        return new KMeansModel(C, labels, sumOfSquaredDistances(X, C, labels), t);
    }

    /**
     * The assignment step: returns labelᵢ = argmin_j ‖xᵢ − c_j‖², the lowest j on a tie.
     *
     * @param X n×p (not modified)
     * @param C k×p centres, k ≥ 1 (not modified)
     * @return length n, each in [0, k)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if C does not have p columns
     * @throws IllegalArgumentException if C has no rows, or X or C holds a NaN or infinity
     */
    public static int[] assign(Matrix X, Matrix C) {
        if (C.rows() == 0) {
            throw new IllegalArgumentException("Lloyd.assign: C is " + C.shape() + "; needs at least one centre");
        }
        Checks.centres("Lloyd.assign", "C", C, C.rows(), X.cols());
        Arguments.requireFinite("Lloyd.assign", "X", X);
        double[][] x = X.toArray();
        double[][] c = C.toArray();
        int[] labels = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double best = squaredDistance(x[i], c[0]);
            for (int j = 1; j < c.length; j++) {
                double d = squaredDistance(x[i], c[j]);
                if (d < best) {
                    best = d;
                    labels[i] = j;
                }
            }
        }
        return labels;
    }

    /**
     * The update step: returns the mean of each cluster, after moving points into empty clusters as
     * the class comment describes (this is why the old centres are needed).
     *
     * @param X      n×p (not modified)
     * @param labels length n, each in [0, k) (not modified)
     * @param C      k×p centres the labels were assigned with (not modified)
     * @return k×p, the new centres
     * @throws IllegalArgumentException if a label is outside [0, k), or an input holds a NaN or infinity
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if the shapes do not fit
     */
    public static Matrix update(Matrix X, int[] labels, Matrix C) {
        int k = C.rows();
        int p = X.cols();
        Checks.centres("Lloyd.update", "C", C, k, p);
        Arguments.requireFinite("Lloyd.update", "X", X);
        Checks.labels("Lloyd.update", X, labels, k);
        return means(X, labels, C);
    }

    /** The update step on checked inputs. */
    private static Matrix means(Matrix X, int[] labels, Matrix C) {
        int k = C.rows();
        int p = X.cols();
        double[] x = X.storage();                    // n·p row-major, read only: row i at i·p
        double[][] sums = new double[k][p];
        int[] counts = new int[k];
        for (int i = 0; i < labels.length; i++) {
            double[] sum = sums[labels[i]];
            counts[labels[i]]++;
            for (int f = 0; f < p; f++) {
                sum[f] += x[i * p + f];
            }
        }
        relocateEmptyClusters(X, labels, C, sums, counts);
        Matrix next = C.copy();                      // an empty cluster keeps its centre
        for (int j = 0; j < k; j++) {
            for (int f = 0; f < p && counts[j] > 0; f++) {
                next.set(j, f, sums[j][f] / counts[j]);
            }
        }
        return next;
    }

    /**
     * Returns the inertia Σᵢ ‖xᵢ − c_{labelᵢ}‖², the sum of squared distances to the assigned centres.
     *
     * @param X      n×p (not modified)
     * @param C      k×p (not modified)
     * @param labels length n, each in [0, k) (not modified)
     * @throws IllegalArgumentException if a label is outside [0, k), or an input holds a NaN or infinity
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if the shapes do not fit
     */
    public static double inertia(Matrix X, Matrix C, int[] labels) {
        Checks.centres("Lloyd.inertia", "C", C, C.rows(), X.cols());
        Arguments.requireFinite("Lloyd.inertia", "X", X);
        Checks.labels("Lloyd.inertia", X, labels, C.rows());
        return sumOfSquaredDistances(X, C, labels);
    }

    /** The inertia on checked inputs. */
    private static double sumOfSquaredDistances(Matrix X, Matrix C, int[] labels) {
        double[][] c = C.toArray();
        double sum = 0.0;
        for (int i = 0; i < X.rows(); i++) {
            sum += squaredDistance(X.row(i), c[labels[i]]);
        }
        return sum;
    }

    /**
     * Returns the centre shift Σ_j ‖c_j,new − c_j,old‖² (scikit-learn's {@code (center_shift**2).sum()}).
     *
     * @param before k×p (not modified)
     * @param after  k×p (not modified)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if the shapes differ
     */
    public static double centreShift(Matrix before, Matrix after) {
        Checks.centres("Lloyd.centreShift", "after", after, before.rows(), before.cols());
        double sum = 0.0;
        for (int j = 0; j < before.rows(); j++) {
            sum += squaredDistance(before.row(j), after.row(j));
        }
        return sum;
    }

    /**
     * Returns the absolute tolerance on the centre shift that a relative tol means, as scikit-learn
     * defines it: tol times the mean over the p columns of their (population) variance,
     * <pre>{@code
     *   tolerance(X, tol) = tol · (1/p)·Σ_f (1/n)·Σᵢ (X_if − x̄_f)²          (0 when tol = 0)
     * }</pre>
     * so the same tol means the same thing in any units.
     *
     * @param X   n×p, n ≥ 1 (not modified)
     * @param tol ≥ 0
     */
    public static double tolerance(Matrix X, double tol) {
        if (tol == 0.0) {
            return 0.0;
        }
        int n = X.rows();
        double total = 0.0;
        for (int f = 0; f < X.cols(); f++) {
            double[] column = X.column(f);
            double mean = 0.0;
            for (double v : column) {
                mean += v;
            }
            mean /= n;
            double ss = 0.0;
            for (double v : column) {
                ss += (v - mean) * (v - mean);
            }
            total += ss / n;
        }
        return total / X.cols() * tol;
    }

    /** Returns Σ_f (a_f − b_f)². */
    static double squaredDistance(double[] a, double[] b) {
        double sum = 0.0;
        for (int f = 0; f < a.length; f++) {
            double d = a[f] - b[f];
            sum += d * d;
        }
        return sum;
    }

    /**
     * Moves the farthest points into the empty clusters (sums and counts are modified): the point
     * farthest from its centre c_{labelᵢ} goes to the lowest-numbered empty cluster, and so on.
     */
    private static void relocateEmptyClusters(Matrix X, int[] labels, Matrix C, double[][] sums, int[] counts) {
        int[] empty = IntStream.range(0, counts.length).filter(j -> counts[j] == 0).toArray();
        if (empty.length == 0) {
            return;
        }
        double[][] x = X.toArray();
        double[][] c = C.toArray();
        double[] distance = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            distance[i] = squaredDistance(x[i], c[labels[i]]);
        }
        int[] farthest = IntStream.range(0, x.length).boxed()
                .sorted((a, b) -> Double.compare(distance[b], distance[a]))    // a stable sort: the lowest i first on a tie
                .mapToInt(Integer::intValue).limit(empty.length).toArray();
        if (distance[farthest[0]] == 0.0) {
            return;                                                             // every point sits on its centre
        }
        for (int e = 0; e < empty.length; e++) {
            int i = farthest[e];
            int from = labels[i];
            int to = empty[e];
            for (int f = 0; f < sums[to].length; f++) {
                sums[from][f] -= x[i][f];
                sums[to][f] = x[i][f];
            }
            counts[from]--;
            counts[to] = 1;
        }
    }
}
