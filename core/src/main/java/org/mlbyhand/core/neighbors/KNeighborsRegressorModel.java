package org.mlbyhand.core.neighbors;

import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted k-nearest-neighbour regressor: the training rows and targets, and the weighted mean of the
 * targets of the k nearest of them (see {@link KNeighborsRegressor}). Immutable: it holds its own
 * copies of the training data.
 */
public final class KNeighborsRegressorModel implements RegressionModel {
    private static final String WHO = "KNeighborsRegressor";

    private final NeighborSearch search;
    private final double[] y;         // n training targets
    private final Settings settings;

    KNeighborsRegressorModel(NeighborSearch search, double[] y, Settings settings) {
        this.search = search;
        this.y = y;
        this.settings = settings;
    }

    /** Returns p, the number of features. */
    @Override
    public int numFeatures() {
        return search.cols();
    }

    /**
     * Returns the nNeighbors nearest training rows of each row of X, nearest first.
     *
     * @param X m×p queries, finite (not modified)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public Neighbors kneighbors(Matrix X) {
        return search.kneighbors(WHO + ".kneighbors", X, settings.nNeighbors());
    }

    /**
     * Returns the k nearest training rows of each row of X, nearest first.
     *
     * @param X m×p queries, finite (not modified)
     * @param k 1 ≤ k ≤ n
     * @throws IllegalArgumentException if k is not in [1, n], or naming the first NaN or infinite entry of X
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     */
    public Neighbors kneighbors(Matrix X, int k) {
        return search.kneighbors(WHO + ".kneighbors", X, k);
    }

    /**
     * Returns ŷᵢ = Σ_r w_r·y(neighbour r) / Σ_r w_r for each row of X.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     */
    @Override
    public double[] predict(Matrix X) {
        Neighbors nn = search.kneighbors(WHO + ".predict", X, settings.nNeighbors());
        Matrix D = nn.distances();                          // m×k
        int[][] indices = nn.indices();                     // m×k
        double[] yHat = new double[X.rows()];
        for (int i = 0; i < yHat.length; i++) {
            double[] w = settings.weights().of(D.row(i));
            double weighted = 0.0;
            double total = 0.0;
            for (int r = 0; r < w.length; r++) {
                weighted += w[r] * y[indices[i][r]];
                total += w[r];
            }
            yHat[i] = weighted / total;
        }
        return yHat;
    }

    /** Returns e.g. {@code "KNeighborsRegressorModel(n=300, p=10, nNeighbors=5, …)"}. */
    @Override
    public String toString() {
        return "KNeighborsRegressorModel(n=" + y.length + ", p=" + numFeatures() + ", " + settings + ")";
    }
}
