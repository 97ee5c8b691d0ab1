package org.mlbyhand.core.neighbors;

import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted k-nearest-neighbour classifier: the training rows and labels, and the vote of the k
 * nearest of them (see {@link KNeighborsClassifier} for the formulas and the tie rules). Immutable: it
 * holds its own copies of the training data.
 */
public final class KNeighborsClassifierModel implements ClassificationModel {
    private static final String WHO = "KNeighborsClassifier";

    private final NeighborSearch search;
    private final int[] y;            // n training labels
    private final int numClasses;     // K = max(y) + 1
    private final Settings settings;

    KNeighborsClassifierModel(NeighborSearch search, int[] y, Settings settings) {
        this.search = search;
        this.y = y;
        this.settings = settings;
        int max = -1;
        for (int label : y) {
            max = Math.max(max, label);
        }
        this.numClasses = max + 1;
    }

    /** Returns p, the number of features. */
    @Override
    public int numFeatures() {
        return search.cols();
    }

    /** Returns K = max(y) + 1, the number of classes. */
    @Override
    public int numClasses() {
        return numClasses;
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
     * Returns P(y = c | xᵢ) = vote_c / Σ votes for each row, m×K.
     *
     * @param X m×p, finite (not modified)
     * @return m×K, rows summing to 1 (or all 0 if every weight is 0)
     */
    @Override
    public Matrix predictProba(Matrix X) {
        Matrix votes = votes(WHO + ".predictProba", X);    // m×K
        Matrix P = Matrix.zeros(votes.rows(), numClasses);  // m×K
        for (int i = 0; i < votes.rows(); i++) {
            double total = 0.0;
            for (int c = 0; c < numClasses; c++) {
                total += votes.get(i, c);
            }
            double normalizer = total == 0.0 ? 1.0 : total;
            for (int c = 0; c < numClasses; c++) {
                P.set(i, c, votes.get(i, c) / normalizer);
            }
        }
        return P;
    }

    /**
     * Returns the class with the largest vote for each row, the smallest such class on a tie.
     *
     * @param X m×p, finite (not modified)
     * @return length m, labels in [0, K)
     */
    @Override
    public int[] predict(Matrix X) {
        Matrix votes = votes(WHO + ".predict", X);          // m×K
        int[] labels = new int[votes.rows()];
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < numClasses; c++) {
                if (votes.get(i, c) > votes.get(i, best)) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        return labels;
    }

    /** vote_c(xᵢ) = Σ_{r < k} w_r·[y(neighbour r) = c], added in neighbour order: m×K. */
    private Matrix votes(String who, Matrix X) {
        Neighbors nn = search.kneighbors(who, X, settings.nNeighbors());
        Matrix D = nn.distances();                          // m×k
        int[][] indices = nn.indices();                     // m×k
        Matrix votes = Matrix.zeros(X.rows(), numClasses);  // m×K
        for (int i = 0; i < X.rows(); i++) {
            double[] w = settings.weights().of(D.row(i));
            for (int r = 0; r < w.length; r++) {
                int c = y[indices[i][r]];
                votes.set(i, c, votes.get(i, c) + w[r]);
            }
        }
        return votes;
    }

    /** Returns e.g. {@code "KNeighborsClassifierModel(n=150, p=4, K=3, nNeighbors=5, …)"}. */
    @Override
    public String toString() {
        return "KNeighborsClassifierModel(n=" + y.length + ", p=" + numFeatures() + ", K=" + numClasses + ", " + settings + ")";
    }
}
