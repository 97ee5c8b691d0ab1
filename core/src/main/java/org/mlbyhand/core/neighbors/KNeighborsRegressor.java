package org.mlbyhand.core.neighbors;

import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * k-nearest-neighbour regression, scikit-learn's {@code KNeighborsRegressor(algorithm='brute')}: the
 * trainer whose {@link #fit} stores the training rows and returns a {@link KNeighborsRegressorModel},
 * which predicts the weighted mean of the targets of the k training rows nearest to x:
 * <pre>{@code
 *   N_k(x) = the k = nNeighbors training rows nearest to x (ties: the smaller row index first)
 *   ŷ(x)   = Σ_{i ∈ N_k(x)} wᵢ·yᵢ / Σ_{i ∈ N_k(x)} wᵢ          (wᵢ: see Weights; uniform: the plain mean)
 * }</pre>
 * The prediction is a step function of x: piecewise constant, changing wherever the set N_k(x)
 * changes. Small k follows the training targets closely (low bias, high variance); large k averages
 * more of them (smoother, more biased), down to the global mean at k = n with uniform weights.
 *
 * <p>Hyper-parameters and defaults, as scikit-learn's: {@code nNeighbors = 5},
 * {@code weights = UNIFORM}, {@code metric = MINKOWSKI}, {@code p = 2}. With DISTANCE weights, a query
 * that coincides with training rows is predicted as the plain mean of their targets. The sums run in
 * neighbour order (scikit-learn's numpy sums may group them differently: a difference of a few ulps).
 * Equal distances are ranked as in {@link KNeighborsClassifier}; nNeighbors &gt; n is refused by
 * {@code fit}.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class KNeighborsRegressor implements Regressor<KNeighborsRegressorModel> {
    private static final String WHO = "KNeighborsRegressor";

    private final Settings settings;

    /** Creates the trainer with scikit-learn's defaults: 5 neighbours, uniform weights, Minkowski with p = 2. */
    public KNeighborsRegressor() {
        this(Settings.DEFAULTS);
    }

    /**
     * Creates the trainer with nNeighbors neighbours and the other defaults.
     *
     * @throws IllegalArgumentException if nNeighbors &lt; 1
     */
    public KNeighborsRegressor(int nNeighbors) {
        this(Settings.DEFAULTS.withNNeighbors(nNeighbors));
    }

    private KNeighborsRegressor(Settings settings) {
        this.settings = settings.validated(WHO);
    }

    /** Returns a trainer with k = nNeighbors ≥ 1 (else IllegalArgumentException). */
    public KNeighborsRegressor withNNeighbors(int nNeighbors) {
        return new KNeighborsRegressor(settings.withNNeighbors(nNeighbors));
    }

    /** Returns a trainer with the given neighbour weights (not null). */
    public KNeighborsRegressor withWeights(Weights weights) {
        return new KNeighborsRegressor(settings.withWeights(weights));
    }

    /** Returns a trainer with the given metric (not null). */
    public KNeighborsRegressor withMetric(Metric metric) {
        return new KNeighborsRegressor(settings.withMetric(metric));
    }

    /** Returns a trainer whose Minkowski metric has power p ≥ 1, +∞ allowed (else IllegalArgumentException). */
    public KNeighborsRegressor withP(double p) {
        return new KNeighborsRegressor(settings.withP(p));
    }

    /** Returns k, the number of neighbours averaged. */
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
     * Stores a copy of the training rows and targets.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty, X or y is not finite, or nNeighbors &gt; n
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public KNeighborsRegressorModel fit(Matrix X, double[] y) {
        NeighborSearch search = settings.search(WHO + ".fit", X, y.length);
        Arguments.requireFinite(WHO + ".fit", "y", y);
        return new KNeighborsRegressorModel(search, y.clone(), settings);
    }

    /** Returns e.g. {@code "KNeighborsRegressor(nNeighbors=5, weights=UNIFORM, metric=MINKOWSKI, p=2.0)"}. */
    @Override
    public String toString() {
        return WHO + "(" + settings + ")";
    }
}
