package org.mlbyhand.core.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.estimator.SupervisedEstimator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.CrossValidation;

/**
 * Exhaustive search over candidate estimators by cross-validation (scikit-learn's
 * {@code GridSearchCV}): for candidates e₁ … e_c and splits 1 … s, the same splits for every candidate,
 * <pre>{@code
 *   score[i][f]   = scorer(eᵢ.fit(X[train_f], y[train_f]), X[test_f], y[test_f])     CrossValidation.crossValScore
 *   mean_i        = (1/s) Σ_f score[i][f]                       meanTestScore
 *   std_i         = √( (1/s) Σ_f (score[i][f] − mean_i)² )      stdTestScore (population, numpy's std)
 *   rank_i        = 1 + #{ j : mean_j > mean_i }                rankTestScore (ties share the best rank)
 *   bestIndex     = the first i with rank_i = 1                 the first best, in candidate order
 *   bestEstimator = e_bestIndex.fit(X, y)                       refitted on all the rows
 * }</pre>
 * A NaN mean ranks last, tied with the other NaNs (scikit-learn replaces it by min(means) − 1); when
 * every mean is NaN, every rank is 1 and the first candidate wins. Higher scores are better: pass a
 * score (R², accuracy), or a loss with its sign flipped (scikit-learn's {@code neg_mean_squared_error}).
 *
 * <p>Candidates come as a list of estimators (any family, any hyper-parameters: estimators are
 * immutable values, so nothing is cloned) or from a {@link ParameterGrid} and a builder, in the
 * grid's order. The search is leak-free when each candidate is: put every transformer in a
 * {@link Pipeline}. But the best mean score is itself chosen on the test folds, so it is an optimistic
 * estimate of the chosen model's error; estimate that on rows the search never saw.
 *
 * <p>Differences from scikit-learn: the splits are given, not a {@code cv} number (its {@code cv=5} is
 * {@code KFold.folds(n, 5)} for a regressor; its unshuffled {@code StratifiedKFold} for a classifier
 * has no equivalent here); the scorer is required; an exception in a fit propagates (scikit-learn's
 * {@code error_score=np.nan} records NaN and warns); no train scores. Deterministic; immutable.
 *
 * @param <Y> the target type
 * @param <M> what the candidates' fits return (and the scorer scores)
 */
public final class GridSearchCv<Y, M> {
    private static final String WHO = "GridSearchCv";

    private final List<SupervisedEstimator<Y, ? extends M>> candidates;
    private final List<Map<String, Object>> params;
    private final List<Split> splits;
    private final Scorer<? super M, Y> scorer;

    /**
     * Creates the search over a list of candidates; candidate i's params are {@code {estimator=eᵢ}}.
     *
     * @param candidates at least one estimator, none null (copied)
     * @param splits     at least one split, all of the same n rows (copied)
     * @param scorer     higher is better
     * @throws IllegalArgumentException if candidates or splits is empty, or an argument is null
     */
    public GridSearchCv(List<? extends SupervisedEstimator<Y, ? extends M>> candidates, List<Split> splits,
                        Scorer<? super M, Y> scorer) {
        this(candidates, estimatorParams(candidates), splits, scorer);
    }

    private GridSearchCv(List<? extends SupervisedEstimator<Y, ? extends M>> candidates, List<Map<String, Object>> params,
                         List<Split> splits, Scorer<? super M, Y> scorer) {
        if (candidates.isEmpty() || splits == null || splits.isEmpty() || scorer == null) {
            throw new IllegalArgumentException(WHO + ": needs at least one candidate, at least one split and a scorer; got "
                    + candidates.size() + " candidates, " + (splits == null ? 0 : splits.size()) + " splits, scorer " + scorer);
        }
        this.candidates = List.copyOf(candidates);
        this.params = params;
        this.splits = List.copyOf(splits);
        this.scorer = scorer;
    }

