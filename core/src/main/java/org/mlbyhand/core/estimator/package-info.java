/**
 * The interfaces every model family implements, so that what only fits, predicts and scores
 * (cross-validation, grid search, pipelines, the contract test) is written once for all of them.
 *
 * <p><b>Two levels.</b> An <em>estimator</em> is a small immutable value of validated
 * hyper-parameters; its {@code fit} returns a <em>fitted model</em>, immutable too, which predicts or
 * transforms. Nothing is ever "unfitted", and fitting never changes the estimator.
 * <pre>{@code
 *   estimator (hyper-parameters, fit)                 fitted model (predict / transform)
 *   ─────────────────────────────────────────         ─────────────────────────────────────────────
 *   SupervisedEstimator<Y, M>   fit(X, y) → M         Predictor<P> extends FittedModel   predict(X) → P
 *     Regressor<M>    Y = double[]                      RegressionModel      P = double[]
 *     Classifier<M>   Y = int[]                         ClassificationModel  P = int[], predictProba(X) → m×k
 *   Clusterer<C>                fit(X) → C              Clustering           P = int[], labels()
 *   Transformer<T>              fit(X) → T            Transform extends FittedModel      transform(X)
 *                                                       InvertibleTransform  inverseTransform(Z)
 * }</pre>
 * The fitted model is a type parameter, not a fixed interface, so a caller keeps the concrete model:
 * {@code new Ridge(1.0).fit(X, y)} is a {@code LinearModel} with {@code coef()}, while generic code sees
 * a {@code RegressionModel}. {@link org.mlbyhand.core.estimator.TargetType} tells generic code how to
 * cut y; {@link org.mlbyhand.core.estimator.Scorer} turns a metric into a score of a fitted model.
 *
 * <p><b>Written once.</b> With these types,
 * <pre>{@code
 *   <Y, M> double[] crossValScore(SupervisedEstimator<Y, ? extends M> e, Matrix X, Y y, List<Split> splits,
 *                                 Scorer<? super M, Y> scorer)                   // metrics.CrossValidation
 *   <Y, M> M        gridSearch(List<? extends SupervisedEstimator<Y, ? extends M>> grid, …)   // cross-validate each, refit the best
 *   Pipeline        a list of Transformers, then a Regressor or a Classifier, is itself one
 * }</pre>
 * take any model of any family. Every implementation keeps the contract stated on each interface,
 * which core's {@code EstimatorContract} test checks model by model.
 *
 * <p>This package depends on {@code linalg} only, so that every package above it, data utilities
 * included, can implement it.
 */
package org.mlbyhand.core.estimator;
