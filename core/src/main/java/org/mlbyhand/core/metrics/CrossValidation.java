package org.mlbyhand.core.metrics;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.estimator.SupervisedEstimator;
import org.mlbyhand.core.estimator.TargetType;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Cross-validated scores (scikit-learn's {@code cross_val_score}): for each split, fit on the training
 * rows only, and score the fitted model on the test rows:
 * <pre>{@code
 *   scoreᵢ = scorer( estimator.fit(X[trainᵢ], y[trainᵢ]),  X[testᵢ],  y[testᵢ] )       i = 0 … splits − 1
 * }</pre>
 * One loop serves every estimator of every family, regression or classification: the estimator's
 * {@link TargetType} cuts y the way the split cuts X. The splits come from {@link KFold} or
 * {@link org.mlbyhand.core.data.StratifiedKFold}; {@code KFold.folds(n, k)} cuts the rows in order exactly
 * as scikit-learn's unshuffled {@code KFold(k)}:
 * <pre>{@code
 *   double[] r2 = CrossValidation.crossValScore(new Ridge(1.0), X, y, KFold.folds(X.rows(), 5),
 *           Scorer.predict(RegressionMetrics::r2Score));
 * }</pre>
 * Everything learned from data, a {@link org.mlbyhand.core.data.StandardScaler} included, belongs inside
 * the estimator (a pipeline), so that no statistic of a test fold leaks into its model. For a fit that
 * is not an estimator (a hand-written one), the {@link FitPredict} overloads take the fit and the
 * prediction as one function.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * Fits a model on training rows and returns its predictions for the test rows.
     *
     * @param <Y> the target type: {@code double[]} for regression, {@code int[]} for class labels
     * @param <P> the prediction type: values, labels, probabilities or scores
     */
    @FunctionalInterface
    public interface FitPredict<Y, P> {
        /**
         * Fits on (XTrain, yTrain) and predicts XTest.
         *
         * @param XTrain the training rows (a fresh copy)
         * @param yTrain their targets (a fresh copy)
         * @param XTest  the test rows (a fresh copy)
         * @return predictions for the rows of XTest
         */
        P apply(Matrix XTrain, Y yTrain, Matrix XTest);
    }

    /**
     * Returns one score per split of any estimator: the scorer applied to the model fitted on the
     * split's training rows, on its test rows.
     *
     * @param estimator the hyper-parameters; fitted once per split (not modified)
     * @param X         n×p features (not modified)
     * @param y         the n targets (not modified)
     * @param splits    splits of the n rows, at least one
     * @param scorer    e.g. {@code Scorer.predict(ClassificationMetrics::accuracyScore)}
     * @param <Y>       the target type
     * @param <M>       the fitted model
     * @return the scores, in the order of splits
     * @throws ShapeMismatchException if y's length, or a split's size, is not n
     * @throws IllegalArgumentException if splits is empty
     */
    public static <Y, M> double[] crossValScore(SupervisedEstimator<Y, ? extends M> estimator, Matrix X, Y y,
                                                List<Split> splits, Scorer<? super M, Y> scorer) {
        return scores(X, y, estimator.targetType(), splits, (XTrain, yTrain, XTest, yTest) -> {
            M model = estimator.fit(XTrain, yTrain);
            return scorer.score(model, XTest, yTest);
        });
    }

    /**
     * Returns one score per split for a regression target and a hand-written fit.
     *
     * @param X          n×p features (not modified)
     * @param y          length n targets (not modified)
     * @param splits     splits of the n rows, at least one
     * @param fitPredict fits on the training rows and predicts the test rows
     * @param metric     scores (test targets, predictions), e.g. {@code RegressionMetrics::r2Score}
     * @param <P>        the prediction type
     * @return the scores, in the order of splits
     * @throws ShapeMismatchException if y's length, or a split's size, is not n
     * @throws IllegalArgumentException if splits is empty
     */
    public static <P> double[] crossValScore(Matrix X, double[] y, List<Split> splits, FitPredict<double[], P> fitPredict,
                                             ToDoubleBiFunction<double[], P> metric) {
        return scores(X, y, TargetType.VALUES, splits, (XTrain, yTrain, XTest, yTest) ->
                metric.applyAsDouble(yTest, fitPredict.apply(XTrain, yTrain, XTest)));
    }

    /**
     * Returns one score per split for class labels and a hand-written fit.
     *
     * @param X          n×p features (not modified)
     * @param y          length n labels (not modified)
     * @param splits     splits of the n rows, at least one
     * @param fitPredict fits on the training rows and predicts the test rows
     * @param metric     scores (test labels, predictions), e.g. {@code ClassificationMetrics::accuracyScore}
     * @param <P>        the prediction type
     * @return the scores, in the order of splits
     * @throws ShapeMismatchException if y's length, or a split's size, is not n
     * @throws IllegalArgumentException if splits is empty
     */
    public static <P> double[] crossValScore(Matrix X, int[] y, List<Split> splits, FitPredict<int[], P> fitPredict,
                                             ToDoubleBiFunction<int[], P> metric) {
        return scores(X, y, TargetType.LABELS, splits, (XTrain, yTrain, XTest, yTest) ->
                metric.applyAsDouble(yTest, fitPredict.apply(XTrain, yTrain, XTest)));
    }

    /** The score of one fold from its training and test parts. */
    private interface FoldScore<Y> {
        double apply(Matrix XTrain, Y yTrain, Matrix XTest, Y yTest);
    }

    /** The one loop: cut X and y by each split, score the fold. */
    private static <Y> double[] scores(Matrix X, Y y, TargetType<Y> type, List<Split> splits, FoldScore<Y> foldScore) {
        int n = type.length(y);
        check(X, n, splits);
        double[] scores = new double[splits.size()];
        for (int i = 0; i < scores.length; i++) {
            Split s = splits.get(i);
            scores[i] = foldScore.apply(s.train(X), type.rows(y, s.train()), s.test(X), type.rows(y, s.test()));
        }
        return scores;
    }

    private static void check(Matrix X, int n, List<Split> splits) {
        if (n != X.rows()) {
            throw new ShapeMismatchException("crossValScore: X is " + X.shape() + ", y has length " + n);
        }
        if (splits.isEmpty()) {
            throw new IllegalArgumentException("crossValScore: splits is empty");
        }
        for (int i = 0; i < splits.size(); i++) {
            if (splits.get(i).size() != n) {
                throw new ShapeMismatchException("crossValScore: split " + i + " partitions " + splits.get(i).size()
                        + " rows, X is " + X.shape());
            }
        }
    }
}
