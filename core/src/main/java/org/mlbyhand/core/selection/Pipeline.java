package org.mlbyhand.core.selection;

import java.util.List;
import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.estimator.Transformer;

/**
 * A chain of transformers and a final estimator that is itself one estimator (scikit-learn's
 * {@code Pipeline}, {@code make_pipeline}): with transformers t₁ … t_s and a final estimator e,
 * <pre>{@code
 *   fit(X, y):     T₁ = t₁.fit(X),   X₁ = T₁.transform(X),   …,   T_s = t_s.fit(X_{s−1}),   X_s = T_s.transform(X_{s−1})
 *                  M  = e.fit(X_s, y)
 *   predict(X'):   M.predict( T_s( … T₁(X') … ) )
 * }</pre>
 * <b>The lesson: no leakage.</b> A scaler, an imputer or an encoder learns statistics (means,
 * medians, categories) from the rows it is fitted on. Fitted once on all the data before
 * cross-validation, it carries each test fold's statistics into the training of the model that is
 * then scored on that fold, and the score comes out optimistic. A pipeline is an estimator, so
 * {@link org.mlbyhand.core.metrics.CrossValidation#crossValScore}, {@link GridSearchCv} and
 * {@link LearningCurve} fit <em>all</em> of it on each training fold, and the held-out rows only
 * ever pass through transforms learned without them:
 * <pre>{@code
 *   RegressorPipeline<LinearModel> model = Pipeline.of(List.of(StandardScaler.transformer()), new Ridge(1.0));
 *   double[] r2 = CrossValidation.crossValScore(model, X, y, KFold.folds(X.rows(), 5),
 *           Scorer.predict(RegressionMetrics::r2Score));
 * }</pre>
 * The pipeline of a {@link Regressor} is a {@link RegressorPipeline}, of a {@link Classifier} a
 * {@link ClassifierPipeline}; the fitted pipeline keeps the final estimator's concrete model
 * ({@code finalModel().coef()}). Steps are applied to whole matrices; to treat columns differently
 * (impute one, encode others) make one step a {@link ColumnTransformer}.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * Returns the regression pipeline transformers → regressor.
     *
     * @param transformers the steps, in order, possibly none (not modified)
     * @param regressor    the final estimator
     * @param <M>          the final estimator's fitted model
     * @throws IllegalArgumentException if an argument or a step is null
     */
    public static <M extends RegressionModel> RegressorPipeline<M> of(List<? extends Transformer<?>> transformers,
                                                                      Regressor<M> regressor) {
        return new RegressorPipeline<>(transformers, regressor);
    }

    /**
     * Returns the classification pipeline transformers → classifier.
     *
     * @param transformers the steps, in order, possibly none (not modified)
     * @param classifier   the final estimator
     * @param <M>          the final estimator's fitted model
     * @throws IllegalArgumentException if an argument or a step is null
     */
    public static <M extends ClassificationModel> ClassifierPipeline<M> of(List<? extends Transformer<?>> transformers,
                                                                           Classifier<M> classifier) {
        return new ClassifierPipeline<>(transformers, classifier);
    }
}
