package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.data.SimpleImputer.Strategy;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.estimator.UnsupervisedContract;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class SimpleImputerTest {
    private static final double NaN = Double.NaN;
    /** Column 0: 1, NaN, 3, 3, 8; column 1: all missing; column 2: 2, 2, 5, 5, NaN. */
    private static final Matrix X = Matrix.of(new double[][] {{1, NaN, 2}, {NaN, NaN, 2}, {3, NaN, 5}, {3, NaN, 5}, {8, NaN, NaN}});

    /**
     * The transformer contract, but for its NaN check: NaN is the missing value an imputer is for
     * ({@link #infinityAndEmptyInputAreRefusedButNaNIsMissing} checks the rest of that check).
     */
    @TestFactory
    Stream<DynamicContainer> everyStrategyKeepsTheTransformerContractExceptThatNaNIsMissing() {
        return Stream.of(Strategy.values()).map(s -> Contracts.withoutNaNRejection(UnsupervisedContract.transformer(
                "SimpleImputer(" + s + ")", () -> new SimpleImputer(s), SimpleImputerTest::withHoles)));
    }

    @Test
    void eachStrategyFillsEachColumnWithItsStatistic() {
        assertArrayEquals(new double[] {15.0 / 4, NaN, 14.0 / 4}, new SimpleImputer().fit(X).statistics());
        assertArrayEquals(new double[] {3, NaN, 3.5}, new SimpleImputer(Strategy.MEDIAN).fit(X).statistics(),
                "an even count takes the mean of the two middle values");
        assertArrayEquals(new double[] {3, NaN, 2}, new SimpleImputer(Strategy.MOST_FREQUENT).fit(X).statistics(),
                "2 and 5 tie in column 2: the smaller wins");
        assertArrayEquals(new double[] {-1, -1, -1}, new SimpleImputer(Strategy.CONSTANT).withFillValue(-1).fit(X).statistics());
    }

    @Test
    void aColumnWithNoObservedValueIsDroppedUnlessKept() {
        Matrix Z = new SimpleImputer(Strategy.MEDIAN).fit(X).transform(X);
        assertEquals("5×2", Z.shape());
        assertArrayEquals(new double[] {3, 2}, Z.row(1));
        assertArrayEquals(new double[] {8, 3.5}, Z.row(4));
        Matrix kept = new SimpleImputer(Strategy.MEDIAN).withKeepEmptyFeatures(true).fit(X).transform(X);
        assertArrayEquals(new double[] {3, 0, 2}, kept.row(1), "kept, and filled with 0");
        Matrix constant = new SimpleImputer(Strategy.CONSTANT).withFillValue(9).fit(X).transform(X);
        assertArrayEquals(new double[] {9, 9, 2}, constant.row(1), "CONSTANT keeps every column");
    }

    @Test
    void theStatisticsComeFromTheTrainingRowsOnly() {
        Imputation fitted = new SimpleImputer().fit(Matrix.column(new double[] {1, 3}));
        Matrix test = Matrix.column(new double[] {NaN, 100, NaN});
        assertArrayEquals(new double[] {2, 100, 2}, fitted.transform(test).column(0));
    }

    @Test
    void infinityAndEmptyInputAreRefusedButNaNIsMissing() {
        Matrix inf = Matrix.of(new double[][] {{1, 2}, {3, Double.NEGATIVE_INFINITY}});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SimpleImputer().fit(inf)).getMessage()
                .contains("X[1][1] is -Infinity"));
        Imputation fitted = new SimpleImputer().fit(Matrix.of(new double[][] {{1, 2}}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fitted.transform(inf)).getMessage().contains("X[1][1]"));
        assertThrows(IllegalArgumentException.class, () -> new SimpleImputer().fit(Matrix.zeros(0, 2)));
        assertThrows(ShapeMismatchException.class, () -> fitted.transform(Matrix.zeros(1, 3)));
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SimpleImputer(null));
        assertThrows(IllegalArgumentException.class, () -> new SimpleImputer().withFillValue(NaN));
    }

    /** 15×3 Gaussian data with every fourth entry missing, so every column has observed values. */
    private static Dataset<?> withHoles(long seed) {
        Matrix X = RandomMatrices.gaussian(new Rng(seed), 15, 3);
        for (int k = 0; k < 45; k += 4) {
            X.set(k / 3, k % 3, NaN);
        }
        return new Dataset<>(X, null);
    }
}
