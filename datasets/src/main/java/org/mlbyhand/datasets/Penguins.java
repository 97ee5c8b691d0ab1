package org.mlbyhand.datasets;

import java.util.List;
import java.util.Set;

/**
 * Palmer Archipelago penguins (Gorman, Williams and Fraser, 2014; the palmerpenguins R package,
 * Horst, Hill and Gorman, 2020): 344 penguins of three species on three islands, 2007–2009.
 *
 * <p>Features: island (categorical: 0 Biscoe, 1 Dream, 2 Torgersen), bill length and depth (mm),
 * flipper length (mm), body mass (g), sex (categorical: 0 female, 1 male), year. Classes: 0 Adelie,
 * 1 Chinstrap, 2 Gentoo.
 *
 * <p>It has missing values, kept as NaN: two penguins have no measurements at all and eleven have no
 * sex. Deciding what to do with them (drop the rows, impute, add an indicator) is part of the lesson.
 */
public final class Penguins {
    /** The bundled file (the package's {@code penguins.csv}, unchanged). */
    public static final String FILE = "penguins.csv";
    /** Class names, in index order. */
    public static final List<String> CLASSES = List.of("Adelie", "Chinstrap", "Gentoo");

    private Penguins() {
    }

    /**
     * Loads the data set: X is 344×7 with NaN for missing values, targets are the species.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Dataset load() {
        return Tabular.load("penguins", FILE, "species", CLASSES, Set.of("island", "sex"), Set.of());
    }
}
