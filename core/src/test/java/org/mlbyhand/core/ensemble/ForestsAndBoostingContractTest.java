package org.mlbyhand.core.ensemble;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.EstimatorContract;
import org.mlbyhand.core.tree.ClassificationCriterion;
import org.mlbyhand.core.tree.MaxFeatures;

/** Random forests and gradient boosting, in their main settings, keep the estimator contract ({@link EstimatorContract}). */
class ForestsAndBoostingContractTest {
    @TestFactory
    Stream<DynamicContainer> theRegressorsKeepTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.regressor("RandomForestRegressor", () -> new RandomForestRegressor().withNEstimators(15),
                        seed -> Data.regression(seed, 60)),
                EstimatorContract.regressor("RandomForestRegressor (oobScore, maxFeatures 0.5, maxDepth 4)",
                        () -> new RandomForestRegressor().withNEstimators(15).withOobScore(true).withMaxFeatures(MaxFeatures.fraction(0.5))
                                .withMaxDepth(4), seed -> Data.regression(seed, 60)),
                EstimatorContract.regressor("GradientBoostingRegressor", () -> new GradientBoostingRegressor().withNEstimators(20),
                        seed -> Data.regression(seed, 60)),
                EstimatorContract.regressor("GradientBoostingRegressor (huber, subsample 0.8)",
                        () -> new GradientBoostingRegressor().withLoss(BoostingLoss.HUBER).withSubsample(0.8).withNEstimators(20),
                        seed -> Data.regression(seed, 60)),
                EstimatorContract.regressor("GradientBoostingRegressor (absolute error, early stopping)",
                        () -> new GradientBoostingRegressor().withLoss(BoostingLoss.ABSOLUTE_ERROR).withNIterNoChange(2).withNEstimators(20),
                        seed -> Data.regression(seed, 60)));
    }

    @TestFactory
    Stream<DynamicContainer> theClassifiersKeepTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.classifier("RandomForestClassifier", () -> new RandomForestClassifier().withNEstimators(15),
                        seed -> ThreeClasses.data(seed, 60)),
                EstimatorContract.classifier("RandomForestClassifier (entropy, oobScore, one thread)",
                        () -> new RandomForestClassifier().withNEstimators(15).withCriterion(ClassificationCriterion.ENTROPY).withOobScore(true).withNJobs(1),
                        seed -> Data.disc(seed, 80)),
                EstimatorContract.classifier("GradientBoostingClassifier (binary)", () -> new GradientBoostingClassifier().withNEstimators(20),
                        seed -> Data.disc(seed, 80)),
                EstimatorContract.classifier("GradientBoostingClassifier (3 classes, subsample 0.7)",
                        () -> new GradientBoostingClassifier().withNEstimators(20).withSubsample(0.7),
                        seed -> ThreeClasses.data(seed, 60)));
    }
}
