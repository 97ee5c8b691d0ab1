package org.mlbyhand.datasets;

import java.util.List;
import java.util.Set;

/**
 * Optical recognition of handwritten digits (Alpaydin and Kaynak; UCI), scikit-learn's copy: 1797
 * images of 8×8 pixels.
 *
 * <p>Pixel scale: each feature is a count in 0 … 16 (the number of "on" pixels in a 4×4 block of the
 * original 32×32 bitmap); divide by 16 for [0, 1]. Feature {@code pixel_r_c} is row r, column c, so
 * row i of X read row-major is the image ({@link Images#image}). Classes: the digits 0 … 9.
 */
public final class Digits {
    /** The bundled file. */
    public static final String FILE = "digits.csv.gz";
    /** Class names, in index order: "0" … "9". */
    public static final List<String> CLASSES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** Image height and width in pixels. */
    public static final int SIDE = 8;

    private Digits() {
    }

    /**
     * Loads the data set: X is 1797×64 with counts in 0 … 16, targets are the digits.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Dataset load() {
        return Tabular.load("digits", FILE, "digit", CLASSES, Set.of(), Set.of());
    }
}
