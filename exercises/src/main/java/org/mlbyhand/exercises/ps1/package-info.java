/**
 * Problem set 1, linear models: losses and their gradients, least squares and Ridge in closed form,
 * gradient descent, the Lasso by coordinate descent, logistic and softmax regression, and the metrics
 * that judge them. Each exercise is graded against {@code org.mlbyhand.core.functions},
 * {@code org.mlbyhand.core.linear} and {@code org.mlbyhand.core.metrics}, which match scikit-learn to the
 * figures in the README.
 * Solve them in order: mse, mse-gradient, gd, ols, ridge, soft-threshold, cd-sweep, lasso-path, sigmoid,
 * bce, bce-gradient, softmax-ce, logistic-gd, prf, roc-auc.
 * Grade one with {@code ./mvnw test -Dexercise=NAME}, the whole set with {@code ./mvnw test -Dps=1}.
 */
package org.mlbyhand.exercises.ps1;
