package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.RegressionCriterion;

/**
 * The hyper-parameters both gradient-boosting estimators share, validated, with scikit-learn 1.2's
 * names and defaults:
 * <pre>{@code
 *   nEstimators          100       stages S                                               ≥ 1
 *   learningRate         0.1       ν, the shrinkage of every tree                         finite, > 0
 *   subsample            1.0       the share of rows each stage fits on (without replacement)    (0, 1]
 *   randomState          0         seeds the subsamples, the trees' feature draws and the validation split
 *   validationFraction   0.1       the share of rows held out for early stopping          (0, 1)
 *   nIterNoChange        0 (None)  stop once this many stages did not improve the validation loss by tol
 *   tol                  1e-4      the improvement that counts                            finite, ≥ 0
 *   tree                 DecisionTreeRegressor(criterion friedman_mse, maxDepth 3, …): the stages' trees
 * }</pre>
 * (scikit-learn's randomState default is None, unseeded; here always a seed.)
 *
 * @param who the estimator's name, for messages
 */
record BoostingParameters(String who, int nEstimators, double learningRate, double subsample, long randomState,
                          double validationFraction, int nIterNoChange, double tol, DecisionTreeRegressor tree) {
    BoostingParameters {
        Checks.atLeast(who, "nEstimators", nEstimators, 1);
        Checks.positive(who, "learningRate", learningRate);
        Checks.fractionUpToOne(who, "subsample", subsample);
        Checks.openFraction(who, "validationFraction", validationFraction);
        if (nIterNoChange < 0) {
            throw new IllegalArgumentException(who + ": nIterNoChange must be ≥ 1, got " + nIterNoChange);
        }
        Checks.nonNegative(who, "tol", tol);
    }

    /** scikit-learn's defaults; randomState 0. */
    static BoostingParameters defaults(String who) {
        DecisionTreeRegressor tree = new DecisionTreeRegressor().withCriterion(RegressionCriterion.FRIEDMAN_MSE).withMaxDepth(3);
        return new BoostingParameters(who, 100, 0.1, 1.0, 0L, 0.1, 0, 1e-4, tree);
    }

    /** Whether early stopping is on (nIterNoChange set). */
    boolean earlyStopping() {
        return nIterNoChange > 0;
    }

    BoostingParameters withNEstimators(int v) {
        return new BoostingParameters(who, v, learningRate, subsample, randomState, validationFraction, nIterNoChange, tol, tree);
    }

    BoostingParameters withLearningRate(double v) {
        return new BoostingParameters(who, nEstimators, v, subsample, randomState, validationFraction, nIterNoChange, tol, tree);
    }

    BoostingParameters withSubsample(double v) {
        return new BoostingParameters(who, nEstimators, learningRate, v, randomState, validationFraction, nIterNoChange, tol, tree);
    }

    BoostingParameters withRandomState(long v) {
        return new BoostingParameters(who, nEstimators, learningRate, subsample, v, validationFraction, nIterNoChange, tol, tree);
    }

    BoostingParameters withValidationFraction(double v) {
        return new BoostingParameters(who, nEstimators, learningRate, subsample, randomState, v, nIterNoChange, tol, tree);
    }

    /** nIterNoChange ≥ 1 turns early stopping on; 0 (None) turns it off. */
    BoostingParameters withNIterNoChange(int v) {
        return new BoostingParameters(who, nEstimators, learningRate, subsample, randomState, validationFraction, v, tol, tree);
    }

    BoostingParameters withTol(double v) {
        return new BoostingParameters(who, nEstimators, learningRate, subsample, randomState, validationFraction, nIterNoChange, v, tree);
    }

    BoostingParameters withTree(DecisionTreeRegressor v) {
        return new BoostingParameters(who, nEstimators, learningRate, subsample, randomState, validationFraction, nIterNoChange, tol, v);
    }

    /** e.g. {@code "learningRate=0.1, nEstimators=100, subsample=1.0, criterion=friedman_mse, maxDepth=3, …"}. */
    @Override
    public String toString() {
        return "learningRate=" + learningRate + ", nEstimators=" + nEstimators + ", subsample=" + subsample + ", criterion="
                + tree.criterion() + ", maxDepth=" + (tree.maxDepth() == DecisionTreeRegressor.UNLIMITED ? "None" : tree.maxDepth())
                + ", minSamplesSplit=" + tree.minSamplesSplit() + ", minSamplesLeaf=" + tree.minSamplesLeaf()
                + ", minImpurityDecrease=" + tree.minImpurityDecrease() + ", maxFeatures=" + tree.maxFeatures()
                + ", ccpAlpha=" + tree.ccpAlpha() + ", randomState=" + randomState + ", validationFraction=" + validationFraction
                + ", nIterNoChange=" + (nIterNoChange == 0 ? "None" : nIterNoChange) + ", tol=" + tol;
    }
}
