package org.mlbyhand.datasets;

import java.util.List;
import java.util.Map;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A subset of Labeled Faces in the Wild (Huang, Ramesh, Berg and Learned-Miller, 2007), as shipped by
 * scikit-image ({@code skimage.data.lfw_subset}): 100 face images, then 100 non-face patches cut from
 * the backgrounds of the same photographs, each 25×25 grey pixels. Enough for eigenfaces.
 *
 * <p>Pixel scale: grey level in [0, 1] (0 black), as stored by scikit-image (doubles, not multiples
 * of 1/255: the crops were resized). Row i read row-major is the image
 * ({@link Images#image}{@code (X, i, 25, 25)}). Classes: 0 face (rows 0–99), 1 non-face (rows 100–199).
 */
public final class Faces {
    /** The bundled file: scikit-image's {@code lfw_subset.npy}, gzipped. */
    public static final String FILE = "lfw_subset.npy.gz";
    /** Image height and width in pixels. */
    public static final int SIDE = 25;
    /** Class names, in index order. */
    public static final List<String> CLASSES = List.of("face", "non-face");

    private Faces() {
    }

    /**
     * Loads all 200 images: X is 200×625 in [0, 1], targets are face (0) or non-face (1).
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Dataset load() {
        Npy.Array a = Npy.parse(FILE, Resources.read(FILE));
        int[] s = a.shape();
        if (s.length != 3 || s[1] != SIDE || s[2] != SIDE || s[0] % 2 != 0) {
            throw new DatasetException(FILE, "array shape " + java.util.Arrays.toString(s)
                    + ", expected (an even count, 25, 25)");
        }
        int n = s[0];
        Resources.checkShape(FILE, n + "×" + SIDE * SIDE);
        Matrix X = Matrix.fromRowMajor(n, SIDE * SIDE, a.values());
        double[] y = new double[n];
        for (int i = n / 2; i < n; i++) {
            y[i] = 1;
        }
        return Dataset.adopt("lfw_faces", X, y, Images.pixelNames(SIDE, SIDE), CLASSES, Map.of());
    }

    /**
     * Loads the 100 face images only (rows 0–99 of {@link #load()}): X is 100×625.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Matrix faces() {
        Matrix X = load().features();
        return X.slice(0, X.rows() / 2, 0, X.cols());
    }
}
