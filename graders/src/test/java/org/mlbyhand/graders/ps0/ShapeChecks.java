package org.mlbyhand.graders.ps0;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The shape checks every PS0 stub asks for, written once for the bugs and the correct alternatives of
 * the problem set: a bug differs from the right answer in its math, never in what it rejects (unless
 * its mistake is the check itself), so that it fails only where its mistake shows.
 */
final class ShapeChecks {
    private ShapeChecks() {
    }

    /** Throws unless A·B is defined: A.cols() == B.rows(). */
    static void product(Matrix A, Matrix B) {
        if (A.cols() != B.rows()) {
            throw new ShapeMismatchException("multiply", A, B);
        }
    }

    /** Throws unless A·x is defined: x.length == A.cols(). */
    static void product(Matrix A, double[] x) {
        if (x.length != A.cols()) {
            throw new ShapeMismatchException("multiply: A is " + A.shape() + ", x has length " + x.length);
        }
    }

    /** Throws unless A is square. */
    static void square(Matrix A) {
        if (!A.isSquare()) {
            throw new ShapeMismatchException("factor: A is " + A.shape() + ", not square");
        }
    }

    /** Throws unless the triangular system T·x = b fits: T square, b.length == T.rows(); {@code name} is "L" or "U". */
    static void triangularSystem(String name, Matrix T, double[] b) {
        if (!T.isSquare() || b.length != T.rows()) {
            throw new ShapeMismatchException("solve: " + name + " is " + T.shape() + ", b has length " + b.length);
        }
    }

    /** Throws unless the least-squares problem fits: A is m×n with m ≥ n, b.length == m. */
    static void tallSystem(Matrix A, double[] b) {
        if (A.rows() < A.cols() || b.length != A.rows()) {
            throw new ShapeMismatchException("solve: A is " + A.shape() + ", b has length " + b.length);
        }
    }
}