    /**
     * Creates the search over a parameter grid: candidate i is build(grid.points().get(i)).
     *
     * @param grid   the points, in scikit-learn's order
     * @param build  turns a point into an estimator, e.g. {@code p -> new Ridge((double) p.get("alpha"))}
     * @param splits at least one split, all of the same n rows (copied)
     * @param scorer higher is better
     * @param <Y>    the target type
     * @param <M>    what the candidates' fits return
     * @throws IllegalArgumentException if splits is empty, an argument is null, or build returns null
     */
    public static <Y, M> GridSearchCv<Y, M> over(ParameterGrid grid,
                                                 Function<Map<String, Object>, ? extends SupervisedEstimator<Y, ? extends M>> build,
                                                 List<Split> splits, Scorer<? super M, Y> scorer) {
        if (grid == null || build == null) {
            throw new IllegalArgumentException(WHO + ".over: the grid and the builder must not be null");
        }
        List<SupervisedEstimator<Y, ? extends M>> candidates = new ArrayList<>();
        for (Map<String, Object> point : grid.points()) {
            SupervisedEstimator<Y, ? extends M> e = build.apply(point);
            if (e == null) {
                throw new IllegalArgumentException(WHO + ".over: the builder returned null for " + point);
            }
            candidates.add(e);
        }
        return new GridSearchCv<>(candidates, grid.points(), splits, scorer);
    }

    /** Returns the candidates, in search order (unmodifiable). */
    public List<SupervisedEstimator<Y, ? extends M>> candidates() {
        return candidates;
    }

    /**
     * Cross-validates every candidate on the splits, ranks them, and refits the best on all of X, y.
     *
     * @param X n×p features (not modified)
     * @param y the n targets (not modified)
     * @return the scores, ranks and refitted best model
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length, or a split's size, is not n
     * @throws IllegalArgumentException as a candidate's fit throws
     */
    public GridSearchResult<Y, M> fit(Matrix X, Y y) {
        int c = candidates.size();
        double[][] scores = new double[c][];     // c×s
        for (int i = 0; i < c; i++) {
            scores[i] = CrossValidation.crossValScore(candidates.get(i), X, y, splits, scorer);
        }
        double[] mean = new double[c];
        double[] std = new double[c];
        for (int i = 0; i < c; i++) {
            mean[i] = mean(scores[i]);
            std[i] = std(scores[i], mean[i]);
        }
        int[] rank = rank(mean);
        int best = 0;
        while (rank[best] != 1) {
            best++;
        }
        M refitted = candidates.get(best).fit(X, y);
        return new GridSearchResult<>(candidates, params, scores, mean, std, rank, best, refitted);
    }

    /** (1/s) Σ_f x_f, summed in order: numpy's mean bit for bit for s &lt; 8 (beyond, numpy sums pairwise: an ulp apart). */
    static double mean(double[] x) {
        double sum = 0.0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** √((1/s) Σ_f (x_f − mean)²): the population standard deviation, numpy's {@code std}. */
    static double std(double[] x, double mean) {
        double sum = 0.0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / x.length);
    }

    /** scipy's rankdata(−means, 'min') with NaN replaced by nanmin(means) − 1, or all ones if every mean is NaN. */
    static int[] rank(double[] means) {
        double lowest = Double.NaN;
        for (double m : means) {
            if (!Double.isNaN(m) && !(m >= lowest)) {
                lowest = m;
            }
        }
        double[] m = means.clone();
        for (int i = 0; i < m.length; i++) {
            m[i] = Double.isNaN(m[i]) ? lowest - 1 : m[i];   // all NaN: NaN − 1 stays NaN, and every rank is 1
        }
        int[] rank = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            rank[i] = 1;
            for (double other : m) {
                rank[i] += other > m[i] ? 1 : 0;
            }
        }
        return rank;
    }

    private static List<Map<String, Object>> estimatorParams(List<?> candidates) {
        if (candidates == null) {
            throw new IllegalArgumentException(WHO + ": candidates is null");
        }
        List<Map<String, Object>> params = new ArrayList<>();
        for (Object e : candidates) {
            if (e == null) {
                throw new IllegalArgumentException(WHO + ": candidate " + params.size() + " is null");
            }
            params.add(Map.of("estimator", e));
        }
        return List.copyOf(params);
    }

    /** Returns e.g. {@code "GridSearchCv(6 candidates, 5 splits)"}. */
    @Override
    public String toString() {
        return WHO + "(" + candidates.size() + " candidates, " + splits.size() + " splits)";
    }
}
