package org.mlbyhand.core.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mlbyhand.core.golden.Parity.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.data.OneHotEncoder;
import org.mlbyhand.core.data.SimpleImputer;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.data.StratifiedKFold;
import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LogisticModel;
import org.mlbyhand.core.linear.LogisticRegression;
import org.mlbyhand.core.metrics.ClassificationMetrics;
import org.mlbyhand.core.metrics.CrossValidation;

/**
 * The Titanic pipeline of problem set 2 against scikit-learn 1.2.1 on the same folds (golden file
 * selection_titanic.json from tools/parity/make_golden_selection.py, which recomputes core's
 * StratifiedKFold with a port of core's Rng): impute age with the training median, one-hot gender,
 * class and embarked, standardize, logistic regression, on all 2207 people aboard. The example
 * program {@code datasets/src/test/java/org/mlbyhand/datasets/examples/TitanicCrossValidation.java}
 * runs the same pipeline on the data set loaded by {@code Titanic.load()}.
 */
@ExtendWith(Parity.class)
class TitanicVersusScikitLearnTest {
    private static final Scorer<ClassificationModel, int[]> ACCURACY = (m, X, y) -> ClassificationMetrics.accuracyScore(y, m.predict(X));
    private static final Scorer<ClassificationModel, int[]> LOG_LOSS = (m, X, y) -> ClassificationMetrics.logLoss(y, m.predictProba(X));

    @Test
    void theLeakFreeTitanicPipelineScoresAsScikitLearnsOnTheSameFolds() {
        Golden g = Golden.load("selection_titanic.json");
        Matrix X = withMissing(g, "X");
        int[] y = g.labels("y");
        List<Split> folds = StratifiedKFold.folds(y, (int) g.number("n_splits"), (long) g.number("seed"));
        List<Golden> expected = g.objects("folds");
        for (int f = 0; f < folds.size(); f++) {
            assertArrayEquals(expected.get(f).labels("test"), folds.get(f).test(), "fold " + f + ": the script's port of core's Rng");
        }
        ClassifierPipeline<LogisticModel> pipeline = pipeline();
        double[] accuracy = CrossValidation.crossValScore(pipeline, X, y, folds, ACCURACY);
        assertClose("Titanic pipeline", "fold accuracy", "accuracy", g.vector("accuracy"), accuracy, Tolerances.SKLEARN_SCORES);
        assertClose("Titanic pipeline", "mean, std accuracy", "mean and std",
                new double[] {g.number("accuracy_mean"), g.number("accuracy_std")},
                new double[] {GridSearchCv.mean(accuracy), GridSearchCv.std(accuracy, GridSearchCv.mean(accuracy))}, Tolerances.SKLEARN_SCORES);
        assertClose("Titanic pipeline", "fold log-loss", "log-loss", g.vector("log_loss"),
                CrossValidation.crossValScore(pipeline, X, y, folds, LOG_LOSS), Tolerances.SKLEARN_LOSSES);
    }

    /** ColumnTransformer(median age; one-hot gender, class, embarked) → StandardScaler → LogisticRegression. */
    static ClassifierPipeline<LogisticModel> pipeline() {
        ColumnTransformer columns = new ColumnTransformer()
                .with(new SimpleImputer(SimpleImputer.Strategy.MEDIAN), 1)
                .with(new OneHotEncoder().withHandleUnknown(OneHotEncoder.HandleUnknown.IGNORE), 0, 2, 3);
        return Pipeline.of(List.of(columns, StandardScaler.transformer()), new LogisticRegression().withTol(Tolerances.TIGHT));
    }

    private static Matrix withMissing(Golden g, String name) {
        Matrix X = g.matrix(name);
        for (double[] at : g.vectors(name + "_missing")) {
            X.set((int) at[0], (int) at[1], Double.NaN);
        }
        assertEquals(2, g.vectors(name + "_missing").length, "two ages are missing");
        return X;
    }
}
