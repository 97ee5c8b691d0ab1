/**
 * Problem set 2, trees and ensembles: the impurity of a node, the best split of one feature by a
 * sorted sweep and of a whole node over every feature, a tree's prediction from scikit-learn's parallel
 * arrays, and the two formulas of XGBoost's regularised objective, the leaf weight and the split gain.
 * Each exercise is graded against {@code org.mlbyhand.core.tree} and {@code org.mlbyhand.core.ensemble},
 * which match scikit-learn and XGBoost to the figures in the README; each may use {@code core}, never
 * another exercise, so one mistake does not spread.
 * Solve them in the order the scoreboard lists them ({@code ./mvnw test} prints it).
 * Grade one with {@code ./mvnw test -Dexercise=NAME}, the whole set with {@code ./mvnw test -Dps=2}.
 */
package org.mlbyhand.exercises.ps2;
