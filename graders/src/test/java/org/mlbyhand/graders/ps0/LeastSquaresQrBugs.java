package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.decompose.TriangularSolve;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.graders.ps0.HouseholderLeastSquares.Slip;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in least squares by Householder QR, each a complete implementation the grader
 * must reject: the stub's algorithm with one slip ({@link HouseholderLeastSquares}), or another method
 * that is exact in exact arithmetic but not in floating point (the normal equations, classical
 * Gram–Schmidt). Order matters for hints, since a bug is recognised by giving the learner's answer (or
 * exception) on the failing input: on a rank-deficient A the sign-less v and an unskipped zero column
 * both end in NaN (an IllegalArgumentException from back substitution), and on A = [[0], [1]]
 * Math.signum and an unreflected column k both leave R₀₀ = 0; the bug that fails there is listed first.
 * A v that subtracts sign(x₀)·‖x‖ fails wherever the sign-less v does, and earlier, on A = [[-2], [0]],
 * so it comes after it. On a square 2×2 A, reflecting over every row leaves R₁₁ = 0, and so does
 * β = 1/(vᵀv), which fails earlier, on a single column: the first is listed first.
 */
final class LeastSquaresQrBugs {
    private LeastSquaresQrBugs() {
    }

    static final List<Bug<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Bug<>("A and b reduced in place",
                    "your x is right, but you reflected the caller's A (or b) to get it, and they come back"
                            + " changed. Reduce copies: R = A.copy() and c = b.clone().",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.IN_PLACE)),
            new Bug<>("reflections not applied to b",
                    "R·x = Qᵀb: every reflection Hₖ you apply to A must also be applied to (a copy of) b,"
                            + " in the same order; back substitution then uses the reflected b.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.B_NOT_REFLECTED)),
            new Bug<>("Math.signum(0) used for sign(x₀)",
                    "when x₀ = 0, Math.signum gives 0, so v = x and H maps x to −x instead of to a multiple"
                            + " of e₀; R's diagonal gets a 0 on a full-rank A. Take sign(x₀) = +1 when x₀ ≥ 0.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.SIGNUM)),
            new Bug<>("column k itself not reflected",
                    "step k reflects columns k … n−1, column k included: that is what turns it into"
                            + " (Rₖₖ, 0, …, 0) with Rₖₖ = −sign(x₀)·‖x‖. Starting at column k+1 leaves the old Aₖₖ"
                            + " on the diagonal.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.COLUMN_K_NOT_REFLECTED)),
            new Bug<>("last reflection skipped",
                    "there are n reflections, one per column, k = 0 … n−1: a square R needs no last one, but"
                            + " a tall A (m > n) does, or the last column keeps entries below the diagonal and Qᵀb"
                            + " is missing its last reflection.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.LAST_REFLECTION_SKIPPED)),
            new Bug<>("reflection over rows 0 … m−1",
                    "step k works on rows k … m−1 only: x starts at the diagonal entry Rₖₖ, and rows 0 … k−1"
                            + " already hold finished rows of R, which a reflection over every row scrambles.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.FROM_ROW_ZERO)),
            new Bug<>("β = 1/(vᵀv)",
                    "the reflection is H = I − β·v·vᵀ with β = 2/(vᵀv); with 1/(vᵀv) it is a projection,"
                            + " not a reflection, and column k is not reduced to a multiple of e₀.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.BETA_ONE)),
            new Bug<>("all of Qᵀb used in back substitution",
                    "back substitution solves the n×n system R₁·x = (Qᵀb)₀..ₙ₋₁: pass R.slice(0, n, 0, n) and"
                            + " only the first n entries of the reflected b (Arrays.copyOf(c, n)); the other m − n"
                            + " entries are the residual.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.FULL_QTB)),
            new Bug<>("reflections applied to b last first",
                    "R·x = Qᵀb with Qᵀ = Hₙ₋₁·…·H₁·H₀: b must meet the reflections in the order A met them,"
                            + " H₀ first. Applying them last first computes Q·b instead.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.REVERSED_ON_B)),
            new Bug<>("zero column not skipped",
                    "when the column below the diagonal is all zeros, ‖x‖ = 0, v = 0 and β = 2/(vᵀv) divides"
                            + " by zero, which turns everything into NaN. Skip that step: Rₖₖ = 0 then makes back"
                            + " substitution throw SingularMatrixException.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.ZERO_COLUMN_NOT_SKIPPED)),
            new Bug<>("sign of x₀ ignored in v",
                    "v = x + sign(x₀)·‖x‖·e₀: the norm is added with the sign of x₀, so that the two never"
                            + " cancel. With a fixed sign, v = 0 whenever x is already a multiple of e₀ with that"
                            + " sign (an upper-triangular A, or the last step of a square one), and β = 2/(vᵀv)"
                            + " divides by zero.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.SIGN_IGNORED)),
            new Bug<>("sign(x₀)·‖x‖ subtracted in v",
                    "v = x + sign(x₀)·‖x‖·e₀ adds two numbers of the same sign, so v₀ never cancels. Subtracting"
                            + " them (v = x + Rₖₖ·e₀ does, since Rₖₖ = −sign(x₀)·‖x‖) gives v = 0 whenever x is"
                            + " already a multiple of e₀, and β = 2/(vᵀv) divides by zero.",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.SIGN_SUBTRACTED)),
            new Bug<>("normal equations AᵀA·x = Aᵀb, by Cholesky",
                    "you seem to solve the normal equations AᵀA·x = Aᵀb, and Cholesky refuses AᵀA here."
                            + " Forming AᵀA squares the condition number: for this A, AᵀA = [[1 + ε², 1], [1, 1 + ε²]]"
                            + " with ε² = 1e-16, and 1 + ε² rounds to 1, so AᵀA is exactly singular although A is"
                            + " not. Reduce A itself with reflections: they are orthogonal, so R keeps A's"
                            + " condition number.",
                    LeastSquaresQrBugs::normalEquationsByCholesky),
            new Bug<>("normal equations AᵀA·x = Aᵀb, solved without a pivot check",
                    "you seem to solve the normal equations AᵀA·x = Aᵀb, and solving them divides 0 by 0 here."
                            + " Forming AᵀA squares the condition number: for this A, AᵀA = [[1 + ε², 1],"
                            + " [1, 1 + ε²]] with ε² = 1e-16, and 1 + ε² rounds to 1, so AᵀA is exactly singular"
                            + " although A is not. Reduce A itself with reflections: they are orthogonal, so R keeps"
                            + " A's condition number.",
                    LeastSquaresQrBugs::normalEquationsByElimination),
            new Bug<>("classical Gram–Schmidt",
                    "Gram–Schmidt builds Q from A's columns, and on an ill-conditioned A (here κ₂ ≈ 1.4e8) the"
                            + " computed columns are far from orthogonal, so Qᵀb is not the projection it should be."
                            + " Householder reflections stay orthogonal to round-off whatever A's condition:"
                            + " reflect A and b as the stub describes.",
                    LeastSquaresQrBugs::classicalGramSchmidt));

    /** x from AᵀA·x = Aᵀb, with AᵀA factored by core's Cholesky. */
    private static double[] normalEquationsByCholesky(Matrix A, double[] b) {
        ShapeChecks.tallSystem(A, b);
        Matrix At = A.transpose();
        return Cholesky.of(At.multiply(A)).solve(At.multiply(b));
    }

    /** x from AᵀA·x = Aᵀb by Gaussian elimination without pivoting, then back substitution by hand. */
    private static double[] normalEquationsByElimination(Matrix A, double[] b) {
        ShapeChecks.tallSystem(A, b);
        Matrix At = A.transpose();
        double[][] G = At.multiply(A).toArray();   // (n×n)
        double[] y = At.multiply(b);               // (n)
        int n = y.length;
        for (int k = 0; k < n; k++) {
            for (int i = k + 1; i < n; i++) {
                double f = G[i][k] / G[k][k];
                for (int j = k; j < n; j++) {
                    G[i][j] -= f * G[k][j];
                }
                y[i] -= f * y[k];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int j = i + 1; j < n; j++) {
                s -= G[i][j] * x[j];
            }
            x[i] = s / G[i][i];
        }
        return x;
    }

    /** Q's columns qⱼ = (aⱼ − Σₖ (qₖᵀaⱼ)·qₖ) / Rⱼⱼ, every projection taken from the original aⱼ; then R·x = Qᵀb. */
    private static double[] classicalGramSchmidt(Matrix A, double[] b) {
        ShapeChecks.tallSystem(A, b);
        int n = A.cols();
        double[][] Q = new double[n][];
        Matrix R = Matrix.zeros(n, n);
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            double[] a = A.column(j);
            double[] q = a.clone();
            for (int k = 0; k < j; k++) {
                R.set(k, j, Vectors.dot(Q[k], a));
                Vectors.axpyInPlace(-R.get(k, j), Q[k], q);
            }
            R.set(j, j, Vectors.norm(q));
            Q[j] = Vectors.scale(1.0 / R.get(j, j), q);
            z[j] = Vectors.dot(Q[j], b);
        }
        return TriangularSolve.backSubstitution(R, z);
    }
}
