package org.mlbyhand.core.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mlbyhand.core.golden.Parity.assertClose;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.estimator.SupervisedEstimator;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearModel;
import org.mlbyhand.core.linear.LinearRegression;
import org.mlbyhand.core.linear.LogisticRegression;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.core.metrics.ClassificationMetrics;
import org.mlbyhand.core.metrics.CrossValidation;
import org.mlbyhand.core.metrics.RegressionMetrics;
import org.mlbyhand.core.neighbors.KNeighborsClassifier;
import org.mlbyhand.core.neighbors.KNeighborsClassifierModel;
import org.mlbyhand.core.neighbors.KNeighborsRegressor;
import org.mlbyhand.core.neighbors.Weights;

/**
 * Cross-validation, grid search and learning curves against scikit-learn 1.2.1 (golden file
 * selection.json from tools/parity/make_golden_selection.py), all with scikit-learn's unshuffled
 * {@code KFold(5)}, which is {@code KFold.folds(n, 5)}: Ridge and a StandardScaler → Ridge pipeline
 * on raw diabetes, LogisticRegression on standardized breast cancer and in a pipeline on raw breast
 * cancer, StandardScaler → k-NN on shuffled raw wine. Scores (R², accuracy) within
 * {@link Tolerances#SKLEARN_SCORES}, losses within {@link Tolerances#SKLEARN_LOSSES}.
 */
@ExtendWith(Parity.class)
class SelectionVersusScikitLearnTest {
    private static final List<Transformer<?>> SCALE = List.of(StandardScaler.transformer());
    private static final Scorer<RegressionModel, double[]> R2 = (m, X, y) -> RegressionMetrics.r2Score(y, m.predict(X));
    private static final Scorer<RegressionModel, double[]> NEG_MSE = (m, X, y) -> -RegressionMetrics.meanSquaredError(y, m.predict(X));
    private static final Scorer<ClassificationModel, int[]> ACCURACY = (m, X, y) -> ClassificationMetrics.accuracyScore(y, m.predict(X));
    private static final Scorer<ClassificationModel, int[]> NEG_LOG_LOSS = (m, X, y) -> -ClassificationMetrics.logLoss(y, m.predictProba(X));

    private static final Golden G = Golden.load("selection.json");
    private static final Matrix X_DIABETES = G.matrix("X_diabetes");
    private static final double[] Y_DIABETES = G.vector("y_diabetes");
    private static final int[] Y_CANCER = G.labels("y_cancer");

    @Test
    void crossValScoreMatchesScikitLearnsForModelsAndPipelines() {
        List<Golden> cases = G.objects("cross_val_score");
        check(cases.get(0), "ridge", "r2", regression(new Ridge(1.0), R2));
        check(cases.get(1), "logistic", "accuracy", classification(logistic(), G.matrix("Z_cancer"), ACCURACY));
        check(cases.get(2), "logistic", "neg_log_loss", classification(logistic(), G.matrix("Z_cancer"), NEG_LOG_LOSS));
        check(cases.get(3), "scaler+ridge", "r2", regression(Pipeline.of(SCALE, new Ridge(10.0)), R2));
        check(cases.get(4), "scaler+ridge", "neg_mean_squared_error", regression(Pipeline.of(SCALE, new Ridge(10.0)), NEG_MSE));
        check(cases.get(5), "scaler+logistic", "accuracy", classification(Pipeline.of(SCALE, logistic()), G.matrix("X_cancer"), ACCURACY));
        check(cases.get(6), "scaler+knn", "accuracy", CrossValidation.crossValScore(Pipeline.of(SCALE, new KNeighborsClassifier()),
                G.matrix("X_wine"), G.labels("y_wine"), KFold.folds(G.labels("y_wine").length, 5), ACCURACY));
    }

    @Test
    void gridSearchOverRidgesAlphaPicksScikitLearnsBestAndRefitsIt() {
        Golden g = G.object("grid_search").object("ridge_alpha");
        ParameterGrid grid = new ParameterGrid(Map.of("alpha", List.of(0.01, 0.1, 1.0, 10.0, 100.0)));
        List<Golden> points = g.objects("points");
        for (int i = 0; i < points.size(); i++) {
            assertEquals(points.get(i).number("alpha"), (double) grid.points().get(i).get("alpha"), "grid order at " + i);
        }
        GridSearchResult<double[], LinearModel> r = GridSearchCv.over(grid, p -> new Ridge((double) p.get("alpha")),
                folds(X_DIABETES), R2).fit(X_DIABETES, Y_DIABETES);
        compare("GridSearchCv(Ridge)", g, r);
        assertClose("GridSearchCv(Ridge)", "best_estimator_ coefficients", "refitted coef", g.vector("best_coef"),
                r.bestEstimator().coef(), Tolerances.SKLEARN_COEFFICIENTS);
    }

