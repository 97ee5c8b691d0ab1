package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.data.OneHotEncoder.Drop;
import org.mlbyhand.core.data.OneHotEncoder.HandleUnknown;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.estimator.UnsupervisedContract;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

class OneHotEncoderTest {
    /** Column 0 has categories 1, 5, 9 (seen out of order); column 1 has 0, 1; column 2 only 4. */
    private static final Matrix C = Matrix.of(new double[][] {{9, 1, 4}, {1, 0, 4}, {5, 1, 4}, {9, 0, 4}});

    @TestFactory
    Stream<DynamicContainer> everyVariantKeepsTheTransformerContract() {
        return Stream.of(
                UnsupervisedContract.transformer("OneHotEncoder", OneHotEncoder::new, OneHotEncoderTest::codes),
                UnsupervisedContract.transformer("OneHotEncoder (first dropped)", () -> new OneHotEncoder().withDrop(Drop.FIRST),
                        OneHotEncoderTest::codes),
                UnsupervisedContract.transformer("OneHotEncoder (if binary, unknown ignored)",
                        () -> new OneHotEncoder().withDrop(Drop.IF_BINARY).withHandleUnknown(HandleUnknown.IGNORE), OneHotEncoderTest::codes));
    }

    @Test
    void categoriesAreTheSortedDistinctTrainingValuesOfEachColumn() {
        OneHotEncoding e = new OneHotEncoder().fit(C);
        assertArrayEquals(new double[][] {{1, 5, 9}, {0, 1}, {4}}, e.categories());
        assertArrayEquals(new int[] {-1, -1, -1}, e.dropIdx());
        Matrix Z = e.transform(C);
        assertEquals("4×6", Z.shape());
        assertArrayEquals(new double[] {0, 0, 1, 0, 1, 1}, Z.row(0));
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 1}, Z.row(1));
    }

    @Test
    void dropFirstRemovesEachColumnsFirstCategoryAndASingleCategoryColumnEntirely() {
        OneHotEncoding e = new OneHotEncoder().withDrop(Drop.FIRST).fit(C);
        assertArrayEquals(new int[] {0, 0, 0}, e.dropIdx());
        Matrix Z = e.transform(C);
        assertEquals("4×3", Z.shape());
        assertArrayEquals(new double[] {0, 1, 1}, Z.row(0));
        assertArrayEquals(new double[] {0, 0, 0}, Z.row(1), "1 and 0 are the dropped categories: all zeros");
    }

    @Test
    void dropIfBinaryTouchesTheTwoCategoryColumnsOnly() {
        OneHotEncoding e = new OneHotEncoder().withDrop(Drop.IF_BINARY).fit(C);
        assertArrayEquals(new int[] {-1, 0, -1}, e.dropIdx());
        assertArrayEquals(new double[] {0, 0, 1, 1, 1}, e.transform(C).row(0));
    }

    @Test
    void anUnknownValueIsAnErrorNamingItOrAllZerosWhenIgnored() {
        Matrix unknown = Matrix.of(new double[][] {{5, 1, 4}, {2, 0, 4}});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new OneHotEncoder().fit(C).transform(unknown));
        assertTrue(error.getMessage().contains("X[1][0] = 2.0") && error.getMessage().contains("[1.0, 5.0, 9.0]"), error.getMessage());
        Matrix Z = new OneHotEncoder().withHandleUnknown(HandleUnknown.IGNORE).fit(C).transform(unknown);
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 1}, Z.row(1));
    }

    @Test
    void negativeZeroIsTheSameCategoryAsZero() {
        OneHotEncoding e = new OneHotEncoder().fit(Matrix.column(new double[] {0.0, -0.0, 1}));
        assertArrayEquals(new double[][] {{0, 1}}, e.categories());
        assertArrayEquals(new double[] {1, 0}, e.transform(Matrix.column(new double[] {-0.0})).row(0));
    }

    @Test
    void aMissingValueIsRefusedNamingIt() {
        Matrix withNaN = Matrix.of(new double[][] {{1, 2}, {Double.NaN, 3}});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new OneHotEncoder().fit(withNaN)).getMessage().contains("X[1][0] is NaN"));
    }

    /** 12×3 category codes: column j takes j + 2 values, codes 0, 10, 20, … (every value present). */
    private static Dataset<?> codes(long seed) {
        Rng rng = new Rng(seed);
        Matrix X = Matrix.zeros(12, 3);
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 3; j++) {
                X.set(i, j, 10.0 * (i < j + 2 ? i : rng.nextInt(j + 2)));
            }
        }
        return new Dataset<>(X, null);
    }
}
