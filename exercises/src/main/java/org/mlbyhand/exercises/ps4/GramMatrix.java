package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.svm.Kernel;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · gram-matrix — the kernel matrix between two sets of points: everything the SVM ever asks of the data.
 *
 * <pre>{@code
 *   K[a][b] = k(X_a, Z_b)        a = 0 … m−1 (rows of X),  b = 0 … n−1 (rows of Z)        K is m×n
 * }</pre>
 * Training uses K(X, X), the Gram matrix: n×n, symmetric, and positive semi-definite for the linear,
 * polynomial (coef0 ≥ 0) and RBF kernels, which is what makes the SVM's dual a convex problem.
 * Prediction uses K(X_test, support vectors), which is rectangular and not symmetric. Example, linear
 * kernel: X = [[1, 0], [0, 1], [1, 1]], Z = [[1, 2]] gives K = [[1], [2], [3]].
 *
 * <p>Arguments: X is m×p and Z is n×p (not modified); the kernel is one of core's, already built
 * (the previous exercises): call {@code kernel.apply(x, z)} on two rows. Throw
 * {@link ShapeMismatchException} naming both shapes if X and Z have different numbers of columns,
 * even when X or Z has no rows (then K is 0×n or m×0, but the shapes still disagree).
 *
 * <p>You need: {@code Matrix.zeros(m, n)}, {@code X.row(a)}, {@code kernel.apply(x, z)}, {@code K.set}.
 * Do not call {@code kernel.gram(...)}: it is this exercise.
 *
 * <p>Classic traps: K has one row per row of X and one column per row of Z (m×n, not n×m); the second
 * argument of k comes from Z, not from X again; filling one triangle and mirroring it is right only
 * for K(X, X), never for a rectangular K.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=gram-matrix}
 */
public final class GramMatrix {
    private GramMatrix() {
    }

    /**
     * Returns the kernel matrix K[a][b] = k(X_a, Z_b).
     *
     * @param X      m×p points, one per row (not modified)
     * @param Z      n×p points, one per row (not modified)
     * @param kernel the kernel k (not modified)
     * @return a new m×n matrix
     * @throws ShapeMismatchException if {@code X.cols() != Z.cols()}
     */
    public static Matrix compute(Matrix X, Matrix Z, Kernel kernel) {
        // TODO: check the columns, then fill K[a][b] = kernel.apply(row a of X, row b of Z).
        throw new NotImplementedYet("ps4 gram-matrix");
    }
}
