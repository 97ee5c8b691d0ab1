/**
 * Forests and boosting, built on trees: models that add up (or average) many trees.
 *
 * <p><b>Mini-XGBoost.</b> {@link org.mlbyhand.core.ensemble.XGBoostRegressor} and
 * {@link org.mlbyhand.core.ensemble.XGBoostClassifier} are second-order gradient boosting with
 * XGBoost's regularised objective and its exact greedy tree builder ({@code tree_method=exact}), small
 * enough to read in one sitting and checked tree by tree against XGBoost itself. The formulas an
 * exercise reimplements are public on their own: the split gain and the leaf weight
 * ({@link org.mlbyhand.core.ensemble.RegularizedObjective}) and one round's gradients and hessians
 * ({@link org.mlbyhand.core.ensemble.GradientPairs}). A fitted model is a base score plus a list of
 * immutable {@link org.mlbyhand.core.ensemble.XGBoostTree}s.
 *
 * <p>This package sits above every model family (core's layer 6): it may use the trees, the linear
 * models and everything below them.
 */
package org.mlbyhand.core.ensemble;
