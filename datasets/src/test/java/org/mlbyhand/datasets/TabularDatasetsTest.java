package org.mlbyhand.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;

class TabularDatasetsTest {
    @Test
    void irisHasScikitLearnsNamesAndItsFirstRow() {
        Dataset iris = Iris.load();
        assertEquals(List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"),
                iris.featureNames());
        assertEquals(Iris.CLASSES, iris.classNames());
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.features().row(0));
        assertArrayEquals(new int[] {50, 50, 50}, iris.classCounts());
    }

    @Test
    void accessorsReturnCopies() {
        Dataset iris = Iris.load();
        Matrix X = iris.features();
        X.set(0, 0, -1);
        iris.targets()[0] = 7;
        iris.labels()[0] = 7;
        assertEquals(5.1, iris.features().get(0, 0));
        assertEquals(0, iris.labels()[0]);
        assertThrows(UnsupportedOperationException.class, () -> iris.featureNames().set(0, "x"));
    }

    @Test
    void wineAndBreastCancerKeepScikitLearnsClassOrder() {
        Dataset wine = Wine.load();
        assertEquals("proline", wine.featureNames().get(12));
        assertEquals(1065.0, wine.features().get(0, 12));
        Dataset cancer = BreastCancer.load();
        assertEquals(List.of("malignant", "benign"), cancer.classNames());
        assertEquals("worst fractal dimension", cancer.featureNames().get(29));
        assertEquals(0, cancer.labels()[0], "the first tumour is malignant");
    }

    @Test
    void diabetesIsARawRegressionDataSet() {
        Dataset d = Diabetes.load();
        assertEquals(List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"), d.featureNames());
        assertArrayEquals(new double[] {59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87}, d.features().row(0));
        assertEquals(151.0, d.targets()[0]);
        assertTrue(d.classNames().isEmpty());
        assertThrows(IllegalStateException.class, d::labels);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double y : d.targets()) {
            min = Math.min(min, y);
            max = Math.max(max, y);
        }
        assertEquals(25.0, min);
        assertEquals(346.0, max);
    }

    @Test
    void digitsAreCountsFromZeroToSixteenAndReshapeToEightByEight() {
        Dataset digits = Digits.load();
        Matrix X = digits.features();
        assertEquals(0.0, min(X));
        assertEquals(16.0, max(X));
        Matrix first = Images.image(X, 0, Digits.SIDE, Digits.SIDE);
        assertArrayEquals(new double[] {0, 0, 5, 13, 9, 1, 0, 0}, first.row(0));
        assertEquals("pixel_7_7", digits.featureNames().get(63));
    }

    @Test
    void penguinsKeepTheirMissingValuesAsNaN() {
        Dataset p = Penguins.load();
        assertEquals(List.of("island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "sex", "year"),
                p.featureNames());
        assertEquals(List.of("Biscoe", "Dream", "Torgersen"), p.categories("island"));
        assertEquals(List.of("female", "male"), p.categories("sex"));
        assertEquals(List.of(), p.categories("year"));
        int[] missing = missingPerColumn(p.features());
        assertArrayEquals(new int[] {0, 2, 2, 2, 2, 11, 0}, missing);
        Matrix X = p.features();
        assertEquals(2.0, X.get(0, 0), "the first penguin lives on Torgersen");
        assertEquals(1.0, X.get(0, 5), "and is male");
        assertTrue(Double.isNaN(X.get(3, 1)), "row 4 of the CSV is all NA");
    }

    @Test
    void titanicKeepsEveryoneAndTheirMissingValues() {
        Dataset t = Titanic.load();
        assertEquals(List.of("gender", "age", "class", "embarked", "country", "fare", "sibsp", "parch"), t.featureNames());
        assertEquals(List.of("1st", "2nd", "3rd", "deck crew", "engineering crew", "restaurant staff", "victualling crew"),
                t.categories("class"));
        assertEquals(48, t.categories("country").size());
        assertArrayEquals(new int[] {0, 2, 0, 0, 81, 916, 900, 900}, missingPerColumn(t.features()));
        Dataset passengers = Titanic.passengers();
        assertEquals(1317, passengers.rows());
        assertEquals(List.of("1st", "2nd", "3rd"), passengers.categories("class"));
        assertArrayEquals(new int[] {0, 2, 0, 0, 77, 26, 10, 10}, missingPerColumn(passengers.features()));
        assertEquals(7.11, t.features().get(0, 5), "Mr Abbing's fare");
    }

    @Test
    void askingForAnUnknownFeatureNamesTheFeatures() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.load().categories("colour"));
        assertTrue(e.getMessage().contains("sepal length (cm)"), e.getMessage());
    }

    static int[] missingPerColumn(Matrix X) {
        int[] missing = new int[X.cols()];
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                if (Double.isNaN(X.get(i, j))) {
                    missing[j]++;
                }
            }
        }
        return missing;
    }

    static double min(Matrix X) {
        return java.util.Arrays.stream(X.toRowMajorArray()).min().orElseThrow();
    }

    static double max(Matrix X) {
        return java.util.Arrays.stream(X.toRowMajorArray()).max().orElseThrow();
    }
}
