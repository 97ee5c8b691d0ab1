package org.mlbyhand.core.tree;

/**
 * The minimal cost-complexity pruning path of a tree, scikit-learn's {@code cost_complexity_pruning_path}:
 * {@code ccpAlphas[s]} is the effective α at which the s-th subtree of the nested sequence becomes
 * optimal, and {@code impurities[s]} that subtree's total leaf impurity R(T_s) = Σ_{leaves t} N_t/N·i_t.
 * Entry 0 is the full tree at α = 0; the last is the root alone. Both increase with s (up to rounding).
 * Fitting with {@code ccpAlpha} = ccpAlphas[s] gives the subtree T_s. See {@link DecisionTreeClassifier}.
 *
 * @param ccpAlphas  the effective alphas, ascending, first 0
 * @param impurities the subtrees' total leaf impurities
 */
public record PruningPath(double[] ccpAlphas, double[] impurities) {
    /** Keeps copies of both arrays, so the path cannot change. */
    public PruningPath {
        ccpAlphas = ccpAlphas.clone();
        impurities = impurities.clone();
    }

    /** Returns a copy of the effective alphas. */
    @Override
    public double[] ccpAlphas() {
        return ccpAlphas.clone();
    }

    /** Returns a copy of the total leaf impurities. */
    @Override
    public double[] impurities() {
        return impurities.clone();
    }
}
