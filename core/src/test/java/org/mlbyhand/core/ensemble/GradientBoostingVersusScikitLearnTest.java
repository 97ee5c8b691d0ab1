package org.mlbyhand.core.ensemble;

import static org.mlbyhand.core.golden.Parity.assertClose;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.RegressionCriterion;
import org.mlbyhand.core.tree.Tree;

/**
 * Gradient boosting against scikit-learn 1.2 (golden files from tools/parity/make_golden_ensembles.py):
 * with subsample 1 and all features, on float32-representable data where 20 random states grow the
 * same trees, the same init, train_score_, trees of the first 10 stages (structure, thresholds, leaf
 * values after the line search), predictions on the training and new rows, staged predictions, and
 * feature importances; for the three regression losses and for two, three and four classes.
 */
@ExtendWith(Parity.class)
class GradientBoostingVersusScikitLearnTest {
    @Test
    void regressorsMatchScikitLearnStageForStage() {
        Golden g = Golden.load("boosting_regressor.json");
        for (Golden c : g.objects("cases")) {
            Golden data = g.object("datasets").object(c.string("data"));
            GradientBoostingRegressionModel m = regressor(c).fit(data.matrix("X"), data.vector("y"));
            String model = "GradientBoostingRegressor (" + c.string("loss") + ")";
            String of = " of " + c.string("name");
            common(model, c, new double[] {m.initPrediction()}, m.trainScore(), m.featureImportances(), m.nEstimators());
            sameTrees(model, c, m.estimators().stream().map(t -> List.of(t)).toList());
            assertClose(model, "predictions", "train_predict" + of, c.vector("train_predict"), m.predict(data.matrix("X")),
                    ScikitLearnTolerances.SKLEARN_BOOSTING);
            assertClose(model, "predictions", "new_predict" + of, c.vector("new_predict"), m.predict(data.matrix("X_new")),
                    ScikitLearnTolerances.SKLEARN_BOOSTING);
            List<double[]> staged = m.stagedPredict(data.matrix("X_new"));
            double[][] expected = c.vectors("new_staged_predict");
            double[] stages = c.vector("staged_stages");
            for (int s = 0; s < stages.length; s++) {
                assertClose(model, "staged predictions", "staged_predict[" + (int) stages[s] + "]" + of, expected[s],
                        staged.get((int) stages[s]), ScikitLearnTolerances.SKLEARN_BOOSTING);
            }
        }
    }

    @Test
    void classifiersMatchScikitLearnStageForStage() {
        Golden g = Golden.load("boosting_classifier.json");
        for (Golden c : g.objects("cases")) {
            Golden data = g.object("datasets").object(c.string("data"));
            GradientBoostingClassificationModel m = classifier(c).fit(data.matrix("X"), data.labels("y"));
            String model = "GradientBoostingClassifier (" + (m.numClasses() == 2 ? "binary" : m.numClasses() + " classes") + ")";
            String of = " of " + c.string("name");
            common(model, c, m.initRawPrediction(), m.trainScore(), m.featureImportances(), m.nEstimators());
            sameTrees(model, c, m.estimators());
            Matrix X = data.matrix("X");
            Matrix XNew = data.matrix("X_new");
            assertClose(model, "labels", "train_predict" + of, c.vector("train_predict"), toDoubles(m.predict(X)),
                    ScikitLearnTolerances.EXACT);
            assertClose(model, "labels", "new_predict" + of, c.vector("new_predict"), toDoubles(m.predict(XNew)),
                    ScikitLearnTolerances.EXACT);
            assertClose(model, "probabilities", "train_proba" + of, c.matrix("train_proba"), m.predictProba(X),
                    ScikitLearnTolerances.SKLEARN_BOOSTING);
            assertClose(model, "probabilities", "new_proba" + of, c.matrix("new_proba"), m.predictProba(XNew),
                    ScikitLearnTolerances.SKLEARN_BOOSTING);
            assertClose(model, "raw scores", "new_decision_function" + of, c.matrix("new_decision_function"),
                    m.decisionFunction(XNew), ScikitLearnTolerances.SKLEARN_BOOSTING);
            List<Matrix> staged = m.stagedPredictProba(XNew);
            for (Golden e : c.objects("new_staged_proba")) {
                int s = (int) e.number("stage");
                assertClose(model, "staged probabilities", "staged_predict_proba[" + s + "]" + of, e.matrix("proba"), staged.get(s),
                        ScikitLearnTolerances.SKLEARN_BOOSTING);
            }
        }
    }

