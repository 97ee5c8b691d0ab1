package org.mlbyhand.datasets.synthetic;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.datasets.Dataset;

/**
 * Isotropic Gaussian blobs, as scikit-learn's {@code make_blobs}, for clustering: k centres drawn
 * uniformly in the box [−10, 10]ᵖ, and points around them.
 * <pre>{@code
 *   μ_c ~ U[−10, 10]ᵖ                       c = 0 … k−1
 *   x = μ_c + clusterStd · N(0, I_p)        for ⌊n/k⌋ points of each class (the first n mod k get one more)
 *   then the rows are shuffled
 * }</pre>
 * The true centres are kept ({@link #centers()}), to compare with what k-means finds.
 */
public final class Blobs {
    private static final double BOX = 10.0;

    private final Dataset data;
    private final Matrix centers;

    private Blobs(Dataset data, Matrix centers) {
        this.data = data;
        this.centers = centers;
    }

    /**
     * Draws the centres and the points.
     *
     * @param n          number of points, at least k
     * @param k          number of blobs (classes), at least 1
     * @param p          number of features, at least 1
     * @param clusterStd standard deviation of each coordinate around its centre, ≥ 0
     * @param seed       the same seed gives bit-identical data
     * @throws IllegalArgumentException if a count is too small or clusterStd is negative
     */
    public static Blobs sample(int n, int k, int p, double clusterStd, long seed) {
        Generated.atLeast("blobs", "k", k, 1);
        Generated.atLeast("blobs", "n", n, k);
        Generated.atLeast("blobs", "p", p, 1);
        Generated.nonNegative("blobs", "clusterStd", clusterStd);
        Rng rng = new Rng(seed);
        Matrix centers = Matrix.zeros(k, p);
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
                centers.set(c, j, rng.uniform(-BOX, BOX));
            }
        }
        Matrix X = Matrix.zeros(n, p);
        double[] y = new double[n];
        int row = 0;
        for (int c = 0; c < k; c++) {
            int size = n / k + (c < n % k ? 1 : 0);
            for (int i = 0; i < size; i++, row++) {
                for (int j = 0; j < p; j++) {
                    X.set(row, j, centers.get(c, j) + clusterStd * rng.nextGaussian());
                }
                y[row] = c;
            }
        }
        return new Blobs(Generated.shuffled("blobs", X, y, Generated.classNames(k), rng), centers);
    }

    /** Returns the points: X n×p, targets the blob of each point. */
    public Dataset data() {
        return data;
    }

    /** Returns a copy of the true centres, k×p: row c is μ_c. */
    public Matrix centers() {
        return centers.copy();
    }
}
