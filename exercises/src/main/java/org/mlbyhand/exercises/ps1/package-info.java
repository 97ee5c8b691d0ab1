/**
 * Problem set 1, linear models: losses and their gradients, least squares and Ridge in closed form,
 * gradient descent, the Lasso by coordinate descent, logistic and softmax regression, and the metrics
 * that judge them. Each exercise is graded against {@code org.mlbyhand.core.functions},
 * {@code org.mlbyhand.core.linear} and {@code org.mlbyhand.core.metrics}, which match scikit-learn to the
 * figures in the README.
 * Solve them in the order the scoreboard lists them ({@code ./mvnw test} prints it).
 * Grade one with {@code ./mvnw test -Dexercise=NAME}, the whole set with {@code ./mvnw test -Dps=1}.
 */
package org.mlbyhand.exercises.ps1;
