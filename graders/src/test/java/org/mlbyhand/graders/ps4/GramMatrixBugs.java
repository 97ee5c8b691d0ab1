package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.graders.ps4.GramMatrixGrader.Gram;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the kernel matrix, each a complete implementation the grader must reject. The first
 * hand-picked case (linear kernel, X 3×2, Z 1×2, K = [[1], [2], [3]]) separates the first three: the
 * transpose is 1×3, X paired with itself gives [[1], [0], [1]], the mirrored triangle [[1], [0], [0]].
 * The last is right whenever X and Z both have rows, and fails only the rejection of an empty X.
 */
final class GramMatrixBugs {
    private GramMatrixBugs() {
    }

    static final List<Bug<Gram>> ALL = List.of(
            new Bug<>("K is n×m: rows of Z, columns of X",
                    "K(X, Z) has one row per row of X and one column per row of Z: m×n, with K[a][b] = k(X_a, Z_b)."
                            + " Yours is its transpose.",
                    (X, Z, kernel) -> {
                        SvmInputs.sameColumns("gram-matrix", X, Z);
                        Matrix K = Matrix.zeros(Z.rows(), X.rows());
                        for (int b = 0; b < Z.rows(); b++) {
                            for (int a = 0; a < X.rows(); a++) {
                                K.set(b, a, kernel.apply(X.row(a), Z.row(b)));
                            }
                        }
                        return K;
                    }),
            new Bug<>("Z ignored: k(X_a, X_b)",
                    "the second point of K[a][b] is row b of Z: k(X_a, Z_b). Pairing X with itself is right only"
                            + " for the training Gram matrix K(X, X).",
                    (X, Z, kernel) -> {
                        SvmInputs.sameColumns("gram-matrix", X, Z);
                        Matrix K = Matrix.zeros(X.rows(), Z.rows());
                        for (int a = 0; a < X.rows(); a++) {
                            for (int b = 0; b < Z.rows(); b++) {
                                K.set(a, b, kernel.apply(X.row(a), X.row(b)));
                            }
                        }
                        return K;
                    }),
            new Bug<>("one triangle computed and mirrored",
                    "K(X, Z) is not symmetric, and not even square, unless Z is X: computing K[a][b] for b ≥ a and"
                            + " copying it to K[b][a] leaves entries wrong or unset. Compute every entry k(X_a, Z_b).",
                    (X, Z, kernel) -> {
                        SvmInputs.sameColumns("gram-matrix", X, Z);
                        Matrix K = Matrix.zeros(X.rows(), Z.rows());
                        for (int a = 0; a < X.rows(); a++) {
                            for (int b = a; b < Z.rows(); b++) {
                                double v = kernel.apply(X.row(a), Z.row(b));
                                K.set(a, b, v);
                                if (b < X.rows()) {
                                    K.set(b, a, v);
                                }
                            }
                        }
                        return K;
                    }),
            new Bug<>("columns compared only through kernel.apply",
                    "kernel.apply throws when it meets two rows of different lengths, but with no rows in X (or Z)"
                            + " it is never called. Compare X.cols() with Z.cols() before the loops and throw"
                            + " ShapeMismatchException naming both shapes.",
                    (X, Z, kernel) -> {
                        Matrix K = Matrix.zeros(X.rows(), Z.rows());
                        for (int a = 0; a < X.rows(); a++) {
                            for (int b = 0; b < Z.rows(); b++) {
                                K.set(a, b, kernel.apply(X.row(a), Z.row(b)));
                            }
                        }
                        return K;
                    }));
}
