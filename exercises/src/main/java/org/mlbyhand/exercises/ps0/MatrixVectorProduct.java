package org.mlbyhand.exercises.ps0;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS0 · matvec — multiply a matrix by a vector with two nested loops.
 *
 * <p>The product of A (m×n) and x (length n) is the vector y of length m with
 * <pre>{@code
 *   yᵢ = Σⱼ Aᵢⱼ · xⱼ        (j = 0, 1, …, n−1)
 * }</pre>
 * Entry i is the dot product of row i of A with x, so the shapes must fit: x.length == A.cols().
 * If they do not, throw {@link ShapeMismatchException} naming both, for example
 * {@code new ShapeMismatchException("multiply: A is " + A.shape() + ", x has length " + x.length)}.
 *
 * <p>You need: {@code A.rows()}, {@code A.cols()}, {@code A.get(i, j)}, {@code new double[m]}. Write the
 * loops yourself: the grader refuses code that calls core's {@code Matrix.multiply} or
 * {@code MatrixMultiply}.
 *
 * <p>Classic traps: y has one entry per row of A (length m, not n); the entry of x that meets
 * {@code A.get(i, j)} is {@code x[j]}, not {@code x[i]}; each entry's sum starts again at 0 and is a
 * {@code double}.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=matvec}
 */
public final class MatrixVectorProduct {
    private MatrixVectorProduct() {
    }

    /**
     * Returns y = A·x.
     *
     * @param A an m×n matrix (not modified)
     * @param x a vector of length n (not modified)
     * @return the vector y of length m
     * @throws ShapeMismatchException if {@code x.length != A.cols()}
     */
    public static double[] multiply(Matrix A, double[] x) {
        // TODO: check the shapes, then fill y with one dot product per row of A.
        throw new NotImplementedYet("ps0 matvec");
    }
}
