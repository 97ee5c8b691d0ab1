package org.mlbyhand.core.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.Toys.Flaw;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/**
 * The contract tests themselves: every check passes on a correct toy estimator of each kind, and
 * each flaw is caught by the check written for it (a contract that cannot fail proves nothing).
 */
class EstimatorContractTest {
    @TestFactory
    Stream<DynamicContainer> correctToyEstimatorsKeepTheContract() {
        return Stream.of(
                EstimatorContract.regressor("MeanRegressor", () -> new Toys.MeanRegressor(Flaw.NONE), EstimatorContractTest::regression),
                EstimatorContract.classifier("PriorClassifier", () -> new Toys.PriorClassifier(Flaw.NONE), EstimatorContractTest::labels),
                UnsupervisedContract.clusterer("ThresholdClusterer", Toys.ThresholdClusterer::new, seed -> regression(seed)));
    }

    @Test
    void aRegressorThatModifiesYFailsExactlyTheInputCheck() {
        assertFailures(List.of("fit leaves X, y and the estimator unchanged"),
                EstimatorContract.regressor("flawed", () -> new Toys.MeanRegressor(Flaw.MODIFIES_Y), EstimatorContractTest::regression));
    }

    @Test
    void aModelThatKeepsItsTrainingMatrixIsCaught() {
        assertFailures(List.of("the fitted model keeps no reference to its training data"),
                EstimatorContract.regressor("flawed", () -> new Toys.MeanRegressor(Flaw.KEEPS_X), EstimatorContractTest::regression));
    }

    @Test
    void aFitThatAcceptsNaNIsCaught() {
        assertFailures(List.of("fit rejects a NaN or an infinity in X, naming its position"),
                EstimatorContract.regressor("flawed", () -> new Toys.MeanRegressor(Flaw.SKIPS_NAN_CHECK), EstimatorContractTest::regression));
    }

    @Test
    void aFitThatDependsOnHiddenStateIsCaught() {
        assertFailures(List.of("the same seed gives bit-identical data and predictions"),
                EstimatorContract.regressor("flawed", () -> new Toys.MeanRegressor(Flaw.NOT_DETERMINISTIC), EstimatorContractTest::regression));
    }

    @Test
    void aPredictionThatDependsOnTheOtherRowsIsCaught() {
        assertFailures(List.of("each row's prediction depends on that row alone"),
                EstimatorContract.regressor("flawed", () -> new Toys.MeanRegressor(Flaw.ROWS_SHARE_A_STATISTIC), EstimatorContractTest::regression));
    }

    @Test
    void probabilitiesThatDoNotSumToOneAreCaught() {
        assertFailures(List.of("predictProba is m×k, in [0, 1], with rows that sum to 1"),
                EstimatorContract.classifier("flawed", () -> new Toys.PriorClassifier(Flaw.PROBABILITIES_DO_NOT_SUM_TO_ONE), EstimatorContractTest::labels));
    }

    /** Runs every check of the container and asserts that exactly the named ones fail. */
    private static void assertFailures(List<String> expected, DynamicContainer contract) {
        List<String> failed = new ArrayList<>();
        contract.getChildren().forEach((DynamicNode node) -> {
            try {
                ((DynamicTest) node).getExecutable().execute();
            } catch (AssertionError e) {
                failed.add(node.getDisplayName());
            } catch (Throwable e) {
                failed.add(node.getDisplayName() + " (threw " + e + ")");
            }
        });
        assertEquals(expected, failed, "the checks that failed");
    }

    private static Dataset<double[]> regression(long seed) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, 12, 2);
        double[] y = X.multiply(new double[] {1, -1});
        return new Dataset<>(X, y);
    }

    private static Dataset<int[]> labels(long seed) {
        Matrix X = RandomMatrices.gaussian(new Rng(seed), 12, 2);
        int[] y = new int[12];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 3 == 0 ? 0 : i % 3;
        }
        return new Dataset<>(X, y);
    }
}
