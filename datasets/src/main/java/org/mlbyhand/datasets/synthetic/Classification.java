package org.mlbyhand.datasets.synthetic;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.datasets.Dataset;

/**
 * A multi-class problem with some informative features and some pure noise, a simplified
 * scikit-learn {@code make_classification} (one cluster per class; no redundant or repeated features,
 * no label flipping):
 * <pre>{@code
 *   q = informative;  class c has centre μ_c, a distinct random vertex of the hypercube {−s, +s}^q
 *   (s = classSep), and its own random mixing matrix A_c with entries ~ U[−1, 1)
 *   informative part of a point of class c:   μ_c + A_c · z,   z ~ N(0, I_q)
 *   the other p − q features:                 N(0, 1), independent of the class
 *   ⌊n/k⌋ points per class (the first n mod k classes get one more), then the rows are shuffled
 * }</pre>
 * A larger classSep makes the problem easier. The first q columns are the informative ones.
 */
public final class Classification {
    private Classification() {
    }

    /**
     * Draws the problem.
     *
     * @param n           number of rows, at least k
     * @param p           number of features, at least informative
     * @param informative q, the number of informative features, at least 1, with 2^q ≥ k
     * @param classes     k, at least 2
     * @param classSep    half the side of the hypercube, ≥ 0
     * @param seed        the same seed gives bit-identical data
     * @return X n×p, targets 0 … k−1
     * @throws IllegalArgumentException if the counts do not fit or classSep is negative
     */
    public static Dataset sample(int n, int p, int informative, int classes, double classSep, long seed) {
        Generated.atLeast("classification", "classes", classes, 2);
        Generated.atLeast("classification", "n", n, classes);
        Generated.atLeast("classification", "informative", informative, 1);
        Generated.atLeast("classification", "p", p, informative);
        if (informative < 31 && (1 << informative) < classes) {
            throw new IllegalArgumentException("classification: " + classes + " classes need 2^informative ≥ "
                    + classes + " hypercube vertices, got informative = " + informative);
        }
        Generated.nonNegative("classification", "classSep", classSep);
        Rng rng = new Rng(seed);
        Matrix centers = vertices(rng, classes, informative, classSep);        // (k, q)
        Matrix X = Matrix.zeros(n, p);
        double[] y = new double[n];
        int row = 0;
        for (int c = 0; c < classes; c++) {
            Matrix A = Matrix.zeros(informative, informative);
            for (int a = 0; a < informative; a++) {
                for (int b = 0; b < informative; b++) {
                    A.set(a, b, rng.uniform(-1.0, 1.0));
                }
            }
            int size = n / classes + (c < n % classes ? 1 : 0);
            for (int i = 0; i < size; i++, row++) {
                double[] z = new double[informative];
                for (int j = 0; j < informative; j++) {
                    z[j] = rng.nextGaussian();
                }
                double[] x = A.multiply(z);                                   // (q)
                for (int j = 0; j < informative; j++) {
                    X.set(row, j, centers.get(c, j) + x[j]);
                }
                for (int j = informative; j < p; j++) {
                    X.set(row, j, rng.nextGaussian());
                }
                y[row] = c;
            }
        }
        return Generated.shuffled("classification", X, y, Generated.classNames(classes), rng);
    }

    /** Returns k distinct random vertices of {−s, +s}^q, one per row. */
    private static Matrix vertices(Rng rng, int k, int q, double s) {
        Matrix V = Matrix.zeros(k, q);
        for (int c = 0; c < k; c++) {
            boolean distinct;
            do {
                for (int j = 0; j < q; j++) {
                    V.set(c, j, rng.nextInt(2) == 0 ? -s : s);
                }
                distinct = true;
                for (int d = 0; d < c && distinct; d++) {
                    distinct = !java.util.Arrays.equals(V.row(c), V.row(d));
                }
            } while (!distinct && s > 0);
        }
        return V;
    }
}
