package org.mlbyhand.datasets;

import java.util.List;
import java.util.Map;
import org.mlbyhand.core.linalg.Matrix;

/**
 * MNIST handwritten digits (LeCun, Bottou, Bengio and Haffner, 1998): 60,000 training and 10,000 test
 * images of 28×28 pixels, each labelled 0 … 9. The four original IDX files, gzipped.
 *
 * <p>Pixel scale: X_ij = byte / 255, in [0, 1], with 0 the background (white paper) and 1 full ink.
 * Row i read row-major is the image ({@link Images#image}{@code (X, i, 28, 28)}). Memory: the full
 * training set is 60000×784 doubles, about 376 MB, and {@code features()} returns a copy; ask for
 * fewer rows with {@link #train(int)} on a small machine.
 */
public final class Mnist {
    /** Image height and width in pixels. */
    public static final int SIDE = 28;
    /** Class names, in index order: "0" … "9". */
    public static final List<String> CLASSES = Digits.CLASSES;
    /** The bundled training images (IDX, gzipped). */
    public static final String TRAIN_IMAGES = "mnist/train-images-idx3-ubyte.gz";
    /** The bundled training labels (IDX, gzipped). */
    public static final String TRAIN_LABELS = "mnist/train-labels-idx1-ubyte.gz";
    /** The bundled test images (IDX, gzipped). */
    public static final String TEST_IMAGES = "mnist/t10k-images-idx3-ubyte.gz";
    /** The bundled test labels (IDX, gzipped). */
    public static final String TEST_LABELS = "mnist/t10k-labels-idx1-ubyte.gz";

    private Mnist() {
    }

    /**
     * Loads the 60,000 training images: X is 60000×784 in [0, 1], targets are the digits.
     *
     * @throws DatasetException if a bundled file is missing, corrupt or malformed
     */
    public static Dataset train() {
        return load("mnist_train", TRAIN_IMAGES, TRAIN_LABELS, Integer.MAX_VALUE);
    }

    /**
     * Loads the first {@code n} training images (in the file's order): X is n×784.
     *
     * @param n how many, in [0, 60000]
     * @throws IllegalArgumentException if n is outside [0, 60000]
     */
    public static Dataset train(int n) {
        if (n < 0 || n > 60000) {
            throw new IllegalArgumentException("Mnist.train: n must be in [0, 60000], got " + n);
        }
        return load("mnist_train", TRAIN_IMAGES, TRAIN_LABELS, n);
    }

    /**
     * Loads the 10,000 test images: X is 10000×784 in [0, 1], targets are the digits.
     *
     * @throws DatasetException if a bundled file is missing, corrupt or malformed
     */
    public static Dataset test() {
        return load("mnist_test", TEST_IMAGES, TEST_LABELS, Integer.MAX_VALUE);
    }

    private static Dataset load(String name, String imageFile, String labelFile, int limit) {
        Idx images = Idx.parse(imageFile, Resources.read(imageFile), 3);
        Idx labels = Idx.parse(labelFile, Resources.read(labelFile), 1);
        int total = images.size(0);
        Resources.checkShape(imageFile, total + "×" + images.size(1) * images.size(2));
        Resources.checkShape(labelFile, String.valueOf(labels.size(0)));
        if (labels.size(0) != total || images.size(1) != SIDE || images.size(2) != SIDE) {
            throw new DatasetException(imageFile, total + " images of " + images.size(1) + "×" + images.size(2)
                    + " pixels with " + labels.size(0) + " labels; expected 28×28 and one label per image");
        }
        int n = Math.min(limit, total);
        int p = SIDE * SIDE;
        double[] scaled = new double[256];      // byte b ↦ b / 255, computed once
        for (int b = 0; b < 256; b++) {
            scaled[b] = b / 255.0;
        }
        Matrix X = Matrix.zeros(n, p);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                X.set(i, j, scaled[images.value((long) i * p + j)]);
            }
            int label = labels.value(i);
            if (label > 9) {
                throw new DatasetException(labelFile, "label " + i + " is " + label + ", not a digit");
            }
            y[i] = label;
        }
        return Dataset.adopt(name, X, y, Images.pixelNames(SIDE, SIDE), CLASSES, Map.of());
    }
}
