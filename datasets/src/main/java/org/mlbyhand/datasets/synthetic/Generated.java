package org.mlbyhand.datasets.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.datasets.Dataset;

/** Helpers shared by the generators: argument checks, names, and the final shuffle. */
final class Generated {
    private Generated() {
    }

    /** Returns the data set with its rows in a random order drawn from rng. */
    static Dataset shuffled(String name, Matrix X, double[] y, List<String> classNames, Rng rng) {
        int[] order = rng.permutation(X.rows());
        double[] ys = new double[y.length];
        for (int k = 0; k < order.length; k++) {
            ys[k] = y[order[k]];
        }
        return new Dataset(name, X.selectRows(order), ys, featureNames(X.cols()), classNames);
    }

    /** Returns x0, x1, …, x(p−1). */
    static List<String> featureNames(int p) {
        List<String> names = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            names.add("x" + j);
        }
        return names;
    }

    /** Returns "0", "1", …, "k−1". */
    static List<String> classNames(int k) {
        List<String> names = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            names.add(String.valueOf(c));
        }
        return names;
    }

    /** Returns i/(m−1), the i-th of m evenly spaced points in [0, 1] (0 when m = 1). */
    static double linspace01(int i, int m) {
        return m == 1 ? 0.0 : (double) i / (m - 1);
    }

    static void atLeast(String generator, String what, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(generator + ": " + what + " must be ≥ " + min + ", got " + value);
        }
    }

    static void nonNegative(String generator, String what, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(generator + ": " + what + " must be finite and ≥ 0, got " + value);
        }
    }
}
