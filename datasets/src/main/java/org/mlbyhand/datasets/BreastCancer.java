package org.mlbyhand.datasets;

import java.util.List;
import java.util.Set;

/**
 * Breast Cancer Wisconsin (diagnostic) (Street, Wolberg and Mangasarian, 1993; UCI): 569 tumours,
 * 30 features computed from a digitized image of a fine needle aspirate (mean, standard error and
 * worst value of ten cell-nucleus measurements).
 *
 * <p>Classes, in scikit-learn's order: 0 malignant (212), 1 benign (357).
 */
public final class BreastCancer {
    /** The bundled file. */
    public static final String FILE = "breast_cancer.csv.gz";
    /** Class names, in index order. */
    public static final List<String> CLASSES = List.of("malignant", "benign");

    private BreastCancer() {
    }

    /**
     * Loads the data set: X is 569×30, targets are class indices.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Dataset load() {
        return Tabular.load("breast_cancer", FILE, "diagnosis", CLASSES, Set.of(), Set.of());
    }
}
