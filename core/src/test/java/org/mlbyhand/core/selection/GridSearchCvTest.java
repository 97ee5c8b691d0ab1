package org.mlbyhand.core.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearModel;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.core.metrics.CrossValidation;
import org.mlbyhand.core.metrics.RegressionMetrics;

class GridSearchCvTest {
    private static final Scorer<RegressionModel, double[]> R2 = (m, X, y) -> RegressionMetrics.r2Score(y, m.predict(X));

    @Test
    void meansStdsAndRanksAreThoseOfTheCrossValidatedScores() {
        Dataset<double[]> d = Data.regression(5L);
        List<Split> folds = KFold.folds(30, 5);
        List<Ridge> candidates = List.of(new Ridge(0.01), new Ridge(10), new Ridge(1000));
        GridSearchResult<double[], LinearModel> r = new GridSearchCv<>(candidates, folds, R2).fit(d.X(), d.y());
        for (int i = 0; i < 3; i++) {
            double[] s = CrossValidation.crossValScore(candidates.get(i), d.X(), d.y(), folds, R2);
            assertArrayEquals(s, r.splitTestScores().row(i), "the scores of candidate " + i);
            double mean = (s[0] + s[1] + s[2] + s[3] + s[4]) / 5;
            assertEquals(mean, r.meanTestScore()[i], Tolerances.ROUNDING);
            double var = 0;
            for (double v : s) {
                var += (v - mean) * (v - mean) / 5;
            }
            assertEquals(Math.sqrt(var), r.stdTestScore()[i], Tolerances.ROUNDING);
        }
        assertArrayEquals(new int[] {1, 2, 3}, r.rankTestScore(), "less shrinkage fits this noise-free signal better");
        assertEquals(0, r.bestIndex());
        assertEquals(Map.of("estimator", candidates.get(0)), r.bestParams());
    }

    @Test
    void theBestCandidateIsRefittedOnAllTheRows() {
        Dataset<double[]> d = Data.regression(6L);
        GridSearchResult<double[], LinearModel> r = new GridSearchCv<>(List.of(new Ridge(100), new Ridge(0.1)), KFold.folds(30, 3), R2)
                .fit(d.X(), d.y());
        assertEquals(1, r.bestIndex());
        assertArrayEquals(new Ridge(0.1).fit(d.X(), d.y()).coef(), r.bestEstimator().coef());
        assertEquals(r.meanTestScore()[1], r.bestScore());
    }

    @Test
    void tiedMeansShareTheBestRankAndTheFirstInGridOrderWins() {
        Dataset<double[]> d = Data.regression(7L);
        GridSearchResult<double[], RegressionModel> r = GridSearchCv.over(
                new ParameterGrid(Map.of("c", List.of(3.0, 1.0, 2.0, 1.0))),
                p -> constant((double) p.get("c")), KFold.folds(30, 3),
                (m, X, y) -> -Math.abs(m.predict(X)[0] - 1.5)).fit(d.X(), d.y());
        assertArrayEquals(new int[] {4, 1, 1, 1}, r.rankTestScore(), "1 and 2 are both 0.5 from 1.5; 3 is 1.5 away");
        assertEquals(1, r.bestIndex());
        assertEquals(Map.of("c", 1.0), r.bestParams());
    }

    @Test
    void aNaNMeanRanksLastAndAllNaNPicksTheFirst() {
        assertArrayEquals(new int[] {2, 3, 1, 3}, GridSearchCv.rank(new double[] {0.5, Double.NaN, 0.9, Double.NaN}));
        assertArrayEquals(new int[] {1, 1}, GridSearchCv.rank(new double[] {Double.NaN, Double.NaN}));
        Dataset<double[]> d = Data.regression(8L);
        GridSearchResult<double[], RegressionModel> r = new GridSearchCv<>(List.of(constant(1), constant(2)), KFold.folds(30, 3),
                (RegressionModel m, Matrix X, double[] y) -> Double.NaN).fit(d.X(), d.y());
        assertEquals(0, r.bestIndex());
    }

    @Test
    void theSameSearchTwiceGivesTheSameResult() {
        Dataset<double[]> d = Data.regression(9L);
        GridSearchCv<double[], LinearModel> search = GridSearchCv.over(new ParameterGrid(Map.of("alpha", List.of(0.1, 1.0, 10.0))),
                p -> new Ridge((double) p.get("alpha")), KFold.shuffled(30, 5, 3L), R2);
        assertArrayEquals(search.fit(d.X(), d.y()).meanTestScore(), search.fit(d.X(), d.y()).meanTestScore());
        assertEquals(3, search.candidates().size());
    }

    @Test
    void anEmptySearchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GridSearchCv<>(List.<Ridge>of(), KFold.folds(30, 3), R2));
        assertThrows(IllegalArgumentException.class, () -> new GridSearchCv<>(List.of(new Ridge()), List.of(), R2));
        assertThrows(IllegalArgumentException.class, () -> GridSearchCv.over(new ParameterGrid(Map.of("a", List.of(1))),
                p -> (Ridge) null, KFold.folds(30, 3), R2));
    }

    /** A "model" that always predicts c. */
    private static Regressor<RegressionModel> constant(double c) {
        return new Regressor<>() {
            @Override
            public RegressionModel fit(Matrix X, double[] y) {
                int p = X.cols();
                return new RegressionModel() {
                    @Override
                    public double[] predict(Matrix Z) {
                        double[] out = new double[Z.rows()];
                        java.util.Arrays.fill(out, c);
                        return out;
                    }

                    @Override
                    public int numFeatures() {
                        return p;
                    }
                };
            }

            @Override
            public String toString() {
                return "constant(" + c + ")";
            }
        };
    }
}
