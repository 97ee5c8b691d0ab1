/**
 * Leak-free model selection: chain transformers and a model into one estimator
 * ({@link org.mlbyhand.core.selection.Pipeline}, with {@link org.mlbyhand.core.selection.ColumnTransformer}
 * for column-wise steps), compare candidates by cross-validation and refit the best
 * ({@link org.mlbyhand.core.selection.GridSearchCv} over a list of estimators or a
 * {@link org.mlbyhand.core.selection.ParameterGrid}), and watch training and validation scores as the
 * training set grows ({@link org.mlbyhand.core.selection.LearningCurve}).
 *
 * <p>The one idea: everything learned from data, a scaler's means, an imputer's medians, an
 * encoder's categories, the model's weights, is learned from the training rows of each split only, so
 * no statistic of the rows a model is scored on reaches it. A pipeline makes that automatic: it is a
 * {@link org.mlbyhand.core.estimator.Regressor} or {@link org.mlbyhand.core.estimator.Classifier} like
 * any model, so {@link org.mlbyhand.core.metrics.CrossValidation#crossValScore} and the search refit
 * all of it per fold. Names, defaults, orders and tie rules are scikit-learn 1.2's; the parity tests
 * hold cross-validated scores, grid-search means and learning curves to its answers within 1e-12.
 * Everything is deterministic: splits carry their seeds.
 */
package org.mlbyhand.core.selection;
