package org.mlbyhand.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

class ImageDatasetsTest {
    @Test
    void mnistPixelsAreScaledToTheUnitIntervalAndTheFirstDigitIsAFive() {
        Dataset train = Mnist.train(100);
        assertEquals("100×784", train.shape());
        Matrix X = train.features();
        assertEquals(0.0, TabularDatasetsTest.min(X));
        assertEquals(1.0, TabularDatasetsTest.max(X));
        assertArrayEquals(new int[] {5, 0, 4, 1, 9}, java.util.Arrays.copyOf(train.labels(), 5));
        Matrix image = Images.image(X, 0, Mnist.SIDE, Mnist.SIDE);
        assertEquals(Mnist.SIDE, image.rows());
        assertEquals(X.get(0, 5 * 28 + 12), image.get(5, 12));
        for (int j = 0; j < 784; j++) {
            double scaled = X.get(0, j) * 255.0;
            assertEquals(Math.rint(scaled), scaled, 1e-9, "pixel " + j + " is a byte over 255");
        }
    }

    @Test
    void theMnistTestSetStartsWithASeven() {
        Dataset test = Mnist.test();
        assertEquals("10000×784", test.shape());
        assertEquals(7, test.labels()[0]);
    }

    @Test
    void aPartialMnistLoadIsAPrefixOfTheFullOne() {
        assertEquals(Mnist.train(3).features(), Mnist.train(10).features().slice(0, 3, 0, 784));
        assertThrows(IllegalArgumentException.class, () -> Mnist.train(60001));
    }

    @Test
    void facesAreOneHundredFacesThenOneHundredNonFacesInTheUnitInterval() {
        Dataset faces = Faces.load();
        assertArrayEquals(new int[] {100, 100}, faces.classCounts());
        assertEquals(0, faces.labels()[99]);
        assertEquals(1, faces.labels()[100]);
        Matrix X = faces.features();
        assertEquals(0.0, TabularDatasetsTest.min(X));
        assertEquals(1.0, TabularDatasetsTest.max(X));
        assertEquals("100×625", Faces.faces().shape());
        assertEquals(X.slice(0, 1, 0, 625), Faces.faces().slice(0, 1, 0, 625));
    }

    @Test
    void anImageOfTheWrongSizeIsRejectedWithBothShapes() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> Images.image(Matrix.zeros(2, 10), 0, 3, 3));
        assertEquals("Images.image: a 3×3 image needs 9 columns, X is 2×10", e.getMessage());
    }
}
