package org.mlbyhand.core.ensemble;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.EstimatorContract;

/** The mini-XGBoost regressor and classifier keep the estimator contract ({@link EstimatorContract}). */
class XGBoostContractTest {
    @TestFactory
    Stream<DynamicContainer> theRegressorKeepsTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.regressor("XGBoostRegressor", () -> new XGBoostRegressor().withNEstimators(20),
                        seed -> Data.regression(seed, 60)),
                EstimatorContract.regressor("XGBoostRegressor (stumps, gamma, fixed base score)",
                        () -> new XGBoostRegressor().withNEstimators(10).withMaxDepth(1).withGamma(0.5).withBaseScore(1.0),
                        seed -> Data.regression(seed, 60)));
    }

    @TestFactory
    Stream<DynamicContainer> theClassifierKeepsTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.classifier("XGBoostClassifier", () -> new XGBoostClassifier().withNEstimators(20),
                        seed -> Data.disc(seed, 80)),
                EstimatorContract.classifier("XGBoostClassifier (lambda 0, minChildWeight 0, fixed base score)",
                        () -> new XGBoostClassifier().withNEstimators(10).withLambda(0.0).withMinChildWeight(0.0).withBaseScore(0.5),
                        seed -> Data.disc(seed, 80)));
    }
}
