package org.mlbyhand.datasets;

import java.util.List;
import java.util.Set;

/**
 * Wine recognition (Forina et al.; UCI): 178 wines from three cultivars, 13 chemical measurements.
 *
 * <p>Features are on very different scales (proline ~10³, hue ~1): standardize before any
 * distance-based or gradient method. Classes: 0 class_0 (59), 1 class_1 (71), 2 class_2 (48).
 */
public final class Wine {
    /** The bundled file. */
    public static final String FILE = "wine.csv";
    /** Class names, in index order (scikit-learn's). */
    public static final List<String> CLASSES = List.of("class_0", "class_1", "class_2");

    private Wine() {
    }

    /**
     * Loads the data set: X is 178×13, targets are class indices.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Dataset load() {
        return Tabular.load("wine", FILE, "class", CLASSES, Set.of(), Set.of());
    }
}
