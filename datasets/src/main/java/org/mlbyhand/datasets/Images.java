package org.mlbyhand.datasets;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Images stored one per row: row i of X holds an h×w image read row-major,
 * <pre>{@code
 *   image_i[r][c] = X[i][r·w + c]
 * }</pre>
 * the layout of {@link Digits}, {@link Mnist} and {@link Faces}.
 */
public final class Images {
    private Images() {
    }

    /**
     * Returns image i of X as an h×w matrix.
     *
     * @param X      n×(h·w) (not modified)
     * @param i      row, in [0, n)
     * @param height h
     * @param width  w
     * @throws ShapeMismatchException if X does not have h·w columns
     */
    public static Matrix image(Matrix X, int i, int height, int width) {
        if ((long) height * width != X.cols()) {
            throw new ShapeMismatchException("Images.image: a " + height + "×" + width + " image needs "
                    + (long) height * width + " columns, X is " + X.shape());
        }
        return Matrix.fromRowMajor(height, width, X.row(i));
    }

    /** Returns the names {@code pixel_r_c} of the h·w pixels, row-major. */
    static List<String> pixelNames(int height, int width) {
        List<String> names = new ArrayList<>(height * width);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                names.add("pixel_" + r + "_" + c);
            }
        }
        return names;
    }
}
