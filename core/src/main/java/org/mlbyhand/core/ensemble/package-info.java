/**
 * Forests and boosting, built on trees: models that average or add up many trees.
 * <pre>{@code
 *   RandomForestClassifier → RandomForestClassificationModel     scikit-learn 1.2's random forests: bootstrap
 *   RandomForestRegressor  → RandomForestRegressionModel         samples as count weights, maxFeatures per node,
 *                                                                out-of-bag scores; bit-identical for any thread count
 *   GradientBoostingRegressor  → GradientBoostingRegressionModel      scikit-learn 1.2's gradient boosting: squared,
 *   GradientBoostingClassifier → GradientBoostingClassificationModel  absolute and Huber loss; binary and multiclass
 *                                                                     log-loss; trainScore, staged predictions,
 *                                                                     subsample, early stopping
 *   XGBoostRegressor, XGBoostClassifier                          a mini-XGBoost (second order, regularised)
 * }</pre>
 * The steps an exercise reimplements are public on their own, each with its formula:
 * <pre>{@code
 *   Bootstrap          sample counts of n draws with replacement; out-of-bag rows
 *   ForestVote         the mean of the trees' probabilities; argmax, the lowest class among ties
 *   PseudoResiduals    one boosting round's negative gradients: y − F, sign, Huber, y − σ(F), [y = k] − softmax
 *   LeafValues         one round's leaf values for a partition: mean residual, Newton step, median, Huber
 *   BoostedTree        a fitted tree with its line-search leaf values
 *   RegularizedObjective, GradientPairs    XGBoost's split gain, leaf weight, gradients and hessians
 * }</pre>
 *
 * <p><b>Mini-XGBoost.</b> {@link org.mlbyhand.core.ensemble.XGBoostRegressor} and
 * {@link org.mlbyhand.core.ensemble.XGBoostClassifier} are second-order gradient boosting with
 * XGBoost's regularised objective and its exact greedy tree builder ({@code tree_method=exact}), small
 * enough to read in one sitting and checked tree by tree against XGBoost itself. A fitted model is a
 * base score plus a list of immutable {@link org.mlbyhand.core.ensemble.XGBoostTree}s.
 *
 * <p><b>Against scikit-learn.</b> Gradient boosting (subsample 1, all features) agrees stage for stage
 * with scikit-learn 1.2 on tie-free data: predictions and train_score_ to 1e-9 (measured: about 1e-13).
 * Random forests cannot share scikit-learn's random numbers: every tree is core's
 * {@link org.mlbyhand.core.tree.DecisionTreeClassifier} or {@link org.mlbyhand.core.tree.DecisionTreeRegressor}
 * on its own seeded bootstrap sample, and the forests' test and out-of-bag scores agree with
 * scikit-learn's in distribution (within 2 points on breast cancer, wine and diabetes). Inside, a forest
 * and a boosting fit sort X once ({@link org.mlbyhand.core.tree.PresortedFeatures}) for all their trees.
 *
 * <p>This package sits above every model family (core's layer 6): it may use the trees, the linear
 * models and everything below them.
 */
package org.mlbyhand.core.ensemble;
