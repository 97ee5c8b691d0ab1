package org.mlbyhand.benchmarks;

/**
 * Checks a product before it is timed, in O(n²) rather than O(n³) (Freivalds' check): for a random
 * vector x,
 * <pre>{@code
 *   C·x  must equal  A·(B·x)   to within  TOLERANCE · (|A|·(|B|·|x|))ᵢ   in every entry i
 * }</pre>
 * A wrong kernel (a missed block edge, a skipped row) fails it with overwhelming probability.
 */
final class Agreement {
    /** Relative to the natural scale of each entry; rounding differences are far below it. */
    static final double TOLERANCE = 1e-10;

    private Agreement() {
    }

    /**
     * Throws IllegalStateException naming {@code what} and the first bad entry unless C = A·B (row-major,
     * A m×k, B k×n, C m×n). No argument is modified.
     */
    static void checkProduct(String what, double[] A, double[] B, double[] C, int m, int k, int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = Math.sin(j + 1.0); // any vector with no zeros and no pattern the kernels could share
        }
        double[] Bx = times(B, x, k, n, false);
        double[] scale = times(A, times(B, x, k, n, true), m, k, true);
        checkVector(what, times(C, x, m, n, false), times(A, Bx, m, k, false), scale);
    }

    /** Throws IllegalStateException unless y = A·x to within TOLERANCE·(|A|·|x|)ᵢ (A m×n row-major). */
    static void checkMatrixVector(String what, double[] A, double[] x, double[] y, int m, int n) {
        checkVector(what, y, times(A, x, m, n, false), times(A, x, m, n, true));
    }

    private static void checkVector(String what, double[] actual, double[] expected, double[] scale) {
        for (int i = 0; i < expected.length; i++) {
            double error = Math.abs(actual[i] - expected[i]);
            if (!(error <= TOLERANCE * scale[i])) {
                throw new IllegalStateException(what + " gives a wrong result: entry " + i + " of the check is "
                        + actual[i] + ", expected " + expected[i] + " (scale " + scale[i] + ")");
            }
        }
    }

    /** A·x for row-major A (rows×cols), or |A|·|x| if {@code absolute}. */
    private static double[] times(double[] A, double[] x, int rows, int cols, boolean absolute) {
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0.0;
            for (int j = 0; j < cols; j++) {
                double a = A[i * cols + j];
                s += absolute ? Math.abs(a) * Math.abs(x[j]) : a * x[j];
            }
            y[i] = s;
        }
        return y;
    }
}
