/**
 * CART decision trees, scikit-learn 1.2's {@code DecisionTreeClassifier} and {@code DecisionTreeRegressor}
 * rule for rule: a tree is grown greedily, depth first, each node taking the axis-aligned split
 * {@code x[j] ≤ t} that most decreases a weighted impurity, then optionally pruned by minimal cost
 * complexity.
 * <pre>{@code
 *   Impurity, ClassificationCriterion,       the impurity of one node: gini, entropy, variance (from scratch)
 *     RegressionCriterion
 *   Splitter, Split                          the best split of one node: sort by a feature, sweep with
 *                                            running counts or sums, score every candidate (naive beside it)
 *   DecisionTreeClassifier → ClassificationTree     trainers (immutable hyper-parameters, fit) and fitted models
 *   DecisionTreeRegressor  → RegressionTree
 *   Tree                                     the fitted arrays as scikit-learn's tree_: children, feature,
 *                                            threshold, value, impurity, node sizes; apply, decisionPath,
 *                                            featureImportances, getDepth, getNLeaves
 *   MaxFeatures, PruningPath                 max_features; the cost-complexity pruning path
 *   PresortedFeatures                        X with every feature sorted once, for many fits on one X
 *                                            (a forest's trees, boosting's stages)
 * }</pre>
 * Inside, a fit presorts each feature once ({@code NodeSplitter}), grows depth first
 * ({@code TreeBuilder}) with running statistics of the criterion ({@code ClassCounts}, {@code TargetSums},
 * scikit-learn's Criterion classes), and prunes ({@code CostComplexity}); each states the rules it
 * implements with their formulas. Cost: O(p·n) to presort (a radix sort),
 * then O(p·n) per level of the tree.
 *
 * <p>Agreement with scikit-learn: identical trees (structure, thresholds, impurities, values, so
 * predictions and probabilities) on float32-representable X when no two candidate splits of a node tie;
 * see {@link org.mlbyhand.core.tree.DecisionTreeClassifier} for the differences (double precision
 * instead of float32, ties broken by feature index, our own random generator).
 */
package org.mlbyhand.core.tree;
