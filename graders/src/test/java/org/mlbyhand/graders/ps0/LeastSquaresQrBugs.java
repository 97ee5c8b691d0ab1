package org.mlbyhand.graders.ps0;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.TriangularSolve;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in least squares by Householder QR, each a complete implementation the grader
 * must reject. Order matters for hints, since a bug is recognised by giving the learner's answer (or
 * exception) on the failing input: on a rank-deficient A the sign-less v and an unskipped zero
 * column both end in NaN (an IllegalArgumentException from back substitution), and on A = [[0], [1]]
 * Math.signum and an unreflected column k both leave R₀₀ = 0; the bug that fails there is listed first.
 */
final class LeastSquaresQrBugs {
    private LeastSquaresQrBugs() {
    }

    private enum Mistake {
        NONE, B_NOT_REFLECTED, COLUMN_K_NOT_REFLECTED, BETA_ONE, FULL_QTB, ZERO_COLUMN_NOT_SKIPPED, SIGN_IGNORED, SIGNUM
    }

    static final List<Bug<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Bug<>("reflections not applied to b",
                    "R·x = Qᵀb: every reflection Hₖ you apply to A must also be applied to (a copy of) b,"
                            + " in the same order; back substitution then uses the reflected b.",
                    (A, b) -> solve(A, b, Mistake.B_NOT_REFLECTED)),
            new Bug<>("Math.signum(0) used for sign(x₀)",
                    "when x₀ = 0, Math.signum gives 0, so v = x and H maps x to −x instead of to a multiple"
                            + " of e₀; R's diagonal gets a 0 on a full-rank A. Take sign(x₀) = +1 when x₀ ≥ 0.",
                    (A, b) -> solve(A, b, Mistake.SIGNUM)),
            new Bug<>("column k itself not reflected",
                    "step k reflects columns k … n−1, column k included: that is what turns it into"
                            + " (Rₖₖ, 0, …, 0) with Rₖₖ = −sign(x₀)·‖x‖. Starting at column k+1 leaves the old Aₖₖ"
                            + " on the diagonal.",
                    (A, b) -> solve(A, b, Mistake.COLUMN_K_NOT_REFLECTED)),
            new Bug<>("β = 1/(vᵀv)",
                    "the reflection is H = I − β·v·vᵀ with β = 2/(vᵀv); with 1/(vᵀv) it is a projection,"
                            + " not a reflection, and column k is not reduced to a multiple of e₀.",
                    (A, b) -> solve(A, b, Mistake.BETA_ONE)),
            new Bug<>("all of Qᵀb used in back substitution",
                    "back substitution solves the n×n system R₁·x = (Qᵀb)₀..ₙ₋₁: pass R.slice(0, n, 0, n) and"
                            + " only the first n entries of the reflected b (Arrays.copyOf(c, n)); the other m − n"
                            + " entries are the residual.",
                    (A, b) -> solve(A, b, Mistake.FULL_QTB)),
            new Bug<>("zero column not skipped",
                    "when the column below the diagonal is all zeros, ‖x‖ = 0, v = 0 and β = 2/(vᵀv) divides"
                            + " by zero, which turns everything into NaN. Skip that step: Rₖₖ = 0 then makes back"
                            + " substitution throw SingularMatrixException.",
                    (A, b) -> solve(A, b, Mistake.ZERO_COLUMN_NOT_SKIPPED)),
            new Bug<>("sign of x₀ ignored in v",
                    "v = x + sign(x₀)·‖x‖·e₀: the norm is added with the sign of x₀, so that the two never"
                            + " cancel. With a fixed sign, v = 0 whenever x is already a multiple of e₀ with that"
                            + " sign (an upper-triangular A, or the last step of a square one), and β = 2/(vᵀv)"
                            + " divides by zero.",
                    (A, b) -> solve(A, b, Mistake.SIGN_IGNORED)));

    private static double[] solve(Matrix A, double[] b, Mistake mistake) {
        int m = A.rows();
        int n = A.cols();
        if (m < n || b.length != m) {
            throw new ShapeMismatchException("solve: A is " + A.shape() + ", b has length " + b.length);
        }
        Matrix R = A.copy();
        double[] c = b.clone();
        for (int k = 0; k < n; k++) {
            double[] x = new double[m - k];
            for (int i = k; i < m; i++) {
                x[i - k] = R.get(i, k);
            }
            double norm = Math.sqrt(Vectors.dot(x, x));
            if (norm == 0.0 && mistake != Mistake.ZERO_COLUMN_NOT_SKIPPED) {
                continue;
            }
            double sign = mistake == Mistake.SIGNUM ? Math.signum(x[0]) : x[0] >= 0 ? 1.0 : -1.0;
            double[] v = x.clone();
            v[0] += mistake == Mistake.SIGN_IGNORED ? -norm : sign * norm;
            double beta = (mistake == Mistake.BETA_ONE ? 1.0 : 2.0) / Vectors.dot(v, v);
            for (int j = mistake == Mistake.COLUMN_K_NOT_REFLECTED ? k + 1 : k; j < n; j++) {
                double[] y = R.column(j);
                reflect(v, beta, y, k);
                for (int i = k; i < m; i++) {
                    R.set(i, j, y[i]);
                }
            }
            if (mistake != Mistake.B_NOT_REFLECTED) {
                reflect(v, beta, c, k);
            }
        }
        double[] top = mistake == Mistake.FULL_QTB ? c : Arrays.copyOf(c, n);
        return TriangularSolve.backSubstitution(R.slice(0, n, 0, n), top);
    }

    /** y[k..m) ← y[k..m) − β·v·(vᵀ·y[k..m)). */
    private static void reflect(double[] v, double beta, double[] y, int k) {
        double s = 0.0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * y[k + i];
        }
        for (int i = 0; i < v.length; i++) {
            y[k + i] -= beta * s * v[i];
        }
    }
}
