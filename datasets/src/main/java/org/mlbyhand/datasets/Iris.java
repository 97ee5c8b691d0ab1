package org.mlbyhand.datasets;

import java.util.List;
import java.util.Set;

/**
 * Fisher's iris flowers (1936): 150 flowers, 4 measurements in cm, 3 species of 50 each.
 *
 * <p>Features: sepal length, sepal width, petal length, petal width (cm). Classes: 0 setosa,
 * 1 versicolor, 2 virginica. Setosa is linearly separable from the other two; those two overlap.
 * From scikit-learn's copy (two rows corrected to Fisher's paper); see {@code datasets/SOURCES.md}.
 */
public final class Iris {
    /** The bundled file. */
    public static final String FILE = "iris.csv";
    /** Class names, in index order. */
    public static final List<String> CLASSES = List.of("setosa", "versicolor", "virginica");

    private Iris() {
    }

    /**
     * Loads the data set: X is 150×4, targets are class indices.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Dataset load() {
        return Tabular.load("iris", FILE, "species", CLASSES, Set.of(), Set.of());
    }
}
