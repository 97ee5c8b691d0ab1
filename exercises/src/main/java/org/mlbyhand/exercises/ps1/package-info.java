/**
 * Problem set 1, linear models: losses and their gradients, least squares and Ridge in closed form,
 * gradient descent, the Lasso by coordinate descent, logistic and softmax regression, and the metrics
 * that judge them. Each exercise is graded against {@code org.mlbyhand.core.linear} and
 * {@code org.mlbyhand.core.metrics}, which match scikit-learn to the figures in the README.
 */
package org.mlbyhand.exercises.ps1;
