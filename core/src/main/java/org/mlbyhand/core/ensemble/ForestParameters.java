package org.mlbyhand.core.ensemble;

/**
 * The hyper-parameters of a random forest that are not its trees', validated, with scikit-learn 1.2's
 * names and defaults:
 * <pre>{@code
 *   nEstimators   100        the number of trees T                              ≥ 1
 *   bootstrap     true       each tree on a bootstrap sample (else on all rows)
 *   oobScore      false      compute the out-of-bag score                       needs bootstrap
 *   nJobs         −1         threads: −1 every processor (scikit-learn: None, one)    ≥ 1 or −1
 *   randomState   0          the forest's seed (scikit-learn: None, unseeded; here always a seed)
 * }</pre>
 * The number of threads never changes the result (see {@link RandomForestClassifier}).
 *
 * @param who the estimator's name, for messages
 */
record ForestParameters(String who, int nEstimators, boolean bootstrap, boolean oobScore, int nJobs, long randomState) {
    ForestParameters {
        Checks.atLeast(who, "nEstimators", nEstimators, 1);
        if (oobScore && !bootstrap) {
            throw new IllegalArgumentException(who + ": oobScore needs bootstrap = true (without it no row is out of bag)");
        }
        if (nJobs < 1 && nJobs != ParallelTrees.ALL_PROCESSORS) {
            throw new IllegalArgumentException(who + ": nJobs must be ≥ 1, or −1 for every processor, got " + nJobs);
        }
    }

    /** scikit-learn's defaults (all processors instead of one; seed 0). */
    static ForestParameters defaults(String who) {
        return new ForestParameters(who, 100, true, false, ParallelTrees.ALL_PROCESSORS, 0L);
    }

    ForestParameters withNEstimators(int v) {
        return new ForestParameters(who, v, bootstrap, oobScore, nJobs, randomState);
    }

    ForestParameters withBootstrap(boolean v) {
        return new ForestParameters(who, nEstimators, v, oobScore, nJobs, randomState);
    }

    ForestParameters withOobScore(boolean v) {
        return new ForestParameters(who, nEstimators, bootstrap, v, nJobs, randomState);
    }

    ForestParameters withNJobs(int v) {
        return new ForestParameters(who, nEstimators, bootstrap, oobScore, v, randomState);
    }

    ForestParameters withRandomState(long v) {
        return new ForestParameters(who, nEstimators, bootstrap, oobScore, nJobs, v);
    }

    /** e.g. {@code "nEstimators=100, bootstrap=true, oobScore=false, nJobs=-1, randomState=0"}. */
    @Override
    public String toString() {
        return "nEstimators=" + nEstimators + ", bootstrap=" + bootstrap + ", oobScore=" + oobScore + ", nJobs=" + nJobs
                + ", randomState=" + randomState;
    }
}
