package org.mlbyhand.core.neighbors;

import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * k-nearest-neighbour classification, scikit-learn's {@code KNeighborsClassifier(algorithm='brute')}:
 * the trainer whose {@link #fit} stores the training rows and returns a
 * {@link KNeighborsClassifierModel}, which lets the k training rows nearest to a query x vote:
 * <pre>{@code
 *   N_k(x)        the k = nNeighbors training rows nearest to x (ties: the smaller row index first)
 *   vote_c(x)   = Σ_{i ∈ N_k(x)} wᵢ·[yᵢ = c]                c = 0, …, K−1   (wᵢ: see Weights)
 *   P(y = c | x) = vote_c(x) / Σ_c' vote_c'(x)
 *   ŷ(x)        = the smallest c with the largest vote_c(x)
 * }</pre>
 * "Fitting" learns nothing: the model is the training set itself, and all the work is done at
 * prediction time (brute force: every distance, O(n·p) per query). There is no training error to
 * speak of with k = 1 (each training row is its own nearest neighbour), which is why k is chosen by
 * cross-validation. Distances mix the units of the features, so standardize first (in a pipeline).
 *
 * <p>Hyper-parameters and defaults, as scikit-learn's: {@code nNeighbors = 5},
 * {@code weights = UNIFORM}, {@code metric = MINKOWSKI}, {@code p = 2} (that is, Euclidean).
 *
 * <p>Ties, as scikit-learn: a vote tie goes to the smallest label ({@code np.argmax}, scipy's
 * {@code mode}); probabilities add the neighbours' weights in neighbour order and divide by their
 * sum (a row whose weights are all 0 stays 0, scikit-learn's 0/1). Rows at equal distance are ranked
 * by index, smaller first, where scikit-learn 1.2.1 leaves their order undefined (see
 * {@link NeighborSearch}): the two agree whenever the k-th and (k+1)-th distances differ.
 *
 * <p>Differences from scikit-learn: the classes are 0, …, K−1 with K = max(y) + 1 (a class absent
 * from y gets probability 0, where scikit-learn's {@code classes_} would skip it); nNeighbors &gt; n is
 * refused by {@code fit}, where scikit-learn accepts it and fails at every prediction.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class KNeighborsClassifier implements Classifier<KNeighborsClassifierModel> {
    private static final String WHO = "KNeighborsClassifier";

    private final Settings settings;

    /** Creates the trainer with scikit-learn's defaults: 5 neighbours, uniform weights, Minkowski with p = 2. */
    public KNeighborsClassifier() {
        this(Settings.DEFAULTS);
    }

    /**
     * Creates the trainer with nNeighbors neighbours and the other defaults.
     *
     * @throws IllegalArgumentException if nNeighbors &lt; 1
     */
    public KNeighborsClassifier(int nNeighbors) {
        this(Settings.DEFAULTS.withNNeighbors(nNeighbors));
    }

    private KNeighborsClassifier(Settings settings) {
        this.settings = settings.validated(WHO);
    }

    /** Returns a trainer with k = nNeighbors ≥ 1 (else IllegalArgumentException). */
    public KNeighborsClassifier withNNeighbors(int nNeighbors) {
        return new KNeighborsClassifier(settings.withNNeighbors(nNeighbors));
    }

    /** Returns a trainer with the given neighbour weights (not null). */
    public KNeighborsClassifier withWeights(Weights weights) {
        return new KNeighborsClassifier(settings.withWeights(weights));
    }

    /** Returns a trainer with the given metric (not null). */
    public KNeighborsClassifier withMetric(Metric metric) {
        return new KNeighborsClassifier(settings.withMetric(metric));
    }

    /** Returns a trainer whose Minkowski metric has power p ≥ 1, +∞ allowed (else IllegalArgumentException). */
    public KNeighborsClassifier withP(double p) {
        return new KNeighborsClassifier(settings.withP(p));
    }

    /** Returns k, the number of neighbours that vote. */
    public int nNeighbors() {
        return settings.nNeighbors();
    }

    /** Returns the neighbour weights. */
    public Weights weights() {
        return settings.weights();
    }

    /** Returns the metric. */
    public Metric metric() {
        return settings.metric();
    }

    /** Returns the Minkowski power p (read only when the metric is {@link Metric#MINKOWSKI}). */
    public double p() {
        return settings.p();
    }

    /**
     * Stores a copy of the training rows and labels.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n labels, each ≥ 0 (not modified); K = max(y) + 1 classes
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty or not finite, a label is negative, or
     *                                  nNeighbors &gt; n
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public KNeighborsClassifierModel fit(Matrix X, int[] y) {
        NeighborSearch search = settings.search(WHO + ".fit", X, y.length);
        Arguments.requireLabels(WHO + ".fit", "y", y);
        return new KNeighborsClassifierModel(search, y.clone(), settings);
    }

    /** Returns e.g. {@code "KNeighborsClassifier(nNeighbors=5, weights=UNIFORM, metric=MINKOWSKI, p=2.0)"}. */
    @Override
    public String toString() {
        return WHO + "(" + settings + ")";
    }
}
