package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The contract every trainer of this package keeps, checked on each one: bad input fails at once with a
 * message naming it, inputs are not modified, the same fit twice gives bit-identical models, and a
 * fitted model rejects features of the wrong width.
 */
class EstimatorContractTest {
    /** A regression trainer's fit followed by predict. */
    private interface Regressor extends BiFunction<Matrix, double[], Fitted> {
    }

    /** A classifier trainer's fit followed by predict (labels). */
    private interface Classifier extends BiFunction<Matrix, int[], Fitted> {
    }

    /** What a fitted model exposes, uniformly: parameters to compare, and predict. */
    private record Fitted(double[] parameters, java.util.function.Function<Matrix, Object> predict) {
    }

    static Stream<Named<Regressor>> regressors() {
        return Stream.of(
                Named.of("LinearRegression", (X, y) -> of(new LinearRegression().fit(X, y))),
                Named.of("LinearRegression (Cholesky)", (X, y) -> of(new LinearRegression().withSolver(LinearRegression.Solver.CHOLESKY).fit(X, y))),
                Named.of("Ridge", (X, y) -> of(new Ridge(0.5).fit(X, y))),
                Named.of("Ridge.path", (X, y) -> of(new Ridge().path(X, y, new double[] {0.5, 2.0}).get(1))),
                Named.of("Lasso", (X, y) -> of(new Lasso(0.1).fit(X, y))),
                Named.of("ElasticNet", (X, y) -> of(new ElasticNet(0.1).fit(X, y))),
                Named.of("ElasticNet.path", (X, y) -> of(new ElasticNet().path(X, y, new double[] {0.1, 0.01}).get(1))),
                Named.of("GradientDescentRegressor", (X, y) -> of(new GradientDescentRegressor().withMaxIter(50).fit(X, y))),
                Named.of("SgdRegressor", (X, y) -> of(new SgdRegressor(3L).withMaxIter(5).fit(X, y))));
    }

    static Stream<Named<Classifier>> classifiers() {
        return Stream.of(
                Named.of("LogisticRegression", (X, y) -> of(new LogisticRegression().fit(X, y))),
                Named.of("LogisticRegression (gradient descent)",
                        (X, y) -> of(new LogisticRegression().withSolver(LogisticRegression.Solver.GRADIENT_DESCENT).fit(X, y))),
                Named.of("SoftmaxRegression", (X, y) -> of(new SoftmaxRegression().fit(X, y))));
    }

    @ParameterizedTest
    @MethodSource("regressors")
    void aRegressorRejectsNaNsNamingTheirPosition(Regressor fit) {
        Matrix X = features();
        X.set(2, 1, Double.NaN);
        assertMessageContains(IllegalArgumentException.class, () -> fit.apply(X, targets()), "X[2][1] is NaN");
        double[] y = targets();
        y[3] = Double.POSITIVE_INFINITY;
        assertMessageContains(IllegalArgumentException.class, () -> fit.apply(features(), y), "y[3] is Infinity");
    }

    @ParameterizedTest
    @MethodSource("regressors")
    void aRegressorRejectsMismatchedLengthsAndEmptyData(Regressor fit) {
        assertMessageContains(ShapeMismatchException.class, () -> fit.apply(features(), new double[5]), "X is 6×2, y has length 5");
        assertMessageContains(IllegalArgumentException.class, () -> fit.apply(Matrix.zeros(0, 2), new double[0]), "X is 0×2");
    }

    @ParameterizedTest
    @MethodSource("regressors")
    void aRegressorLeavesItsInputsAloneAndIsDeterministic(Regressor fit) {
        Matrix X = features();
        double[] y = targets();
        Fitted first = fit.apply(X, y);
        assertEquals(features(), X);
        assertArrayEquals(targets(), y);
        assertArrayEquals(first.parameters(), fit.apply(X, y).parameters());
    }

    @ParameterizedTest
    @MethodSource("regressors")
    void aFittedRegressorRejectsFeaturesOfTheWrongWidth(Regressor fit) {
        Fitted m = fit.apply(features(), targets());
        assertMessageContains(ShapeMismatchException.class, () -> m.predict().apply(Matrix.zeros(1, 3)), "the model has 2 features, X is 1×3");
    }

    @ParameterizedTest
    @MethodSource("classifiers")
    void aClassifierRejectsASingleClassNaNsAndMismatchedLengths(Classifier fit) {
        assertMessageContains(IllegalArgumentException.class, () -> fit.apply(features(), new int[] {1, 1, 1, 1, 1, 1}), "class 0 has no rows");
        assertMessageContains(IllegalArgumentException.class, () -> fit.apply(features(), new int[6]), "only class 0");
        assertMessageContains(ShapeMismatchException.class, () -> fit.apply(features(), new int[] {0, 1}), "X is 6×2, y has length 2");
        Matrix X = features();
        X.set(0, 0, Double.NaN);
        assertMessageContains(IllegalArgumentException.class, () -> fit.apply(X, labels()), "X[0][0] is NaN");
        assertMessageContains(IllegalArgumentException.class, () -> fit.apply(features(), new int[] {0, 1, -1, 0, 1, 0}), "y[2] = -1 is negative");
    }

    @ParameterizedTest
    @MethodSource("classifiers")
    void aClassifierLeavesItsInputsAloneAndIsDeterministic(Classifier fit) {
        Matrix X = features();
        int[] y = labels();
        Fitted first = fit.apply(X, y);
        assertEquals(features(), X);
        assertArrayEquals(labels(), y);
        assertArrayEquals(first.parameters(), fit.apply(X, y).parameters());
        assertMessageContains(ShapeMismatchException.class, () -> first.predict().apply(Matrix.zeros(1, 1)), "the model has 2 features, X is 1×1");
    }

    private static Matrix features() {
        return Matrix.of(new double[][] {{1, 2}, {2, 1}, {3, 5}, {4, 3}, {5, 8}, {6, 4}});
    }

    private static double[] targets() {
        return new double[] {1, 2, 4, 3, 6, 5};
    }

    private static int[] labels() {
        return new int[] {0, 1, 0, 1, 1, 0};
    }

    private static Fitted of(LinearModel m) {
        double[] p = java.util.Arrays.copyOf(m.coef(), m.numFeatures() + 1);
        p[m.numFeatures()] = m.intercept();
        return new Fitted(p, m::predict);
    }

    private static Fitted of(LogisticModel m) {
        double[] p = java.util.Arrays.copyOf(m.coef(), m.numFeatures() + 1);
        p[m.numFeatures()] = m.intercept();
        return new Fitted(p, m::predict);
    }

    private static Fitted of(SoftmaxModel m) {
        double[] w = m.coef().toRowMajorArray();
        double[] p = java.util.Arrays.copyOf(w, w.length + m.numClasses());
        System.arraycopy(m.intercept(), 0, p, w.length, m.numClasses());
        return new Fitted(p, m::predict);
    }

    private static void assertMessageContains(Class<? extends Throwable> type, org.junit.jupiter.api.function.Executable call, String part) {
        Throwable e = assertThrows(type, call);
        if (!e.getMessage().contains(part)) {
            throw new AssertionError("message \"" + e.getMessage() + "\" does not contain \"" + part + "\"");
        }
    }
}
