package org.mlbyhand.core.selection;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.mlbyhand.core.data.Rows;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.estimator.SupervisedEstimator;
import org.mlbyhand.core.estimator.TargetType;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Training and validation scores as the training set grows (scikit-learn's {@code learning_curve}):
 * for each training size nₜ and each split f, the estimator is fitted on the first nₜ training rows of
 * the split, in the split's order, and scored on those rows and on the split's test rows,
 * <pre>{@code
 *   S_t,f   = the first nₜ indices of train_f  (all of them if train_f is shorter)
 *   M       = estimator.fit(X[S_t,f], y[S_t,f])
 *   trainScores[t][f] = scorer(M, X[S_t,f], y[S_t,f]),     testScores[t][f] = scorer(M, X[test_f], y[test_f])
 * }</pre>
 * <b>The bias–variance picture as numbers.</b> A high-variance model scores far better on its training
 * rows than on the test rows, and the gap closes as nₜ grows: more data helps. A high-bias model has
 * both curves low and close together: more data does not help, a richer model would.
 *
 * <p>Training sizes, as scikit-learn turns them into row counts with nMax = |train_0|, the size of
 * the first split's training part: fractions f ∈ (0, 1] give ⌊f·nMax⌋ clipped to [1, nMax]
 * ({@link #learningCurve(SupervisedEstimator, Matrix, Object, double[], List, Scorer)}); counts must
 * lie in [1, nMax]. The sizes are then sorted and repeats dropped (scikit-learn's {@code np.unique}),
 * so there may be fewer rows than sizes given. scikit-learn's default sizes are
 * {@link #defaultTrainSizes()}, numpy's {@code linspace(0.1, 1.0, 5)}. A classifier fitted on the first
 * rows of an unshuffled data set may see a single class and refuse to fit: shuffle the rows first, or
 * use shuffled folds. Means and standard deviations are over the splits, as numpy's {@code mean} and
 * {@code std} along axis 1. Immutable: accessors return copies.
 */
public final class LearningCurve {
    private static final String WHO = "learningCurve";

    private final int[] trainSizes;
    private final double[][] trainScores;   // ticks×splits
    private final double[][] testScores;    // ticks×splits

    private LearningCurve(int[] trainSizes, double[][] trainScores, double[][] testScores) {
        this.trainSizes = trainSizes;
        this.trainScores = trainScores;
        this.testScores = testScores;
    }

    /**
     * Returns the learning curve for training sizes given as fractions of nMax.
     *
     * @param estimator  fitted once per size and split (not modified)
     * @param X          n×p features (not modified)
     * @param y          the n targets (not modified)
     * @param fractions  each in (0, 1] (not modified)
     * @param splits     at least one split of the n rows
     * @param scorer     higher is better
     * @param <Y>        the target type
     * @param <M>        the fitted model
     * @throws IllegalArgumentException if fractions or splits is empty or a fraction is outside (0, 1]
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length, or a split's size, is not n
     */
    public static <Y, M> LearningCurve learningCurve(SupervisedEstimator<Y, ? extends M> estimator, Matrix X, Y y,
                                                     double[] fractions, List<Split> splits, Scorer<? super M, Y> scorer) {
        int nMax = maxTrainSize(splits);
        int[] sizes = new int[fractions.length];
        for (int t = 0; t < fractions.length; t++) {
            if (!(fractions[t] > 0.0 && fractions[t] <= 1.0)) {
                throw new IllegalArgumentException(WHO + ": fractions[" + t + "] = " + fractions[t] + " is not in (0, 1]");
            }
            sizes[t] = Math.max(1, Math.min(nMax, (int) (fractions[t] * nMax)));   // numpy's astype(int) truncates
        }
        return compute(estimator, X, y, sizes, splits, scorer);
    }

    /**
     * Returns the learning curve for training sizes given as row counts.
     *
     * @param sizes each in [1, nMax] (not modified)
     * @throws IllegalArgumentException if sizes or splits is empty or a size is outside [1, nMax]
     * @see #learningCurve(SupervisedEstimator, Matrix, Object, double[], List, Scorer)
     */
    public static <Y, M> LearningCurve learningCurve(SupervisedEstimator<Y, ? extends M> estimator, Matrix X, Y y,
                                                     int[] sizes, List<Split> splits, Scorer<? super M, Y> scorer) {
        int nMax = maxTrainSize(splits);
        for (int t = 0; t < sizes.length; t++) {
            if (sizes[t] < 1 || sizes[t] > nMax) {
                throw new IllegalArgumentException(WHO + ": sizes[" + t + "] = " + sizes[t] + " is not in [1, " + nMax + "]");
            }
        }
        return compute(estimator, X, y, sizes.clone(), splits, scorer);
    }

    /** Returns scikit-learn's default fractions, numpy's linspace(0.1, 1.0, 5): 0.1, 0.325, 0.55, 0.775, 1.0. */
    public static double[] defaultTrainSizes() {
        double step = (1.0 - 0.1) / 4;
        double[] f = new double[5];
        for (int i = 0; i < 4; i++) {
            f[i] = i * step + 0.1;                    // numpy: arange(num)·step + start, the last set to stop
        }
        f[4] = 1.0;
        return f;
    }

    private static <Y, M> LearningCurve compute(SupervisedEstimator<Y, ? extends M> estimator, Matrix X, Y y, int[] sizes,
                                                List<Split> splits, Scorer<? super M, Y> scorer) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException(WHO + ": no training sizes given");
        }
        TargetType<Y> type = estimator.targetType();
        Arguments.requireLength(WHO, "X", X, "y", type.length(y));
        int[] ticks = new TreeSet<>(Arrays.stream(sizes).boxed().toList()).stream().mapToInt(Integer::intValue).toArray();
        double[][] train = new double[ticks.length][splits.size()];
        double[][] test = new double[ticks.length][splits.size()];
        for (int f = 0; f < splits.size(); f++) {
            Split split = splits.get(f);
            Matrix XTest = split.test(X);
            Y yTest = type.rows(y, split.test());
            for (int t = 0; t < ticks.length; t++) {
                int[] rows = Arrays.copyOf(split.train(), Math.min(ticks[t], split.trainSize()));
                Matrix XTrain = Rows.take(X, rows);
                Y yTrain = type.rows(y, rows);
                M model = estimator.fit(XTrain, yTrain);
                train[t][f] = scorer.score(model, XTrain, yTrain);
                test[t][f] = scorer.score(model, XTest, yTest);
            }
        }
        return new LearningCurve(ticks, train, test);
    }

    private static int maxTrainSize(List<Split> splits) {
        if (splits == null || splits.isEmpty()) {
            throw new IllegalArgumentException(WHO + ": needs at least one split");
        }
        return splits.get(0).trainSize();
    }

    /** Returns the training sizes nₜ, increasing and distinct (scikit-learn's {@code train_sizes_abs}; a copy). */
    public int[] trainSizes() {
        return trainSizes.clone();
    }

    /** Returns the ticks×splits scores on the training rows ({@code train_scores}). */
    public Matrix trainScores() {
        return Matrix.of(trainScores);
    }

    /** Returns the ticks×splits scores on the test rows ({@code test_scores}). */
    public Matrix testScores() {
        return Matrix.of(testScores);
    }

    /** Returns the mean training score of each size, over the splits. */
    public double[] meanTrainScores() {
        return Arrays.stream(trainScores).mapToDouble(GridSearchCv::mean).toArray();
    }

    /** Returns the mean test (validation) score of each size, over the splits. */
    public double[] meanTestScores() {
        return Arrays.stream(testScores).mapToDouble(GridSearchCv::mean).toArray();
    }

    /** Returns the population standard deviation of the training scores of each size, over the splits. */
    public double[] stdTrainScores() {
        return Arrays.stream(trainScores).mapToDouble(s -> GridSearchCv.std(s, GridSearchCv.mean(s))).toArray();
    }

    /** Returns the population standard deviation of the test scores of each size, over the splits. */
    public double[] stdTestScores() {
        return Arrays.stream(testScores).mapToDouble(s -> GridSearchCv.std(s, GridSearchCv.mean(s))).toArray();
    }

    /** Returns e.g. {@code "LearningCurve(trainSizes=[35, 114, 193, 272, 352], 5 splits)"}. */
    @Override
    public String toString() {
        return "LearningCurve(trainSizes=" + Arrays.toString(trainSizes) + ", " + (trainScores.length == 0 ? 0 : trainScores[0].length) + " splits)";
    }
}
