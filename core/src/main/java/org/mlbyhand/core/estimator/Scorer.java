package org.mlbyhand.core.estimator;

import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.linalg.Matrix;

/**
 * How well a fitted model does on held-out rows (scikit-learn's scorer): a number computed from the
 * model, the test rows and their true targets,
 * <pre>{@code
 *   score(model, XTest, yTest) = metric(yTest, response(model, XTest))
 * }</pre>
 * where the response is what the metric needs: {@link #predict} for metrics of predicted values or
 * labels (R², accuracy), {@link #predictProba} for metrics of probabilities (log-loss). Written once,
 * a scorer serves every model family: {@code Scorer.predict(RegressionMetrics::r2Score)} scores any
 * {@code Predictor<double[]>}.
 *
 * @param <M> the fitted model it can score
 * @param <Y> the target type
 */
@FunctionalInterface
public interface Scorer<M, Y> {
    /**
     * Returns the score of model on (XTest, yTest).
     *
     * @param model the fitted model
     * @param XTest m×p held-out rows (not modified)
     * @param yTest their m targets (not modified)
     */
    double score(M model, Matrix XTest, Y yTest);

    /**
     * Returns the scorer metric(yTest, model.predict(XTest)).
     *
     * @param metric e.g. {@code RegressionMetrics::r2Score} or {@code ClassificationMetrics::accuracyScore}
     * @param <Y>    the target type
     * @param <P>    the prediction type
     */
    static <Y, P> Scorer<Predictor<? extends P>, Y> predict(ToDoubleBiFunction<Y, P> metric) {
        return (model, XTest, yTest) -> metric.applyAsDouble(yTest, model.predict(XTest));
    }

    /**
     * Returns the scorer metric(yTest, model.predictProba(XTest)) for classifiers.
     *
     * @param metric e.g. {@code ClassificationMetrics::logLoss}, taking labels and an m×k probability matrix
     */
    static Scorer<ClassificationModel, int[]> predictProba(ToDoubleBiFunction<int[], Matrix> metric) {
        return (model, XTest, yTest) -> metric.applyAsDouble(yTest, model.predictProba(XTest));
    }
}
