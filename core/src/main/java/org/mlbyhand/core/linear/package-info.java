/**
 * Linear models, each fitted by minimising an objective written out in full in its Javadoc, with the
 * scaling constants of scikit-learn (whose names the hyper-parameters and fitted quantities follow) and
 * the mapping onto Smile's definitions.
 *
 * <p><b>Trainer and model.</b> A trainer ({@link org.mlbyhand.core.linear.Ridge},
 * {@link org.mlbyhand.core.linear.Lasso}, {@link org.mlbyhand.core.linear.LogisticRegression}, …) is a
 * small immutable set of validated hyper-parameters; its {@code fit(X, y)} returns an immutable fitted
 * model ({@link org.mlbyhand.core.linear.LinearModel}, {@link org.mlbyhand.core.linear.LogisticModel},
 * {@link org.mlbyhand.core.linear.SoftmaxModel}) with {@code coef()}, {@code intercept()} and
 * {@code predict}. Nothing is ever "unfitted". The regression trainers are
 * {@link org.mlbyhand.core.estimator.Regressor}s of {@code LinearModel} (a
 * {@link org.mlbyhand.core.estimator.RegressionModel}), the classifiers
 * {@link org.mlbyhand.core.estimator.Classifier}s of {@code LogisticModel} and {@code SoftmaxModel} (each a
 * {@link org.mlbyhand.core.estimator.ClassificationModel} whose {@code predictProba} is n×k), so
 * cross-validation and grid search take any of them. Paths ({@code Ridge.path}, {@code Lasso.path},
 * {@code ElasticNet.path}) return one model per penalty.
 * <ul>
 *   <li>Least squares: {@code LinearRegression} (QR or Cholesky of the normal equations),
 *       {@code GradientDescentRegressor}, {@code SgdRegressor} (seeded mini-batches);</li>
 *   <li>penalized least squares: {@code Ridge} (closed form), {@code Lasso} and {@code ElasticNet}
 *       (coordinate descent with soft-thresholding, duality-gap stopping);</li>
 *   <li>classification: {@code LogisticRegression} (binary; Newton/IRLS or gradient descent) and
 *       {@code SoftmaxRegression} (multinomial).</li>
 * </ul>
 * The building blocks the exercises reimplement are public and tested on their own:
 * {@link org.mlbyhand.core.functions.Losses} (MSE, binary and softmax cross-entropy, with gradients)
 * and {@link org.mlbyhand.core.functions.Activations} (stable sigmoid, softplus, log-sum-exp, softmax),
 * which live below this package because networks and attention use them too, and
 * {@link org.mlbyhand.core.linear.CoordinateDescent} (soft-threshold, one sweep, duality gap).
 *
 * <p><b>Input.</b> Features are an n×p {@link org.mlbyhand.core.linalg.Matrix}, targets a
 * {@code double[]}, class labels an {@code int[]} of 0, 1, …, k−1. Bad input fails at once with a
 * message naming it: no rows or columns, a NaN or infinity (with its position), mismatched lengths
 * ({@link org.mlbyhand.core.linalg.ShapeMismatchException}), a single class for a classifier, a
 * negative alpha. Scale features with {@link org.mlbyhand.core.data.StandardScaler} fitted on the
 * training rows only. Every fit is deterministic; SGD takes a seed.
 */
package org.mlbyhand.core.linear;
