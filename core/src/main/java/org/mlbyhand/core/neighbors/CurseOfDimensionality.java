package org.mlbyhand.core.neighbors;

import org.mlbyhand.core.random.Rng;

/**
 * An experiment to run: in high dimension, the nearest and the farthest neighbour are almost equally
 * far, so "nearest" stops meaning much. For n points drawn uniformly from the cube [0, 1]ᵈ,
 * <pre>{@code
 *   ratio(d) = (1/n) Σᵢ  min_{j≠i} ‖xᵢ − xⱼ‖ / max_{j≠i} ‖xᵢ − xⱼ‖          (Euclidean distances)
 * }</pre>
 * is near 0 for d = 1 (the nearest point is very close, the farthest about 1 away) and rises towards
 * 1 as d grows. Why: ‖xᵢ − xⱼ‖² is a sum of d independent terms (uᵢ − uⱼ)² of mean 1/6 and variance
 * 7/180, so it concentrates at d/6 with a standard deviation of only √(7d/180): relative to the mean,
 * the spread of the distances shrinks like 1/√d, and with it the gap between the smallest and the
 * largest of the n − 1 distances.
 * <pre>{@code
 *   double[] r = CurseOfDimensionality.meanRatios(CurseOfDimensionality.dimensions(), 200, 42L);
 *   // d = 1, 2, 5, 10, 50, 100, 1000  →  r rises from about 0.01 towards 1
 * }</pre>
 * Deterministic: the same seed gives the same points (drawn row by row from {@code new Rng(seed)}).
 */
public final class CurseOfDimensionality {
    private static final int[] DIMENSIONS = {1, 2, 5, 10, 50, 100, 1000};

    private CurseOfDimensionality() {
    }

    /** Returns the dimensions of the experiment, d = 1, 2, 5, 10, 50, 100, 1000 (a copy). */
    public static int[] dimensions() {
        return DIMENSIONS.clone();
    }

    /**
     * Returns ratio(d), the mean over n uniform points in [0, 1]ᵈ of nearest / farthest distance to the
     * other n − 1 points.
     *
     * @param d    the dimension, at least 1
     * @param n    the number of points, at least 2
     * @param seed the same seed gives the same points and the same ratio
     * @return a number in (0, 1] (0 only if two points coincide, which has probability 0)
     * @throws IllegalArgumentException if d &lt; 1 or n &lt; 2
     */
    public static double meanRatio(int d, int n, long seed) {
        if (d < 1 || n < 2) {
            throw new IllegalArgumentException("CurseOfDimensionality.meanRatio: needs d ≥ 1 and n ≥ 2, got d = " + d + ", n = " + n);
        }
        Rng rng = new Rng(seed);
        double[][] x = new double[n][d];           // n×d, uniform in [0, 1)
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = rng.nextDouble();
            }
        }
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            double farthest = 0.0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double dist = Metric.EUCLIDEAN.distance(x[i], x[j], 2.0);
                    nearest = Math.min(nearest, dist);
                    farthest = Math.max(farthest, dist);
                }
            }
            sum += nearest / farthest;
        }
        return sum / n;
    }

    /**
     * Returns {@link #meanRatio}(d, n, seed) for each d of dimensions, each from the same seed.
     *
     * @param dimensions each at least 1 (not modified)
     * @param n          the number of points, at least 2
     * @param seed       the seed of every run
     * @return one ratio per dimension, in the order given
     * @throws IllegalArgumentException if a dimension is &lt; 1 or n &lt; 2
     */
    public static double[] meanRatios(int[] dimensions, int n, long seed) {
        double[] ratios = new double[dimensions.length];
        for (int k = 0; k < dimensions.length; k++) {
            ratios[k] = meanRatio(dimensions[k], n, seed);
        }
        return ratios;
    }
}
