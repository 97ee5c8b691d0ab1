package org.mlbyhand.core.ensemble;

/**
 * The hyper-parameters the mini-XGBoost regressor and classifier share, validated once, named after
 * XGBoost's parameters (aliases in brackets):
 * <pre>{@code
 *   nEstimators      ≥ 1        the number of boosting rounds, one tree each        (num_boost_round, n_estimators)
 *   eta              > 0        the learning rate: each leaf adds η·w*               (learning_rate)
 *   maxDepth         ≥ 1        the largest depth of a tree (a stump has depth 1)    (max_depth)
 *   minChildWeight   ≥ 0        the smallest hessian sum H of a child of a split     (min_child_weight)
 *   lambda           ≥ 0        λ, the ℓ2 penalty ½λ‖w‖² on the leaf weights         (reg_lambda)
 *   gamma            ≥ 0        γ, the cost of each leaf; half XGBoost's gamma        (min_split_loss)
 * }</pre>
 * XGBoost's defaults: 0.3, 6, 1, 1, 0, and 100 rounds (its scikit-learn wrapper's). XGBoost reads
 * maxDepth = 0 as "no limit" for its other tree methods, but its exact method refuses it; so do we.
 *
 * @param who the estimator, for messages ({@code "XGBoostRegressor"})
 */
record Hyperparameters(String who, int nEstimators, double eta, int maxDepth, double minChildWeight, double lambda,
                       double gamma) {
    /** XGBoost's defaults (see the record comment). */
    static Hyperparameters defaults(String who) {
        return new Hyperparameters(who, 100, 0.3, 6, 1.0, 1.0, 0.0);
    }

    /** Checks every value; throws IllegalArgumentException naming the first one out of range. */
    Hyperparameters {
        if (nEstimators < 1) {
            throw new IllegalArgumentException(who + ": nEstimators must be ≥ 1, got " + nEstimators);
        }
        positive(who, "eta", eta);
        if (maxDepth < 1) {
            throw new IllegalArgumentException(who + ": maxDepth must be ≥ 1, got " + maxDepth
                    + " (XGBoost's exact tree method has no unlimited depth)");
        }
        nonNegative(who, "minChildWeight", minChildWeight);
        nonNegative(who, "lambda", lambda);
        nonNegative(who, "gamma", gamma);
    }

    Hyperparameters withNEstimators(int value) {
        return new Hyperparameters(who, value, eta, maxDepth, minChildWeight, lambda, gamma);
    }

    Hyperparameters withEta(double value) {
        return new Hyperparameters(who, nEstimators, value, maxDepth, minChildWeight, lambda, gamma);
    }

    Hyperparameters withMaxDepth(int value) {
        return new Hyperparameters(who, nEstimators, eta, value, minChildWeight, lambda, gamma);
    }

    Hyperparameters withMinChildWeight(double value) {
        return new Hyperparameters(who, nEstimators, eta, maxDepth, value, lambda, gamma);
    }

    Hyperparameters withLambda(double value) {
        return new Hyperparameters(who, nEstimators, eta, maxDepth, minChildWeight, value, gamma);
    }

    Hyperparameters withGamma(double value) {
        return new Hyperparameters(who, nEstimators, eta, maxDepth, minChildWeight, lambda, value);
    }

    /** Returns e.g. {@code "nEstimators=100, eta=0.3, maxDepth=6, minChildWeight=1.0, lambda=1.0, gamma=0.0"}. */
    @Override
    public String toString() {
        return "nEstimators=" + nEstimators + ", eta=" + eta + ", maxDepth=" + maxDepth + ", minChildWeight="
                + minChildWeight + ", lambda=" + lambda + ", gamma=" + gamma;
    }

    private static void positive(String who, String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(who + ": " + name + " must be finite and > 0, got " + value);
        }
    }

    private static void nonNegative(String who, String name, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(who + ": " + name + " must be finite and ≥ 0, got " + value);
        }
    }
}
