/**
 * Problem set 2, trees and ensembles: the impurity of a node, the best split of one feature by a
 * sorted sweep and of a whole node over every feature, a tree grown recursively with its stopping
 * rules, a tree's prediction from scikit-learn's parallel arrays, a random forest's bootstrap sample and
 * soft vote, one gradient-boosting round for the squared error and for the log-loss, the two formulas of
 * XGBoost's regularised objective (the leaf weight and the split gain), k-nearest neighbours with
 * distance weights, and a cross-validation of a pipeline that leaks nothing from its held-out folds.
 * Each exercise is graded against {@code org.mlbyhand.core.tree}, {@code core.ensemble},
 * {@code core.neighbors} and {@code core.selection}, which match scikit-learn and XGBoost to the figures
 * in the README; each may use {@code core}, never another exercise, so one mistake does not spread.
 * Randomness an exercise needs comes in as an argument (a seed), so every grade is reproducible.
 * Solve them in the order the scoreboard lists them ({@code ./mvnw test} prints it).
 * Grade one with {@code ./mvnw test -Dexercise=NAME}, the whole set with {@code ./mvnw test -Dps=2}.
 */
package org.mlbyhand.exercises.ps2;
