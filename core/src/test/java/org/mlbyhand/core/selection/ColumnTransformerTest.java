package org.mlbyhand.core.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.data.Contracts;
import org.mlbyhand.core.data.OneHotEncoder;
import org.mlbyhand.core.data.SimpleImputer;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.estimator.UnsupervisedContract;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class ColumnTransformerTest {
    private static final double NaN = Double.NaN;
    /** Columns: a category code, an age with a hole, a second code, a number nobody asks for. */
    private static final Matrix X = Matrix.of(new double[][] {{1, 20, 0, 7}, {0, NaN, 2, 8}, {1, 40, 2, 9}, {0, 30, 0, 6}});

    /**
     * The transformer contract but for its NaN check: a column transformer leaves NaN to its
     * transformers (a passed-through column keeps it; an index in their messages is within their
     * columns), which {@link #aTransformersErrorNamesTheTransformerAndItsColumns} checks instead.
     */
    @TestFactory
    Stream<DynamicContainer> aColumnTransformerKeepsTheTransformerContractButLeavesNaNToItsTransformers() {
        return Stream.of(Contracts.withoutNaNRejection(UnsupervisedContract.transformer("ColumnTransformer(scaler on [2], scaler on [0, 1], rest passed through)",
                () -> new ColumnTransformer().with(StandardScaler.transformer(), 2).with(StandardScaler.transformer(), 0, 1)
                        .withRemainder(ColumnTransformer.Remainder.PASSTHROUGH), ColumnTransformerTest::gaussian)));
    }

    @Test
    void outputsAreLaidSideBySideInTheOrderGivenThenTheRemainder() {
        ColumnTransformer ct = new ColumnTransformer()
                .with(new SimpleImputer(SimpleImputer.Strategy.MEDIAN), 1)
                .with(new OneHotEncoder(), 0, 2);
        Matrix Z = ct.fit(X).transform(X);
        assertEquals("4×5", Z.shape(), "age, two categories of column 0, two of column 2; column 3 dropped");
        assertArrayEquals(new double[] {30, 1, 0, 0, 1}, Z.row(1));
        Matrix withRest = ct.withRemainder(ColumnTransformer.Remainder.PASSTHROUGH).fit(X).transform(X);
        assertArrayEquals(new double[] {30, 1, 0, 0, 1, 8}, withRest.row(1));
    }

    @Test
    void eachTransformerIsFittedOnItsOwnColumnsOfTheTrainingRows() {
        ColumnTransformer.Model m = new ColumnTransformer().with(StandardScaler.transformer(), 3).fit(X);
        StandardScaler scaler = (StandardScaler) m.transforms().get(0);
        assertArrayEquals(new double[] {7.5}, scaler.mean());
    }

    @Test
    void aTransformersErrorNamesTheTransformerAndItsColumns() {
        ColumnTransformer ct = new ColumnTransformer().with(new SimpleImputer(), 1).with(new OneHotEncoder(), 0, 1);
        String message = assertThrows(IllegalArgumentException.class, () -> ct.fit(X)).getMessage();
        assertTrue(message.contains("transformer 1 on columns [0, 1]") && message.contains("X[1][1] is NaN"), message);
        assertThrows(IllegalArgumentException.class, () -> new ColumnTransformer().with(new SimpleImputer(), 4).fit(X));
        assertThrows(IllegalArgumentException.class, () -> new ColumnTransformer().with(new SimpleImputer(), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ColumnTransformer().with(new SimpleImputer(), -1));
        assertThrows(IllegalArgumentException.class, () -> new ColumnTransformer().with(new SimpleImputer()));
        ColumnTransformer.Model m = new ColumnTransformer().with(new SimpleImputer(), 1).fit(X);
        assertThrows(ShapeMismatchException.class, () -> m.transform(Matrix.zeros(1, 3)));
    }

    private static Dataset<?> gaussian(long seed) {
        return new Dataset<>(RandomMatrices.gaussian(new Rng(seed), 12, 4), null);
    }
}
