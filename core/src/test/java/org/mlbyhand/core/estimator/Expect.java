package org.mlbyhand.core.estimator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Pattern;
import org.junit.jupiter.api.function.Executable;
import org.mlbyhand.core.linalg.Matrix;

/** The assertions the contract tests share: named exceptions, and bit-identical results of any type. */
final class Expect {
    /** A message names its operation first: {@code "Ridge.fit: …"}. */
    private static final Pattern NAMES_OPERATION = Pattern.compile("^[A-Za-z]+(\\.[A-Za-z]+)?: .+");

    /** Allowed difference between a row predicted in a batch and alone, relative to max(1, |value|). */
    private static final double ROW_ALONE = 1e-12;

    private Expect() {
    }

    /** Asserts that call throws exactly {@code type} (or a subclass), naming an operation and containing every part. */
    static void throwsNaming(Class<? extends Throwable> type, Executable call, String... parts) {
        Throwable e = assertThrows(type, call);
        String message = String.valueOf(e.getMessage());
        if (!NAMES_OPERATION.matcher(message).matches()) {
            fail("the message does not start with the operation (\"Ridge.fit: …\"): \"" + message + "\"");
        }
        for (String part : parts) {
            if (!message.contains(part)) {
                fail("the message \"" + message + "\" does not contain \"" + part + "\"");
            }
        }
    }

    /** Asserts that a and b (double[], int[] or Matrix) are bit-identical. */
    static void identical(String what, Object a, Object b) {
        if (a instanceof double[] x && b instanceof double[] y) {
            assertArrayEquals(x, y, what + ": not bit-identical");
        } else if (a instanceof int[] x && b instanceof int[] y) {
            assertArrayEquals(x, y, what + ": not identical");
        } else if (a instanceof Matrix A && b instanceof Matrix B) {
            assertEquals(A.shape(), B.shape(), what + ": shapes differ");
            assertArrayEquals(A.toRowMajorArray(), B.toRowMajorArray(), what + ": not bit-identical");
        } else {
            fail(what + ": cannot compare " + a + " with " + b);
        }
    }

    /**
     * Asserts that row i of a batch result equals the result of that row alone: labels exactly, real
     * values within {@link #ROW_ALONE} relative (a kernel may sum in another order for another batch size).
     */
    static void sameRow(String what, Object batch, int i, Object alone) {
        if (batch instanceof int[] b && alone instanceof int[] a) {
            assertEquals(b[i], a[0], what);
        } else if (batch instanceof double[] b && alone instanceof double[] a) {
            assertEquals(b[i], a[0], ROW_ALONE * Math.max(1.0, Math.abs(b[i])), what);
        } else if (batch instanceof Matrix B && alone instanceof Matrix A) {
            assertArrayEquals(B.row(i), A.row(0), ROW_ALONE, what);
        } else {
            fail(what + ": cannot compare " + batch + " with " + alone);
        }
    }

    /** Returns the length of a prediction array (double[] or int[]). */
    static int length(Object predictions) {
        return java.lang.reflect.Array.getLength(predictions);
    }

    /** Returns X with one more column (of ones): a matrix of the wrong width. */
    static Matrix widened(Matrix X) {
        Matrix W = Matrix.filled(X.rows(), X.cols() + 1, 1.0);
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                W.set(i, j, X.get(i, j));
            }
        }
        return W;
    }

    /** Returns a copy of X with {@code value} at [i][j]. */
    static Matrix with(Matrix X, int i, int j, double value) {
        Matrix C = X.copy();
        C.set(i, j, value);
        return C;
    }
}
