package org.mlbyhand.core.golden;

import static org.junit.jupiter.api.Assertions.fail;

import org.mlbyhand.core.linalg.Matrix;

/**
 * Comparisons of computed numbers with expected ones within an absolute tolerance, failing with a
 * message that names the quantity, the first index out of tolerance, both values, the largest
 * difference and the tolerance.
 */
public final class Close {
    private Close() {
    }

    /** Returns max |a[i] − b[i]|. */
    public static double maxAbsDifference(double[] a, double[] b) {
        double m = 0.0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /** Asserts |expected − actual| ≤ tol. */
    public static void assertClose(String what, double expected, double actual, double tol) {
        assertClose(what, new double[] {expected}, new double[] {actual}, tol);
    }

    /** Asserts equal lengths and |expected[i] − actual[i]| ≤ tol for every i. */
    public static void assertClose(String what, double[] expected, double[] actual, double tol) {
        if (expected.length != actual.length) {
            fail(what + ": expected length " + expected.length + ", got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(expected[i] - actual[i]) <= tol)) {
                fail(what + ": at [" + i + "] expected " + expected[i] + ", got " + actual[i] + " (largest difference "
                        + maxAbsDifference(expected, actual) + ", tolerance " + tol + ")");
            }
        }
    }

    /** Asserts equal shapes and every entry within tol. */
    public static void assertClose(String what, Matrix expected, Matrix actual, double tol) {
        if (expected.rows() != actual.rows() || expected.cols() != actual.cols()) {
            fail(what + ": expected " + expected.shape() + ", got " + actual.shape());
        }
        assertClose(what + " (row-major)", expected.toRowMajorArray(), actual.toRowMajorArray(), tol);
    }
}
