package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.estimator.EstimatorContract;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Every trainer of this package, and each of its solver and path variants, keeps the estimator
 * contract ({@link EstimatorContract}); the classifiers also refuse label sets they cannot fit.
 */
class LinearModelsContractTest {
    @TestFactory
    Stream<DynamicContainer> everyRegressorKeepsTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.regressor("LinearRegression", LinearRegression::new, LinearModelsContractTest::regression),
                EstimatorContract.regressor("LinearRegression (Cholesky)",
                        () -> new LinearRegression().withSolver(LinearRegression.Solver.CHOLESKY), LinearModelsContractTest::regression),
                EstimatorContract.regressor("Ridge", () -> new Ridge(0.5), LinearModelsContractTest::regression),
                EstimatorContract.regressor("Ridge without intercept", () -> new Ridge(0.5).withFitIntercept(false),
                        LinearModelsContractTest::regression),
                EstimatorContract.regressor("Ridge.path (second model)", LinearModelsContractTest::ridgePath, LinearModelsContractTest::regression),
                EstimatorContract.regressor("Lasso", () -> new Lasso(0.1), LinearModelsContractTest::regression),
                EstimatorContract.regressor("ElasticNet", () -> new ElasticNet(0.1), LinearModelsContractTest::regression),
                EstimatorContract.regressor("ElasticNet.path (second model)", LinearModelsContractTest::elasticNetPath,
                        LinearModelsContractTest::regression),
                EstimatorContract.regressor("GradientDescentRegressor", () -> new GradientDescentRegressor().withMaxIter(200),
                        LinearModelsContractTest::regression),
                EstimatorContract.regressor("SgdRegressor", () -> new SgdRegressor(3L).withMaxIter(5).withBatchSize(4),
                        LinearModelsContractTest::regression));
    }

    @TestFactory
    Stream<DynamicContainer> everyClassifierKeepsTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.classifier("LogisticRegression", LogisticRegression::new, seed -> classes(seed, 2)),
                EstimatorContract.classifier("LogisticRegression (gradient descent)",
                        () -> new LogisticRegression().withSolver(LogisticRegression.Solver.GRADIENT_DESCENT), seed -> classes(seed, 2)),
                EstimatorContract.classifier("SoftmaxRegression", SoftmaxRegression::new, seed -> classes(seed, 3)),
                EstimatorContract.classifier("SoftmaxRegression (gradient descent)",
                        () -> new SoftmaxRegression().withSolver(LogisticRegression.Solver.GRADIENT_DESCENT), seed -> classes(seed, 3)));
    }

    static Stream<Named<Classifier<?>>> classifiers() {
        return Stream.of(Named.of("LogisticRegression", new LogisticRegression()), Named.of("SoftmaxRegression", new SoftmaxRegression()));
    }

    @ParameterizedTest
    @MethodSource("classifiers")
    void aClassifierRejectsASingleClassAndAClassWithoutRows(Classifier<?> classifier) {
        Matrix X = classes(1L, 2).X();
        int n = X.rows();
        assertMessageContains(() -> classifier.fit(X, new int[n]), "only class 0");
        int[] noZero = new int[n];
        Arrays.fill(noZero, 1);
        noZero[0] = 2;
        assertMessageContains(() -> classifier.fit(X, noZero), "class 0 has no rows");
    }

    /** The second model of a path: the path trainer seen as a Regressor, as a lambda. */
    private static Regressor<LinearModel> ridgePath() {
        return (X, y) -> new Ridge().path(X, y, new double[] {0.5, 2.0}).get(1);
    }

    private static Regressor<LinearModel> elasticNetPath() {
        return (X, y) -> new ElasticNet().path(X, y, new double[] {0.1, 0.01}).get(1);
    }

    /** y = X·(1, −2, 3) + 0.5 + noise, X Gaussian 20×3. */
    private static Dataset<double[]> regression(long seed) {
        Data.Problem d = Data.regression(seed, 20, 3, 0.3);
        return new Dataset<>(d.X(), d.y());
    }

    /** k shifted Gaussian clouds in 3 dimensions, labels i mod k: every class present. */
    private static Dataset<int[]> classes(long seed, int k) {
        Data.Problem d = Data.classes(seed, 24, 3, k, 1.5);
        return new Dataset<>(d.X(), d.labels());
    }

    private static void assertMessageContains(Executable call, String part) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.contains(part), "\"" + message + "\" does not contain \"" + part + "\"");
    }
}
