package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;

/** The error measures the decomposition tests hold to their tolerances (see {@link Tolerances}). */
final class Errors {
    private Errors() {
    }

    /** ‖actual − expected‖_F / ‖expected‖_F, or the absolute ‖actual − expected‖_F when expected is zero. */
    static double relative(Matrix expected, Matrix actual) {
        double diff = actual.minus(expected).frobeniusNorm();
        double norm = expected.frobeniusNorm();
        return norm == 0.0 ? diff : diff / norm;
    }

    /** ‖actual − expected‖₂ / ‖expected‖₂, or the absolute difference when expected is zero. */
    static double relative(double[] expected, double[] actual) {
        double diff = Vectors.norm(Vectors.subtract(actual, expected));
        double norm = Vectors.norm(expected);
        return norm == 0.0 ? diff : diff / norm;
    }

    /** ‖QᵀQ − I‖_F: how far Q's columns are from orthonormal. */
    static double orthogonality(Matrix Q) {
        return Q.transpose().multiply(Q).minus(Matrix.identity(Q.cols())).frobeniusNorm();
    }

    /** maxᵢ |actualᵢ − expectedᵢ| / maxᵢ |expectedᵢ|: eigenvalue or singular-value error relative to the largest. */
    static double spectrum(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new AssertionError("spectra of different lengths: " + expected.length + " and " + actual.length);
        }
        double largest = Vectors.maxAbs(expected);
        double diff = Vectors.maxAbs(Vectors.subtract(actual, expected));
        return largest == 0.0 ? diff : diff / largest;
    }

    /** Returns U·diag(d)·Wᵀ for U m×k, d of length k, W n×k. */
    static Matrix product(Matrix U, double[] d, Matrix W) {
        return U.multiply(Matrix.diagonal(d)).multiply(W.transpose());
    }

    /** Returns the largest |Aᵢⱼ| strictly below the diagonal (0 for an upper-triangular matrix). */
    static double belowDiagonal(Matrix A) {
        double m = 0.0;
        for (int i = 0; i < A.rows(); i++) {
            for (int j = 0; j < Math.min(i, A.cols()); j++) {
                m = Math.max(m, Math.abs(A.get(i, j)));
            }
        }
        return m;
    }

    /** Returns (1/2)(A + Aᵀ), exactly symmetric. */
    static Matrix symmetricPart(Matrix A) {
        return A.plus(A.transpose()).scale(0.5);
    }

    /** Asserts that the shapes are equal and every |actualᵢⱼ − expectedᵢⱼ| ≤ tol (so −0 and 0 agree). */
    static void assertClose(Matrix expected, Matrix actual, double tol) {
        if (!expected.shape().equals(actual.shape())) {
            throw new AssertionError("expected a " + expected.shape() + " matrix, got " + actual.shape());
        }
        double diff = actual.minus(expected).maxAbs();
        if (!(diff <= tol)) {
            throw new AssertionError("expected " + expected + " but got " + actual + ": max difference " + diff
                    + ", tolerance " + tol);
        }
    }

    /** Returns a short description of a measured error against its tolerance, for assertion messages. */
    static String against(String what, double error, double tolerance) {
        return what + " is " + error + ", tolerance " + tolerance;
    }
}
