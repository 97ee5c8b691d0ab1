package org.mlbyhand.core.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.estimator.Expect.identical;
import static org.mlbyhand.core.estimator.Expect.throwsNaming;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The contract every {@link Regressor} and {@link Classifier} keeps, checked on any one of them
 * (scikit-learn's {@code check_estimator}): given a factory of the estimator and a seeded generator of
 * data it can fit,
 * <ul>
 *   <li>{@code fit} leaves X, y and the estimator unchanged, and the model keeps no reference to X or y;</li>
 *   <li>the same seed gives bit-identical data and bit-identical predictions, from a fresh estimator
 *       or from the same one fitted again;</li>
 *   <li>{@code fit} rejects a NaN or an infinity in X (and y), a y of another length, an X without
 *       rows and (classifiers) a negative label, with {@link IllegalArgumentException} or
 *       {@link ShapeMismatchException} in core's one wording ({@code "Ridge.fit: X[3][1] is NaN"});</li>
 *   <li>{@code predict} returns one value per row for any number of rows (0 included), leaves X
 *       unchanged, and rejects another width or a NaN; a classifier's labels are in [0, k),
 *       {@code predictProba} is m×k with entries in [0, 1] and rows summing to 1, and {@code predict}
 *       is the most probable class wherever that is unique; a row's prediction does not depend on the
 *       other rows predicted with it.</li>
 * </ul>
 *
 * <p><b>Why dynamic tests.</b> Each entry point returns a JUnit 5 {@link DynamicContainer} of one
 * {@link DynamicTest} per check, named by the check. A family's test lists its estimators in one
 * {@code @TestFactory} method ({@code Stream.of(EstimatorContract.regressor("Ridge", () -> new Ridge(0.5), data), …)}),
 * and the report shows estimator › check. An abstract base class would need a subclass per
 * estimator; a parameterized test, one method per check in every family. The checks live here once,
 * and a new family adds a line, not a class.
 */
public final class EstimatorContract {
    /** The seed of the training data; {@link #NEW_ROWS} of the rows to predict. */
    static final long TRAINING = 1L;
    static final long NEW_ROWS = 2L;
    /** Allowed |Σ_c P[i][c] − 1|, per class: a few ulps of 1. */
    private static final double SUM_TO_ONE_PER_CLASS = 8 * Math.ulp(1.0);

    private EstimatorContract() {
    }

    /** Returns the contract checks of a regressor, fitted on data.apply(seed). */
    public static DynamicContainer regressor(String name, Supplier<? extends Regressor<?>> factory,
                                             LongFunction<Dataset<double[]>> data) {
        List<DynamicTest> checks = supervised(factory, data);
        checks.add(DynamicTest.dynamicTest("fit rejects a NaN or an infinity in y, naming its position", () -> {
            Dataset<double[]> d = data.apply(TRAINING);
            int i = d.y().length / 2;
            double[] y = d.y().clone();
            y[i] = Double.NaN;
            throwsNaming(IllegalArgumentException.class, () -> factory.get().fit(d.X(), y), "y[" + i + "] is NaN");
            y[i] = Double.NEGATIVE_INFINITY;
            throwsNaming(IllegalArgumentException.class, () -> factory.get().fit(d.X(), y), "y[" + i + "] is -Infinity");
        }));
        checks.add(DynamicTest.dynamicTest("predictions are finite", () -> {
            Dataset<double[]> d = data.apply(TRAINING);
            for (double v : factory.get().fit(d.X(), d.y()).predict(data.apply(NEW_ROWS).X())) {
                assertTrue(Double.isFinite(v), "a prediction is " + v);
            }
        }));
        return DynamicContainer.dynamicContainer(name, checks);
    }

    /** Returns the contract checks of a classifier, fitted on data.apply(seed). */
    public static DynamicContainer classifier(String name, Supplier<? extends Classifier<?>> factory,
                                              LongFunction<Dataset<int[]>> data) {
        List<DynamicTest> checks = supervised(factory, data);
        checks.add(DynamicTest.dynamicTest("fit rejects a negative label, naming it", () -> {
            Dataset<int[]> d = data.apply(TRAINING);
            int[] y = d.y().clone();
            y[1] = -1;
            throwsNaming(IllegalArgumentException.class, () -> factory.get().fit(d.X(), y), "y[1] = -1 is negative");
        }));
        checks.add(DynamicTest.dynamicTest("predictProba is m×k, in [0, 1], with rows that sum to 1", () -> {
            Dataset<int[]> d = data.apply(TRAINING);
            ClassificationModel m = factory.get().fit(d.X(), d.y());
            Matrix X = data.apply(NEW_ROWS).X();
            Matrix P = m.predictProba(X);
            int k = m.numClasses();
            assertEquals(X.rows() + "×" + k, P.shape(), "predictProba's shape");
            assertEquals(0 + "×" + k, m.predictProba(X.slice(0, 0, 0, X.cols())).shape(), "predictProba of no rows");
            for (int i = 0; i < P.rows(); i++) {
                double sum = 0.0;
                for (int c = 0; c < k; c++) {
                    double p = P.get(i, c);
                    assertTrue(p >= 0.0 && p <= 1.0, "P[" + i + "][" + c + "] = " + p + " is not in [0, 1]");
                    sum += p;
                }
                assertEquals(1.0, sum, k * SUM_TO_ONE_PER_CLASS, "row " + i + " of predictProba sums to " + sum);
            }
        }));
        checks.add(DynamicTest.dynamicTest("predict is the most probable class wherever that is unique", () -> {
            Dataset<int[]> d = data.apply(TRAINING);
            ClassificationModel m = factory.get().fit(d.X(), d.y());
            Matrix X = data.apply(NEW_ROWS).X();
            Matrix P = m.predictProba(X);
            int[] labels = m.predict(X);
            for (int i = 0; i < labels.length; i++) {
                assertTrue(labels[i] >= 0 && labels[i] < m.numClasses(), "label " + labels[i] + " of row " + i + " is not in [0, k)");
                for (int c = 0; c < m.numClasses(); c++) {
                    assertTrue(c == labels[i] || P.get(i, c) <= P.get(i, labels[i]),
                            "row " + i + ": predicted " + labels[i] + " but class " + c + " is more probable");
                }
            }
        }));
        checks.add(DynamicTest.dynamicTest("predictProba rejects X of another width or with a NaN", () -> {
            Dataset<int[]> d = data.apply(TRAINING);
            ClassificationModel m = factory.get().fit(d.X(), d.y());
            Matrix X = data.apply(NEW_ROWS).X();
            Matrix wide = Expect.widened(X);
            throwsNaming(ShapeMismatchException.class, () -> m.predictProba(wide), wide.shape(), String.valueOf(X.cols()));
            throwsNaming(IllegalArgumentException.class, () -> m.predictProba(Expect.with(X, 0, 0, Double.NaN)), "X[0][0] is NaN");
        }));
        return DynamicContainer.dynamicContainer(name, checks);
    }

    /** The checks every supervised estimator shares, whatever its target type. */
    private static <Y> List<DynamicTest> supervised(Supplier<? extends SupervisedEstimator<Y, ?>> factory,
                                                    LongFunction<Dataset<Y>> data) {
        TargetType<Y> type = factory.get().targetType();
        List<DynamicTest> checks = new ArrayList<>();
        checks.add(DynamicTest.dynamicTest("fit leaves X, y and the estimator unchanged", () -> {
            Dataset<Y> d = data.apply(TRAINING);
            Dataset<Y> before = data.apply(TRAINING);
            SupervisedEstimator<Y, ?> estimator = factory.get();
            String hyperParameters = estimator.toString();
            estimator.fit(d.X(), d.y());
            identical("X after fit", before.X(), d.X());
            identical("y after fit", before.y(), d.y());
            assertEquals(hyperParameters, estimator.toString(), "the estimator after fit");
        }));
        checks.add(DynamicTest.dynamicTest("the same seed gives bit-identical data and predictions", () -> {
            Dataset<Y> d = data.apply(TRAINING);
            Dataset<Y> again = data.apply(TRAINING);
            identical("the generator's X", d.X(), again.X());
            identical("the generator's y", d.y(), again.y());
            Matrix X = data.apply(NEW_ROWS).X();
            SupervisedEstimator<Y, ?> estimator = factory.get();
            Object first = estimator.fit(d.X(), d.y()).predict(X);
            identical("predictions of the same estimator fitted again", first, estimator.fit(d.X(), d.y()).predict(X));
            identical("predictions of a fresh estimator", first, factory.get().fit(again.X(), again.y()).predict(X));
        }));
        checks.add(DynamicTest.dynamicTest("the fitted model keeps no reference to its training data", () -> {
            Dataset<Y> d = data.apply(TRAINING);
            Matrix X = data.apply(NEW_ROWS).X();
            Predictor<?> m = factory.get().fit(d.X(), d.y());
            Object before = m.predict(X);
            Dataset<Y> other = data.apply(NEW_ROWS + 1);
            overwrite(d.X(), other.X());
            overwrite(type, d.y(), other.y());
            identical("predictions after the training arrays were overwritten", before, m.predict(X));
        }));
        checks.add(DynamicTest.dynamicTest("fit rejects a NaN or an infinity in X, naming its position", () -> {
            Dataset<Y> d = data.apply(TRAINING);
            int i = d.X().rows() / 2;
            int j = d.X().cols() - 1;
            throwsNaming(IllegalArgumentException.class, () -> factory.get().fit(Expect.with(d.X(), i, j, Double.NaN), d.y()),
                    "X[" + i + "][" + j + "] is NaN");
            throwsNaming(IllegalArgumentException.class,
                    () -> factory.get().fit(Expect.with(d.X(), i, 0, Double.POSITIVE_INFINITY), d.y()), "X[" + i + "][0] is Infinity");
        }));
        checks.add(DynamicTest.dynamicTest("fit rejects y of another length, naming both shapes", () -> {
            Dataset<Y> d = data.apply(TRAINING);
            int n = d.X().rows();
            Y shorter = type.rows(d.y(), IntStream.range(0, n - 1).toArray());
            throwsNaming(ShapeMismatchException.class, () -> factory.get().fit(d.X(), shorter),
                    "X is " + d.X().shape() + ", y has length " + (n - 1));
        }));
        checks.add(DynamicTest.dynamicTest("fit rejects an X without rows", () -> {
            Dataset<Y> d = data.apply(TRAINING);
            Matrix empty = Matrix.zeros(0, d.X().cols());
            throwsNaming(IllegalArgumentException.class, () -> factory.get().fit(empty, type.rows(d.y(), new int[0])),
                    "X is " + empty.shape());
        }));
        checks.add(DynamicTest.dynamicTest("predict gives one value per row, for any number of rows", () -> {
            Dataset<Y> d = data.apply(TRAINING);
            Predictor<?> m = factory.get().fit(d.X(), d.y());
            Matrix X = data.apply(NEW_ROWS).X();
            assertEquals(d.X().cols(), m.numFeatures(), "numFeatures()");
            for (int rows : new int[] {0, 1, X.rows()}) {
                assertEquals(rows, Expect.length(m.predict(X.slice(0, rows, 0, X.cols()))), "predictions for " + rows + " rows");
            }
        }));
        checks.add(DynamicTest.dynamicTest("each row's prediction depends on that row alone", () -> {
            Dataset<Y> d = data.apply(TRAINING);
            Predictor<?> m = factory.get().fit(d.X(), d.y());
            Matrix X = data.apply(NEW_ROWS).X();
            Object all = m.predict(X);
            for (int i = 0; i < X.rows(); i++) {
                Expect.sameRow("prediction of row " + i + " alone and in the batch", all, i, m.predict(X.slice(i, i + 1, 0, X.cols())));
                if (m instanceof ClassificationModel c) {
                    Expect.sameRow("probabilities of row " + i + " alone and in the batch", c.predictProba(X), i,
                            c.predictProba(X.slice(i, i + 1, 0, X.cols())));
                }
            }
        }));
        checks.add(DynamicTest.dynamicTest("predict leaves X unchanged and rejects another width or a NaN", () -> {
            Dataset<Y> d = data.apply(TRAINING);
            Predictor<?> m = factory.get().fit(d.X(), d.y());
            Matrix X = data.apply(NEW_ROWS).X();
            m.predict(X);
            identical("X after predict", data.apply(NEW_ROWS).X(), X);
            Matrix wide = Expect.widened(X);
            throwsNaming(ShapeMismatchException.class, () -> m.predict(wide), wide.shape(), String.valueOf(X.cols()));
            throwsNaming(IllegalArgumentException.class, () -> m.predict(Expect.with(X, 1, 0, Double.NaN)), "X[1][0] is NaN");
        }));
        return checks;
    }

    /** Copies src's entries into X (same shape): a model that kept X would now see other data. */
    private static void overwrite(Matrix X, Matrix src) {
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                X.set(i, j, src.get(i % src.rows(), j));
            }
        }
    }

    private static <Y> void overwrite(TargetType<Y> type, Y y, Y src) {
        int n = type.length(src);
        if (y instanceof double[] a && src instanceof double[] b) {
            for (int i = 0; i < a.length; i++) {
                a[i] = b[i % n];
            }
        } else if (y instanceof int[] a && src instanceof int[] b) {
            for (int i = 0; i < a.length; i++) {
                a[i] = b[i % n];
            }
        }
    }
}