    @Test
    void gridSearchOverAScaledKNeighborsPipelineRanksTiesAsScikitLearn() {
        Golden g = G.object("grid_search").object("scaler_knn");
        Matrix X = G.matrix("X_wine");
        int[] y = G.labels("y_wine");
        ParameterGrid grid = new ParameterGrid(Map.of("nNeighbors", List.of(1, 3, 5, 7, 9, 15), "weights", List.of(Weights.UNIFORM, Weights.DISTANCE)));
        List<Golden> points = g.objects("points");
        for (int i = 0; i < points.size(); i++) {
            Map<String, Object> p = grid.points().get(i);
            assertEquals((int) points.get(i).number("n_neighbors"), p.get("nNeighbors"), "grid order at " + i);
            assertEquals(points.get(i).string("weights").toUpperCase(Locale.ROOT), p.get("weights").toString(), "grid order at " + i);
        }
        GridSearchResult<int[], ClassifierPipeline.Model<KNeighborsClassifierModel>> r = GridSearchCv.over(grid,
                p -> Pipeline.of(SCALE, new KNeighborsClassifier((int) p.get("nNeighbors")).withWeights((Weights) p.get("weights"))),
                folds(X), ACCURACY).fit(X, y);
        compare("GridSearchCv(StandardScaler, k-NN)", g, r);
    }

    @Test
    void gridSearchOverAListOfCandidatesOfDifferentFamilies() {
        Golden g = G.object("grid_search").object("candidate_list");
        List<SupervisedEstimator<double[], ? extends RegressionModel>> candidates = List.of(new LinearRegression(), new Ridge(1.0),
                Pipeline.of(SCALE, new Ridge(1.0)), Pipeline.of(SCALE, new KNeighborsRegressor(10)));
        GridSearchResult<double[], RegressionModel> r = new GridSearchCv<>(candidates, folds(X_DIABETES), R2).fit(X_DIABETES, Y_DIABETES);
        compare("GridSearchCv(candidate list)", g, r);
        assertEquals(candidates.get(r.bestIndex()), r.bestParams().get("estimator"));
    }

    @Test
    void learningCurvesMatchScikitLearns() {
        Golden ridge = G.object("learning_curve").object("ridge");
        assertArrayEquals(ridge.vector("train_sizes"), LearningCurve.defaultTrainSizes(), 0.0, "numpy's linspace(0.1, 1.0, 5)");
        compare("learningCurve(Ridge)", ridge, LearningCurve.learningCurve(new Ridge(1.0), X_DIABETES, Y_DIABETES,
                ridge.vector("train_sizes"), folds(X_DIABETES), R2));
        Golden logistic = G.object("learning_curve").object("scaler_logistic");
        Matrix X = G.matrix("X_cancer");
        compare("learningCurve(StandardScaler, LogisticRegression)", logistic, LearningCurve.learningCurve(
                Pipeline.of(SCALE, logistic()), X, Y_CANCER, logistic.vector("train_sizes"), folds(X), ACCURACY));
    }

    private static void check(Golden c, String name, String scoring, double[] scores) {
        assertEquals(name, c.string("name"));
        assertEquals(scoring, c.string("scoring"));
        double tolerance = scoring.startsWith("neg_") ? Tolerances.SKLEARN_LOSSES : Tolerances.SKLEARN_SCORES;
        assertClose("crossValScore(" + name + ")", scoring, name + ", " + scoring, c.vector("scores"), scores, tolerance);
    }

    private static double[] regression(SupervisedEstimator<double[], ? extends RegressionModel> e, Scorer<RegressionModel, double[]> s) {
        return CrossValidation.crossValScore(e, X_DIABETES, Y_DIABETES, folds(X_DIABETES), s);
    }

    private static double[] classification(SupervisedEstimator<int[], ? extends ClassificationModel> e, Matrix X,
                                           Scorer<ClassificationModel, int[]> s) {
        return CrossValidation.crossValScore(e, X, Y_CANCER, folds(X), s);
    }

    private static void compare(String model, Golden g, GridSearchResult<?, ?> r) {
        assertClose(model, "mean_test_score", "mean_test_score", g.vector("mean_test_score"), r.meanTestScore(), Tolerances.SKLEARN_SCORES);
        assertClose(model, "std_test_score", "std_test_score", g.vector("std_test_score"), r.stdTestScore(), Tolerances.SKLEARN_SCORES);
        assertClose(model, "split test scores", "split_test_scores", g.matrix("split_test_scores"), r.splitTestScores(), Tolerances.SKLEARN_SCORES);
        assertArrayEquals(g.labels("rank_test_score"), r.rankTestScore(), model + ": rank_test_score");
        assertEquals((int) g.number("best_index"), r.bestIndex(), model + ": best_index_");
        assertClose(model, "best_score_", "best_score_", g.number("best_score"), r.bestScore(), Tolerances.SKLEARN_SCORES);
    }

    private static void compare(String model, Golden g, LearningCurve c) {
        assertArrayEquals(g.labels("train_sizes_abs"), c.trainSizes(), model + ": train_sizes_abs");
        assertClose(model, "train scores", "train_scores", g.matrix("train_scores"), c.trainScores(), Tolerances.SKLEARN_SCORES);
        assertClose(model, "test scores", "test_scores", g.matrix("test_scores"), c.testScores(), Tolerances.SKLEARN_SCORES);
    }

    private static List<Split> folds(Matrix X) {
        return KFold.folds(X.rows(), 5);
    }

    private static LogisticRegression logistic() {
        return new LogisticRegression().withTol(Tolerances.TIGHT);
    }
}
