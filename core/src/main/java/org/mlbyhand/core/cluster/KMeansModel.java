package org.mlbyhand.core.cluster;

import org.mlbyhand.core.estimator.Clustering;
import org.mlbyhand.core.estimator.Transform;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted k-means clustering: k centres, and the training rows' clusters, returned by
 * {@link KMeans}, {@link MiniBatchKMeans} and {@link Lloyd#run}.
 * <pre>{@code
 *   predict(X)ᵢ       = argmin_j ‖xᵢ − c_j‖²          the nearest centre (the lowest j on a tie)
 *   transform(X)ᵢⱼ    = ‖xᵢ − c_j‖                    the distance to every centre (m×k)
 *   inertia()         = Σᵢ ‖xᵢ − c_{labelᵢ}‖²         over the training rows
 *   score(X)          = −Σᵢ min_j ‖xᵢ − c_j‖²         (higher is better, as scikit-learn's score)
 * }</pre>
 * It is both a {@link Clustering} and a {@link Transform} (k-means as a feature map to k distances),
 * as scikit-learn's {@code KMeans} is. Immutable: accessors return copies.
 */
public final class KMeansModel implements Clustering, Transform {
    private final Matrix centres;     // k×p
    private final int[] labels;       // (n)
    private final double inertia;
    private final int nIter;

    KMeansModel(Matrix centres, int[] labels, double inertia, int nIter) {
        this.centres = centres.copy();
        this.labels = labels.clone();
        this.inertia = inertia;
        this.nIter = nIter;
    }

    /** Returns the centres, k×p, row j = c_j (scikit-learn's {@code cluster_centers_}; a copy). */
    public Matrix clusterCenters() {
        return centres.copy();
    }

    /** Returns the training rows' clusters, length n (scikit-learn's {@code labels_}; a copy). */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** Returns the inertia of the training rows, Σᵢ ‖xᵢ − c_{labelᵢ}‖² (scikit-learn's {@code inertia_}). */
    public double inertia() {
        return inertia;
    }

    /**
     * Returns the number of iterations run (scikit-learn's {@code n_iter_}): Lloyd iterations for
     * {@link KMeans}, epochs over the data (⌈steps·batchSize/n⌉) for {@link MiniBatchKMeans}.
     */
    public int nIter() {
        return nIter;
    }

    /** Returns k. */
    @Override
    public int numClusters() {
        return centres.rows();
    }

    /** Returns p. */
    @Override
    public int numFeatures() {
        return centres.cols();
    }

    /**
     * Returns the nearest centre of each row.
     *
     * @param X m×p, finite (not modified)
     * @return length m, each in [0, k)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public int[] predict(Matrix X) {
        Checks.features("KMeansModel.predict", X, numFeatures());
        return Lloyd.assign(X, centres);
    }

    /**
     * Returns the Euclidean distance of each row to each centre.
     *
     * @param X m×p, finite (not modified)
     * @return m×k, entry (i, j) = ‖xᵢ − c_j‖
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public Matrix transform(Matrix X) {
        Checks.features("KMeansModel.transform", X, numFeatures());
        Matrix D = Matrix.zeros(X.rows(), centres.rows());                // m×k
        for (int i = 0; i < X.rows(); i++) {
            double[] x = X.row(i);
            for (int j = 0; j < centres.rows(); j++) {
                D.set(i, j, Math.sqrt(Lloyd.squaredDistance(x, centres.row(j))));
            }
        }
        return D;
    }

    /**
     * Returns −Σᵢ min_j ‖xᵢ − c_j‖², the opposite of X's inertia with respect to these centres.
     *
     * @param X m×p, finite (not modified)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public double score(Matrix X) {
        Checks.features("KMeansModel.score", X, numFeatures());
        return -Lloyd.inertia(X, centres, Lloyd.assign(X, centres));
    }

    /** Returns e.g. {@code "KMeansModel(k=3, p=2, inertia=12.5, nIter=4)"}. */
    @Override
    public String toString() {
        return "KMeansModel(k=" + centres.rows() + ", p=" + centres.cols() + ", inertia=" + inertia + ", nIter=" + nIter + ")";
    }
}
