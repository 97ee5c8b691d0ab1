package org.mlbyhand.core.estimator;

/**
 * What every fitted model is: the immutable result of an estimator's {@code fit}, which knows the
 * number of features p it was fitted on and accepts matrices with exactly p columns.
 *
 * <p>Contract (held for every implementation by core's {@code EstimatorContract} test): a fitted
 * model never changes after {@code fit} returned it (accessors return copies, there is no setter and
 * no "unfitted" state); its methods never modify their arguments; the same input gives bit-identical
 * output on every call.
 */
public interface FittedModel {
    /** Returns p, the number of columns of the training matrix; every other input must have p columns. */
    int numFeatures();
}
