package org.mlbyhand.benchmarks;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.synthetic.Classification;
import org.mlbyhand.datasets.synthetic.Regression;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;

/**
 * The seeded data of the model benchmarks, from {@code datasets.synthetic}, and the same numbers in the
 * form Smile takes. Every data set has n training rows and {@link #TEST_ROWS} held-out rows drawn with
 * them, on which the agreement checks compare predictions.
 */
final class ModelData {
    /** Every model benchmark draws its data from this seed ({@link Operands#SEED}'s neighbour). */
    static final long SEED = 20261203L;
    /** Held-out rows for the agreement checks. */
    static final int TEST_ROWS = 2000;
    /** The response column of every Smile data frame (the features are V1 … Vp, Smile's default names). */
    static final Formula RESPONSE = Formula.lhs("y");

    private ModelData() {
    }

    /**
     * A two-class problem, {@link Classification#sample}: the first {@code informative} features carry the
     * class (a cluster per class around a vertex of {−classSep, +classSep}^informative), the rest are noise.
     */
    static Labelled classification(int n, int p, int informative, double classSep) {
        Dataset d = Classification.sample(n + TEST_ROWS, p, informative, 2, classSep, SEED);
        Matrix X = d.features();
        int[] y = d.labels();
        return new Labelled(X.slice(0, n, 0, p), Arrays.copyOf(y, n), X.slice(n, n + TEST_ROWS, 0, p),
                Arrays.copyOfRange(y, n, n + TEST_ROWS));
    }

    /** A linear regression problem with noise, {@link Regression#sample}: y = X·w + N(0, noise²). */
    static Valued regression(int n, int p, int informative, double noise) {
        Dataset d = Regression.sample(n + TEST_ROWS, p, informative, 0.0, noise, SEED).data();
        Matrix X = d.features();
        double[] y = d.targets();
        return new Valued(X.slice(0, n, 0, p), Arrays.copyOf(y, n), X.slice(n, n + TEST_ROWS, 0, p));
    }

    /** Parses "nxp" into {n, p}. */
    static int[] shape(String nxp) {
        String[] parts = nxp.split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("shape must be nxp, got " + nxp);
        }
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    /** The rows of X as a Smile data frame with columns V1 … Vp and the class labels as column y. */
    static DataFrame frame(Matrix X, int[] y) {
        return DataFrame.of(X.toArray()).merge(IntVector.of("y", y));
    }

    /** The rows of X as a Smile data frame with columns V1 … Vp and the targets as column y. */
    static DataFrame frame(Matrix X, double[] y) {
        return DataFrame.of(X.toArray()).merge(DoubleVector.of("y", y));
    }

    /** Training rows with class labels, and held-out rows with theirs. */
    record Labelled(Matrix X, int[] y, Matrix testX, int[] testY) {
    }

    /** Training rows with real targets, and held-out rows. */
    record Valued(Matrix X, double[] y, Matrix testX) {
    }

    /** The fraction of entries where a and b agree. */
    static double agreement(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return same / (double) a.length;
    }
}
