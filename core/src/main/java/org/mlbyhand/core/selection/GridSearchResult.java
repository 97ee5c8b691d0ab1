package org.mlbyhand.core.selection;

import java.util.List;
import java.util.Map;
import org.mlbyhand.core.estimator.SupervisedEstimator;
import org.mlbyhand.core.linalg.Matrix;

/**
 * What {@link GridSearchCv#fit} found: every candidate's score on every split, their means, standard
 * deviations and ranks (scikit-learn's {@code cv_results_}), the best candidate and its model refitted
 * on all the rows ({@code best_index_}, {@code best_score_}, {@code best_params_},
 * {@code best_estimator_}). Candidate i is the i-th in search order. Immutable: accessors return copies.
 *
 * @param <Y> the target type
 * @param <M> the fitted model type
 */
public final class GridSearchResult<Y, M> {
    private final List<SupervisedEstimator<Y, ? extends M>> candidates;
    private final List<Map<String, Object>> params;
    private final double[][] scores;   // c×s
    private final double[] mean;
    private final double[] std;
    private final int[] rank;
    private final int bestIndex;
    private final M bestEstimator;

    GridSearchResult(List<SupervisedEstimator<Y, ? extends M>> candidates, List<Map<String, Object>> params,
                     double[][] scores, double[] mean, double[] std, int[] rank, int bestIndex, M bestEstimator) {
        this.candidates = candidates;
        this.params = params;
        this.scores = scores;
        this.mean = mean;
        this.std = std;
        this.rank = rank;
        this.bestIndex = bestIndex;
        this.bestEstimator = bestEstimator;
    }

    /** Returns the index of the best candidate: the first with rank 1 ({@code best_index_}). */
    public int bestIndex() {
        return bestIndex;
    }

    /** Returns the best candidate's mean test score ({@code best_score_}). */
    public double bestScore() {
        return mean[bestIndex];
    }

    /** Returns the best candidate's parameters, a grid point or {@code {estimator=…}} ({@code best_params_}). */
    public Map<String, Object> bestParams() {
        return params.get(bestIndex);
    }

    /** Returns the best candidate, unfitted: its hyper-parameters. */
    public SupervisedEstimator<Y, ? extends M> bestCandidate() {
        return candidates.get(bestIndex);
    }

    /** Returns the best candidate refitted on all the rows given to the search ({@code best_estimator_}). */
    public M bestEstimator() {
        return bestEstimator;
    }

    /** Returns c, the number of candidates. */
    public int candidates() {
        return scores.length;
    }

    /** Returns every candidate's parameters, in search order ({@code cv_results_['params']}, unmodifiable). */
    public List<Map<String, Object>> params() {
        return params;
    }

    /** Returns the c×s scores: row i is candidate i, column f is split f ({@code split<f>_test_score}). */
    public Matrix splitTestScores() {
        return Matrix.of(scores);
    }

    /** Returns each candidate's mean score over the splits, length c ({@code mean_test_score}; a copy). */
    public double[] meanTestScore() {
        return mean.clone();
    }

    /** Returns each candidate's population standard deviation over the splits, length c ({@code std_test_score}; a copy). */
    public double[] stdTestScore() {
        return std.clone();
    }

    /** Returns each candidate's rank, 1 = best, ties sharing the best rank, length c ({@code rank_test_score}; a copy). */
    public int[] rankTestScore() {
        return rank.clone();
    }

    /** Returns e.g. {@code "GridSearchResult(best 2 of 6: {alpha=1.0}, mean score 0.48)"}. */
    @Override
    public String toString() {
        return "GridSearchResult(best " + bestIndex + " of " + scores.length + ": " + bestParams() + ", mean score " + bestScore() + ")";
    }
}
