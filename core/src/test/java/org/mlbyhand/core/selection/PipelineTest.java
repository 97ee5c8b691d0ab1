package org.mlbyhand.core.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.data.SimpleImputer;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.estimator.EstimatorContract;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearModel;
import org.mlbyhand.core.linear.LogisticModel;
import org.mlbyhand.core.linear.LogisticRegression;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.core.metrics.CrossValidation;
import org.mlbyhand.core.metrics.RegressionMetrics;
import org.mlbyhand.core.neighbors.KNeighborsClassifier;

class PipelineTest {
    private static final List<Transformer<?>> SCALE = List.of(StandardScaler.transformer());

    @TestFactory
    Stream<DynamicContainer> pipelinesKeepTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.regressor("Pipeline(StandardScaler, Ridge)", () -> Pipeline.of(SCALE, new Ridge(0.5)), Data::regression),
                EstimatorContract.regressor("Pipeline(no transformer, Ridge)", () -> Pipeline.of(List.of(), new Ridge(0.5)), Data::regression),
                EstimatorContract.classifier("Pipeline(StandardScaler, LogisticRegression)",
                        () -> Pipeline.of(SCALE, new LogisticRegression()), Data::binary),
                EstimatorContract.classifier("Pipeline(StandardScaler, StandardScaler, KNeighborsClassifier)",
                        () -> Pipeline.of(List.of(StandardScaler.transformer(), StandardScaler.transformer()), new KNeighborsClassifier(3)),
                        Data::binary));
    }

    @Test
    void aFittedPipelineIsItsStepsAppliedInOrder() {
        Dataset<double[]> d = Data.regression(1L);
        Matrix XTest = Data.regression(2L).X();
        RegressorPipeline.Model<LinearModel> m = Pipeline.of(SCALE, new Ridge(2.0)).fit(d.X(), d.y());
        StandardScaler scaler = StandardScaler.fit(d.X());
        LinearModel ridge = new Ridge(2.0).fit(scaler.transform(d.X()), d.y());
        assertArrayEquals(ridge.predict(scaler.transform(XTest)), m.predict(XTest));
        assertArrayEquals(ridge.coef(), m.finalModel().coef(), "the final model is the estimator's own, coef() and all");
        assertEquals(1, m.transforms().size());
        assertArrayEquals(scaler.transform(XTest).toRowMajorArray(), m.transform(XTest).toRowMajorArray());
    }

    @Test
    void crossValidatingAPipelineFitsTheScalerOnEachTrainingFoldOnly() {
        Dataset<double[]> d = Data.regression(3L);
        List<Split> folds = KFold.folds(30, 5);
        List<double[]> means = new ArrayList<>();
        Transformer<StandardScaler> recording = X -> {
            StandardScaler s = StandardScaler.fit(X);
            means.add(s.mean());
            return s;
        };
        double[] r2 = CrossValidation.crossValScore(Pipeline.of(List.of(recording), new Ridge(1.0)), d.X(), d.y(), folds,
                Scorer.predict(RegressionMetrics::r2Score));
        assertEquals(5, means.size());
        for (int f = 0; f < 5; f++) {
            assertArrayEquals(StandardScaler.fit(folds.get(f).train(d.X())).mean(), means.get(f), "fold " + f + ": the scaler saw its training rows only");
            Split s = folds.get(f);
            StandardScaler scaler = StandardScaler.fit(s.train(d.X()));
            LinearModel m = new Ridge(1.0).fit(scaler.transform(s.train(d.X())), s.train(d.y()));
            assertEquals(RegressionMetrics.r2Score(s.test(d.y()), m.predict(scaler.transform(s.test(d.X())))), r2[f], 0.0, "fold " + f);
        }
    }

    @Test
    void scalingBeforeSplittingLeaksAndThePipelineDoesNot() {
        // One huge test row: a scaler fitted on all rows shrinks every training column by it; a leak-free one does not.
        Matrix X = Matrix.column(new double[] {-1, 0, 1, 2, 1000});
        double[] y = {-1, 0, 1, 2, 1000};
        Split lastOut = new Split(5, new int[] {0, 1, 2, 3}, new int[] {4});
        StandardScaler leaky = StandardScaler.fit(X);
        StandardScaler clean = (StandardScaler) Pipeline.of(SCALE, new Ridge(1.0)).fit(lastOut.train(X), lastOut.train(y)).transforms().get(0);
        assertTrue(leaky.mean()[0] > 100, "the leaky mean saw the test row: " + leaky.mean()[0]);
        assertEquals(0.5, clean.mean()[0], 0.0, "the pipeline's scaler saw the four training rows only");
    }

    @Test
    void anImputerInThePipelineTakesMissingValues() {
        Matrix X = Matrix.of(new double[][] {{0, 1}, {1, Double.NaN}, {2, 3}, {3, 4}, {Double.NaN, 5}, {5, 7}});
        int[] y = {0, 0, 0, 1, 1, 1};
        ClassifierPipeline.Model<LogisticModel> m = Pipeline.of(
                List.of(new SimpleImputer(SimpleImputer.Strategy.MEDIAN), StandardScaler.transformer()), new LogisticRegression()).fit(X, y);
        assertEquals(2, m.numClasses());
        assertEquals(1, m.predict(Matrix.of(new double[][] {{Double.NaN, 9}}))[0]);
    }

    @Test
    void badStepsAndInputsAreRefusedNamingThem() {
        assertThrows(IllegalArgumentException.class, () -> Pipeline.of(null, new Ridge()));
        List<Transformer<?>> withNull = new ArrayList<>();
        withNull.add(null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Pipeline.of(withNull, new Ridge())).getMessage().contains("transformer 0"));
        Dataset<double[]> d = Data.regression(1L);
        RegressorPipeline.Model<LinearModel> m = Pipeline.of(SCALE, new Ridge()).fit(d.X(), d.y());
        assertTrue(assertThrows(ShapeMismatchException.class, () -> m.predict(Matrix.zeros(2, 4))).getMessage().contains("2×4"));
    }
}
