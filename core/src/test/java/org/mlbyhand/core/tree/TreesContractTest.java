package org.mlbyhand.core.tree;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.EstimatorContract;

/** Both tree trainers, in their main settings, keep the estimator contract ({@link EstimatorContract}). */
class TreesContractTest {
    @TestFactory
    Stream<DynamicContainer> everyClassifierKeepsTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.classifier("DecisionTreeClassifier", DecisionTreeClassifier::new, seed -> TreeData.classes(seed, 40, 3, 3)),
                EstimatorContract.classifier("DecisionTreeClassifier (entropy, maxDepth 3)",
                        () -> new DecisionTreeClassifier().withCriterion(ClassificationCriterion.ENTROPY).withMaxDepth(3),
                        seed -> TreeData.classes(seed, 40, 3, 3)),
                EstimatorContract.classifier("DecisionTreeClassifier (maxFeatures sqrt, minSamplesLeaf 3)",
                        () -> new DecisionTreeClassifier().withMaxFeatures(MaxFeatures.sqrt()).withRandomState(7).withMinSamplesLeaf(3),
                        seed -> TreeData.classes(seed, 40, 4, 2)),
                EstimatorContract.classifier("DecisionTreeClassifier (ccpAlpha 0.02)",
                        () -> new DecisionTreeClassifier().withCcpAlpha(0.02), seed -> TreeData.classes(seed, 40, 3, 3)));
    }

    @TestFactory
    Stream<DynamicContainer> everyRegressorKeepsTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.regressor("DecisionTreeRegressor", DecisionTreeRegressor::new, seed -> TreeData.values(seed, 40, 3)),
                EstimatorContract.regressor("DecisionTreeRegressor (friedman_mse, minSamplesLeaf 4)",
                        () -> new DecisionTreeRegressor().withCriterion(RegressionCriterion.FRIEDMAN_MSE).withMinSamplesLeaf(4),
                        seed -> TreeData.values(seed, 40, 3)),
                EstimatorContract.regressor("DecisionTreeRegressor (maxFeatures 1, maxDepth 4)",
                        () -> new DecisionTreeRegressor().withMaxFeatures(MaxFeatures.count(1)).withRandomState(3).withMaxDepth(4),
                        seed -> TreeData.values(seed, 40, 3)),
                EstimatorContract.regressor("DecisionTreeRegressor (ccpAlpha 0.01)",
                        () -> new DecisionTreeRegressor().withCcpAlpha(0.01), seed -> TreeData.values(seed, 40, 3)));
    }
}
