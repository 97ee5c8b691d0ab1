package org.mlbyhand.core.tree;

/**
 * The hyper-parameters both tree estimators share, validated, with scikit-learn's names and defaults:
 * <pre>{@code
 *   maxDepth              Integer.MAX_VALUE   (None: unlimited)        ≥ 1
 *   minSamplesSplit       2                                            ≥ 2
 *   minSamplesLeaf        1                                            ≥ 1
 *   minImpurityDecrease   0.0                                          finite, ≥ 0
 *   maxFeatures           MaxFeatures.all()   (None)
 *   randomState           0                   (scikit-learn: None, unseeded; here always a seed)
 *   ccpAlpha              0.0                 (no pruning)             finite, ≥ 0
 * }</pre>
 *
 * @param who the estimator's name, for messages
 */
record TreeParameters(String who, int maxDepth, int minSamplesSplit, int minSamplesLeaf, double minImpurityDecrease,
                      MaxFeatures maxFeatures, long randomState, double ccpAlpha) {
    TreeParameters {
        TreeInputs.atLeastOne(who, "maxDepth", maxDepth);
        TreeInputs.atLeast(who, "minSamplesSplit", minSamplesSplit, 2);
        TreeInputs.atLeastOne(who, "minSamplesLeaf", minSamplesLeaf);
        TreeInputs.nonNegative(who, "minImpurityDecrease", minImpurityDecrease);
        if (maxFeatures == null) {
            throw new IllegalArgumentException(who + ": maxFeatures is null; use MaxFeatures.all() for every feature");
        }
        TreeInputs.nonNegative(who, "ccpAlpha", ccpAlpha);
    }

    /** scikit-learn's defaults. */
    static TreeParameters defaults(String who) {
        return new TreeParameters(who, Integer.MAX_VALUE, 2, 1, 0.0, MaxFeatures.all(), 0L, 0.0);
    }

    TreeParameters withMaxDepth(int v) {
        return new TreeParameters(who, v, minSamplesSplit, minSamplesLeaf, minImpurityDecrease, maxFeatures, randomState, ccpAlpha);
    }

    TreeParameters withMinSamplesSplit(int v) {
        return new TreeParameters(who, maxDepth, v, minSamplesLeaf, minImpurityDecrease, maxFeatures, randomState, ccpAlpha);
    }

    TreeParameters withMinSamplesLeaf(int v) {
        return new TreeParameters(who, maxDepth, minSamplesSplit, v, minImpurityDecrease, maxFeatures, randomState, ccpAlpha);
    }

    TreeParameters withMinImpurityDecrease(double v) {
        return new TreeParameters(who, maxDepth, minSamplesSplit, minSamplesLeaf, v, maxFeatures, randomState, ccpAlpha);
    }

    TreeParameters withMaxFeatures(MaxFeatures v) {
        return new TreeParameters(who, maxDepth, minSamplesSplit, minSamplesLeaf, minImpurityDecrease, v, randomState, ccpAlpha);
    }

    TreeParameters withRandomState(long v) {
        return new TreeParameters(who, maxDepth, minSamplesSplit, minSamplesLeaf, minImpurityDecrease, maxFeatures, v, ccpAlpha);
    }

    TreeParameters withCcpAlpha(double v) {
        return new TreeParameters(who, maxDepth, minSamplesSplit, minSamplesLeaf, minImpurityDecrease, maxFeatures, randomState, v);
    }

    /** The hyper-parameters as scikit-learn would print them, e.g. {@code "maxDepth=None, minSamplesSplit=2, …"}. */
    String describe() {
        return "maxDepth=" + (maxDepth == Integer.MAX_VALUE ? "None" : Integer.toString(maxDepth)) + ", minSamplesSplit="
                + minSamplesSplit + ", minSamplesLeaf=" + minSamplesLeaf + ", minImpurityDecrease=" + minImpurityDecrease
                + ", maxFeatures=" + maxFeatures + ", randomState=" + randomState + ", ccpAlpha=" + ccpAlpha;
    }
}
