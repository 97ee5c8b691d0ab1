package org.mlbyhand.core.metrics;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Cross-validated scores (scikit-learn's {@code cross_val_score}): for each split, fit on the training
 * rows only, predict the test rows, and score the predictions against the test targets:
 * <pre>{@code
 *   scoreᵢ = metric( y[testᵢ], fitPredict(X[trainᵢ], y[trainᵢ], X[testᵢ]) )       i = 0 … splits − 1
 * }</pre>
 * The splits come from {@link KFold} or {@link org.mlbyhand.core.data.StratifiedKFold};
 * {@code KFold.folds(n, k)} cuts the rows in order exactly as scikit-learn's unshuffled {@code KFold(k)}.
 * Everything learned from data, a {@link org.mlbyhand.core.data.StandardScaler} included, belongs inside
 * fitPredict, so that no statistic of a test fold leaks into its model:
 * <pre>{@code
 *   double[] r2 = CrossValidation.crossValScore(X, y, KFold.folds(X.rows(), 5),
 *           (Xtr, ytr, Xte) -> new Ridge(1.0).fit(Xtr, ytr).predict(Xte), RegressionMetrics::r2Score);
 * }</pre>
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
     * Returns one score per split for a regression target.
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
        check(X, y.length, splits);
        double[] scores = new double[splits.size()];
        for (int i = 0; i < scores.length; i++) {
            Split s = splits.get(i);
            P predicted = fitPredict.apply(s.train(X), s.train(y), s.test(X));
            scores[i] = metric.applyAsDouble(s.test(y), predicted);
        }
        return scores;
    }

    /**
     * Returns one score per split for class labels.
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
        check(X, y.length, splits);
        double[] scores = new double[splits.size()];
        for (int i = 0; i < scores.length; i++) {
            Split s = splits.get(i);
            P predicted = fitPredict.apply(s.train(X), s.train(y), s.test(X));
            scores[i] = metric.applyAsDouble(s.test(y), predicted);
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