    /** init, n_estimators_, train_score_ and feature_importances_. */
    private static void common(String model, Golden c, double[] init, double[] trainScore, double[] importances, int stages) {
        String of = " of " + c.string("name");
        assertClose(model, "structure", "n_estimators_" + of, c.number("n_estimators_"), stages, ScikitLearnTolerances.EXACT);
        assertClose(model, "init", "init" + of, c.vector("init"), init, ScikitLearnTolerances.SKLEARN_BOOSTING);
        assertClose(model, "train_score_", "train_score" + of, c.vector("train_score"), trainScore, ScikitLearnTolerances.SKLEARN_BOOSTING);
        assertClose(model, "feature importances", "feature_importances" + of, c.vector("feature_importances"), importances,
                ScikitLearnTolerances.SKLEARN_BOOSTING);
    }

    /** The trees of the first stages: children and features exactly, thresholds and line-search values to the tolerance. */
    private static void sameTrees(String model, Golden c, List<List<BoostedTree>> trees) {
        for (Golden e : c.objects("trees")) {
            int s = (int) e.number("stage");
            int k = (int) e.number("k");
            BoostedTree b = trees.get(s).get(k);
            Tree t = b.tree();
            String of = " of stage " + s + ", tree " + k + " of " + c.string("name");
            assertClose(model, "structure", "children_left" + of, e.vector("children_left"), toDoubles(t.childrenLeft()),
                    ScikitLearnTolerances.EXACT);
            assertClose(model, "structure", "feature" + of, e.vector("feature"), toDoubles(t.feature()), ScikitLearnTolerances.EXACT);
            assertClose(model, "thresholds", "threshold" + of, e.vector("threshold"), t.threshold(), ScikitLearnTolerances.SKLEARN_BOOSTING);
            assertClose(model, "leaf values", "value" + of, e.vector("value"), b.value(), ScikitLearnTolerances.SKLEARN_BOOSTING);
        }
    }

    private static GradientBoostingRegressor regressor(Golden c) {
        BoostingLoss loss = switch (c.string("loss")) {
            case "squared_error" -> BoostingLoss.SQUARED_ERROR;
            case "absolute_error" -> BoostingLoss.ABSOLUTE_ERROR;
            default -> BoostingLoss.HUBER;
        };
        return new GradientBoostingRegressor().withLoss(loss).withAlpha(c.number("alpha")).withLearningRate(c.number("learning_rate"))
                .withNEstimators((int) c.number("n_estimators")).withMaxDepth((int) c.number("max_depth"))
                .withMinSamplesLeaf((int) c.number("min_samples_leaf")).withCriterion(criterion(c));
    }

    private static GradientBoostingClassifier classifier(Golden c) {
        return new GradientBoostingClassifier().withLearningRate(c.number("learning_rate"))
                .withNEstimators((int) c.number("n_estimators")).withMaxDepth((int) c.number("max_depth"))
                .withMinSamplesLeaf((int) c.number("min_samples_leaf")).withCriterion(criterion(c));
    }

    private static RegressionCriterion criterion(Golden c) {
        return c.string("criterion").equals("friedman_mse") ? RegressionCriterion.FRIEDMAN_MSE : RegressionCriterion.SQUARED_ERROR;
    }

    private static double[] toDoubles(int[] a) {
        return Arrays.stream(a).asDoubleStream().toArray();
    }
}
