package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.estimator.UnsupervisedContract;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class StandardScalerTest {
    /** Mean and variance of standardized columns of N(0,1)·scale + shift data with n ≤ 40 rows. */
    private static final double MOMENT_TOLERANCE = 1e-12;
    private static final double ROUND_TRIP_TOLERANCE = 1e-12;

    private static final CaseGen DATA = CaseGen.create().dim("n", 2, 40).dim("p", 1, 6)
            .matrix("X", "n", "p").scalar("shift", -1000.0, 1000.0).scalar("scale", 0.001, 1000.0);

    @TestFactory
    Stream<DynamicContainer> theScalerKeepsTheTransformerContract() {
        return Stream.of(UnsupervisedContract.transformer("StandardScaler", StandardScaler::transformer,
                seed -> new Dataset<>(RandomMatrices.gaussian(new Rng(seed), 15, 3).map(v -> 40 * v - 7), null)));
    }

    @Test
    void standardizedTrainingColumnsHaveMeanZeroAndVarianceOne() {
        Property.forAll(DATA, 31, 300, c -> {
            Matrix X = c.matrix("X").map(v -> v * c.scalar("scale") + c.scalar("shift"));
            Matrix Z = StandardScaler.fit(X).transform(X);
            for (int j = 0; j < Z.cols(); j++) {
                double[] z = Z.column(j);
                double mean = 0.0;
                double sq = 0.0;
                for (double v : z) {
                    mean += v / z.length;
                }
                for (double v : z) {
                    sq += (v - mean) * (v - mean) / z.length;
                }
                assertEquals(0.0, mean, MOMENT_TOLERANCE, "mean of column " + j);
                assertEquals(1.0, sq, MOMENT_TOLERANCE, "variance of column " + j);
            }
        });
    }

    @Test
    void inverseTransformUndoesTransform() {
        Property.forAll(DATA, 32, 200, c -> {
            Matrix X = c.matrix("X").map(v -> v * c.scalar("scale") + c.scalar("shift"));
            StandardScaler s = StandardScaler.fit(X);
            Matrix back = s.inverseTransform(s.transform(X));
            assertTrue(back.minus(X).maxAbs() <= ROUND_TRIP_TOLERANCE * Math.max(1.0, X.maxAbs()), "round trip");
        });
    }

    @Test
    void testRowsAreScaledWithTheTrainingStatistics() {
        Matrix train = Matrix.of(new double[][] {{1, 10}, {3, 10}});
        Matrix test = Matrix.of(new double[][] {{5, 12}});
        StandardScaler s = StandardScaler.fit(train);
        assertArrayEquals(new double[] {2, 10}, s.mean());
        assertArrayEquals(new double[] {1, 0}, s.variance());
        assertArrayEquals(new double[] {1, 1}, s.scale(), "a constant column keeps scale 1");
        assertEquals(Matrix.of(new double[][] {{3, 2}}), s.transform(test));
    }

    @Test
    void aConstantColumnIsOnlyCentredEvenWhenRoundingMakesItsVarianceTiny() {
        Matrix X = Matrix.column(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1});
        StandardScaler s = StandardScaler.fit(X);
        assertEquals(1.0, s.scale()[0]);
        assertTrue(s.transform(X).maxAbs() < 1e-15);
    }

    @Test
    void anExactlyConstantColumnHasVarianceExactlyZero() {
        StandardScaler tenCopies = StandardScaler.fit(Matrix.filled(10, 1, 1e-10));
        assertEquals(0.0, tenCopies.variance()[0], "Σ(x − μ)²/n alone gives 1.7e-52 here");
        assertEquals(1.0, tenCopies.scale()[0]);
        Property.forAll(CaseGen.create().dim("n", 1, 200).scalar("c", -1e6, 1e6).scalar("magnitude", -300, 300), 33, 300, c -> {
            double value = c.scalar("c") * Math.pow(10, Math.rint(c.scalar("magnitude")));
            StandardScaler s = StandardScaler.fit(Matrix.filled(c.dim("n"), 1, value));
            assertEquals(0.0, s.variance()[0], "variance of " + c.dim("n") + " copies of " + value);
            assertEquals(1.0, s.scale()[0], "a constant column is only centred");
            assertEquals(0.0, s.transform(Matrix.filled(2, 1, value)).maxAbs(), c.dim("n") * Math.ulp(value),
                    "centred to 0 up to the rounding of the mean");
        });
    }

    @Test
    void theVarianceIsThePopulationVariance() {
        StandardScaler s = StandardScaler.fit(Matrix.column(new double[] {1, 2, 3, 4}));
        assertArrayEquals(new double[] {2.5}, s.mean());
        assertArrayEquals(new double[] {1.25}, s.variance());
        assertArrayEquals(new double[] {Math.sqrt(1.25)}, s.scale());
    }

    @Test
    void columnsOfTinyOrHugeNumbersAreScaledAsAnyOther() {
        double[] x = {1, 2, 3, 5};
        double sigma = Math.sqrt(2.1875);   // population standard deviation of x
        for (double unit : new double[] {1e-200, 1e-160, 1e160, 1e200}) {
            StandardScaler s = StandardScaler.fit(Matrix.column(x).map(v -> v * unit));
            assertEquals(sigma * unit, s.scale()[0], 4 * Math.ulp(sigma * unit), "scale of x·" + unit);
            Matrix Z = s.transform(Matrix.column(x).map(v -> v * unit));
            assertEquals(Matrix.column(x).map(v -> (v - 2.75) / sigma).maxAbs(), Z.maxAbs(), 1e-15, "z of x·" + unit);
        }
        assertEquals(Double.POSITIVE_INFINITY, StandardScaler.fit(Matrix.column(x).map(v -> v * 1e200)).variance()[0],
                "σ² = 2.2e400 overflows; the scale does not");
    }

    @Test
    void missingValuesAreRejectedByFitWithTheirPosition() {
        Matrix X = Matrix.of(new double[][] {{1, 2}, {3, Double.NaN}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StandardScaler.fit(X));
        assertTrue(e.getMessage().contains("StandardScaler.fit: X[1][1] is NaN"), e.getMessage());
    }

    @Test
    void aMatrixWithOtherColumnsIsRejected() {
        StandardScaler s = StandardScaler.fit(Matrix.zeros(3, 2));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> s.transform(Matrix.zeros(3, 3)));
        assertTrue(e.getMessage().contains("3×3"), e.getMessage());
    }

    @Test
    void accessorsReturnCopiesAndFitDoesNotModifyX() {
        Matrix X = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        Matrix before = X.copy();
        StandardScaler s = StandardScaler.fit(X);
        s.mean()[0] = 99;
        s.scale()[0] = 99;
        assertArrayEquals(new double[] {2, 3}, s.mean());
        assertArrayEquals(new double[] {1, 1}, s.scale());
        assertEquals(before, X);
    }
}
