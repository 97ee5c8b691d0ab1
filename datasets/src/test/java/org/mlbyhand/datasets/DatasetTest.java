package org.mlbyhand.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

class DatasetTest {
    private static final Matrix X = Matrix.of(new double[][] {{1, 0}, {2, 1}, {3, 0}});

    @Test
    void theConstructorCopiesItsArguments() {
        Matrix features = X.copy();
        double[] y = {0, 1, 1};
        Dataset d = new Dataset("toy", features, y, List.of("a", "b"), List.of("no", "yes"), Map.of("b", List.of("x", "y")));
        features.set(0, 0, 99);
        y[0] = 1;
        assertEquals(X, d.features());
        assertEquals(0, d.labels()[0]);
        assertEquals(List.of("x", "y"), d.categories("b"));
        assertEquals("toy: 3×2, classes no=1 yes=2", d.toString());
    }

    @Test
    void targetsThatDoNotFitAreRejectedWithShapesOrTheValue() {
        ShapeMismatchException s = assertThrows(ShapeMismatchException.class,
                () -> new Dataset("toy", X, new double[2], List.of("a", "b"), List.of()));
        assertEquals("toy: X is 3×2 but y has length 2", s.getMessage());
        s = assertThrows(ShapeMismatchException.class, () -> new Dataset("toy", X, new double[3], List.of("a"), List.of()));
        assertEquals("toy: X is 3×2 but there are 1 feature names", s.getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset("toy", X, new double[] {0, 0.5, 1}, List.of("a", "b"), List.of("no", "yes")));
        assertEquals("toy: y[1] = 0.5 is not a class index in [0, 2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Dataset("toy", X, new double[3], List.of("a", "b"),
                List.of(), Map.of("c", List.of("x"))));
        assertEquals("toy: categories given for 'c', which is not a feature", e.getMessage());
    }
}
