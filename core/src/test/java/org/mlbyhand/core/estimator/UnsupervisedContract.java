package org.mlbyhand.core.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.estimator.EstimatorContract.NEW_ROWS;
import static org.mlbyhand.core.estimator.EstimatorContract.TRAINING;
import static org.mlbyhand.core.estimator.Expect.identical;
import static org.mlbyhand.core.estimator.Expect.throwsNaming;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The contract every {@link Transformer} and {@link Clusterer} keeps, as {@link EstimatorContract}
 * states it for supervised estimators (and with the same dynamic-test design): {@code fit} leaves X
 * unchanged and keeps no reference to it, is bit-for-bit deterministic, and rejects a NaN, an infinity
 * and an X without rows; the fitted transform maps m×p to m×q for any m, leaves its input unchanged,
 * rejects another width and, when it is an {@link InvertibleTransform}, is undone by
 * {@code inverseTransform} up to rounding; a clustering labels each row with a cluster in [0, k).
 */
public final class UnsupervisedContract {
    /** Allowed ‖inverseTransform(transform(X)) − X‖max, relative to max(1, ‖X‖max). */
    private static final double ROUND_TRIP = 1e-12;

    private UnsupervisedContract() {
    }

    /** Returns the contract checks of a transformer, fitted on data.apply(seed).X(). */
    public static DynamicContainer transformer(String name, Supplier<? extends Transformer<?>> factory,
                                               LongFunction<Dataset<?>> data) {
        List<DynamicTest> checks = shared(X -> factory.get().fit(X), data, Transform::transform);
        checks.add(DynamicTest.dynamicTest("transform maps m×p to m×q for any m and rejects another width", () -> {
            Transform t = factory.get().fit(data.apply(TRAINING).X());
            Matrix X = data.apply(NEW_ROWS).X();
            int q = t.transform(X).cols();
            for (int rows : new int[] {0, 1, X.rows()}) {
                assertEquals(rows + "×" + q, t.transform(X.slice(0, rows, 0, X.cols())).shape(), "transform of " + rows + " rows");
            }
            Matrix wide = Expect.widened(X);
            throwsNaming(ShapeMismatchException.class, () -> t.transform(wide), wide.shape(), String.valueOf(X.cols()));
        }));
        checks.add(DynamicTest.dynamicTest("inverseTransform undoes transform, where it exists", () -> {
            Transform t = factory.get().fit(data.apply(TRAINING).X());
            if (t instanceof InvertibleTransform inv) {
                Matrix X = data.apply(NEW_ROWS).X();
                Matrix Z = t.transform(X);
                double error = inv.inverseTransform(Z).minus(X).maxAbs();
                assertTrue(error <= ROUND_TRIP * Math.max(1.0, X.maxAbs()), "‖inverse(transform(X)) − X‖max = " + error);
                identical("Z after inverseTransform", t.transform(X), Z);
                Matrix wide = Expect.widened(Z);
                throwsNaming(ShapeMismatchException.class, () -> inv.inverseTransform(wide), wide.shape());
            }
        }));
        return DynamicContainer.dynamicContainer(name, checks);
    }

    /** Returns the contract checks of a clusterer, fitted on data.apply(seed).X(). */
    public static DynamicContainer clusterer(String name, Supplier<? extends Clusterer<?>> factory,
                                             LongFunction<Dataset<?>> data) {
        List<DynamicTest> checks = shared(X -> factory.get().fit(X), data, Clustering::predict);
        checks.add(DynamicTest.dynamicTest("every row gets a cluster in [0, k), for any number of rows", () -> {
            Matrix train = data.apply(TRAINING).X();
            Clustering c = factory.get().fit(train);
            int[] labels = c.labels();
            assertEquals(train.rows(), labels.length, "labels()");
            Matrix X = data.apply(NEW_ROWS).X();
            for (int[] l : new int[][] {labels, c.predict(X)}) {
                for (int label : l) {
                    assertTrue(label >= 0 && label < c.numClusters(), "cluster " + label + " is not in [0, " + c.numClusters() + ")");
                }
            }
            assertEquals(0, c.predict(X.slice(0, 0, 0, X.cols())).length, "clusters of no rows");
            Matrix wide = Expect.widened(X);
            throwsNaming(ShapeMismatchException.class, () -> c.predict(wide), wide.shape(), String.valueOf(X.cols()));
        }));
        return DynamicContainer.dynamicContainer(name, checks);
    }

    /** The checks transformers and clusterers share: fit(X) → M, and M's output on new rows. */
    private static <M extends FittedModel> List<DynamicTest> shared(Function<Matrix, M> fit, LongFunction<Dataset<?>> data,
                                                                   BiFunction<M, Matrix, Object> output) {
        List<DynamicTest> checks = new ArrayList<>();
        checks.add(DynamicTest.dynamicTest("fit leaves X unchanged and the same seed gives bit-identical output", () -> {
            Matrix X = data.apply(TRAINING).X();
            identical("the generator's X", data.apply(TRAINING).X(), X);
            Matrix rows = data.apply(NEW_ROWS).X();
            Object first = output.apply(fit.apply(X), rows);
            identical("X after fit", data.apply(TRAINING).X(), X);
            identical("output of a second fit", first, output.apply(fit.apply(data.apply(TRAINING).X()), rows));
            identical("rows after the fitted model read them", data.apply(NEW_ROWS).X(), rows);
            assertEquals(X.cols(), fit.apply(X).numFeatures(), "numFeatures()");
        }));
        checks.add(DynamicTest.dynamicTest("the fitted model keeps no reference to its training data", () -> {
            Matrix X = data.apply(TRAINING).X();
            Matrix rows = data.apply(NEW_ROWS).X();
            M m = fit.apply(X);
            Object before = output.apply(m, rows);
            X.mapInPlace(v -> -3 * v + 1);
            identical("output after the training matrix was overwritten", before, output.apply(m, rows));
        }));
        checks.add(DynamicTest.dynamicTest("fit rejects a NaN, an infinity or an X without rows", () -> {
            Matrix X = data.apply(TRAINING).X();
            int i = X.rows() / 2;
            int j = X.cols() - 1;
            throwsNaming(IllegalArgumentException.class, () -> fit.apply(Expect.with(X, i, j, Double.NaN)), "X[" + i + "][" + j + "] is NaN");
            throwsNaming(IllegalArgumentException.class, () -> fit.apply(Expect.with(X, 0, j, Double.NEGATIVE_INFINITY)),
                    "X[0][" + j + "] is -Infinity");
            Matrix empty = Matrix.zeros(0, X.cols());
            throwsNaming(IllegalArgumentException.class, () -> fit.apply(empty), "X is " + empty.shape());
        }));
        return checks;
    }
}
