package org.mlbyhand.exercises.ps0;

import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.decompose.TriangularSolve;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS0 · lstsq — solve a least-squares problem with Householder reflections, never forming AᵀA.
 *
 * <p>For an m×n matrix A (m ≥ n, full column rank) and b of length m, find
 * <pre>{@code
 *   x = argmin ‖A·x − b‖₂
 *   A = Q·R with Q orthogonal  ⇒  ‖A·x − b‖₂ = ‖R·x − Qᵀb‖₂  ⇒  R₁·x = (Qᵀb)₀..ₙ₋₁
 * }</pre>
 * where R₁ is the top n×n block of R. Work on copies R ← A (m×n) and c ← b; for k = 0 … n−1:
 * <pre>{@code
 *   x = (Rₖₖ, Rₖ₊₁,ₖ, …, Rₘ₋₁,ₖ)                   column k from the diagonal down, length m−k
 *   if ‖x‖ = 0: skip this k                        (nothing to reduce; Hₖ = I)
 *   v = x + sign(x₀)·‖x‖·e₀                        sign(x₀) = +1 when x₀ ≥ 0, else −1
 *   β = 2 / (vᵀv)
 *   y ← y − β·v·(vᵀy)   on rows k … m−1, for every column y of R with index j = k … n−1, and for y = c
 * }</pre>
 * Step k zeroes column k below the diagonal (up to round-off) and leaves Rₖₖ = −sign(x₀)·‖x‖. Then
 * {@code TriangularSolve.backSubstitution(R.slice(0, n, 0, n), first n entries of c)} gives x; you may
 * use it (from {@code org.mlbyhand.core.decompose}), and it ignores what is left below the diagonal.
 *
 * <p>Why not the normal equations AᵀA·x = Aᵀb: they give the same x in exact arithmetic, but κ(AᵀA) =
 * κ(A)², so they lose twice as many digits as reflections, which are orthogonal and keep κ(R) = κ(A).
 * The grader checks ill-conditioned problems where that matters: on A = [[1, 1], [ε, 0], [0, ε]] with
 * ε = 1e-8, 1 + ε² rounds to 1 and AᵀA is exactly singular, while reflections lose nothing.
 *
 * <p>Errors: if m &lt; n or b.length != m, throw {@link ShapeMismatchException} naming both shapes.
 * If A is rank deficient, some Rₖₖ is 0 and backSubstitution throws {@link SingularMatrixException}
 * for you, provided you skipped that column instead of dividing by vᵀv = 0.
 *
 * <p>You need: {@code A.copy()}, {@code R.get}, {@code R.set}, {@code b.clone()}, {@code Math.sqrt},
 * {@code R.slice}, {@code java.util.Arrays.copyOf(c, n)}, {@code TriangularSolve.backSubstitution}.
 * Write the reflections yourself: the grader refuses code that calls core's {@code HouseholderQr} or
 * {@code LeastSquares}, or the linear models that call them ({@code LinearRegression}, {@code Ridge}).
 *
 * <p>Classic traps: the sign in v must be sign(x₀) — a fixed sign cancels to v = 0 when x is already a
 * multiple of e₀ — and {@code Math.signum(0)} is 0, not +1; β is 2/(vᵀv), not 1/(vᵀv); reflect
 * column k itself as well as the columns after it, on rows k … m−1 only; reflect c too, with each Hₖ
 * as you go (Qᵀb = Hₙ₋₁⋯H₁·H₀·b, H₀ first); only the first n entries of c enter back substitution
 * (the rest make up the residual); reduce copies, since A and b belong to the caller.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=lstsq}
 */
public final class LeastSquaresQr {
    private LeastSquaresQr() {
    }

    /**
     * Returns the x of length n that minimises ‖A·x − b‖₂.
     *
     * @param A an m×n matrix with m ≥ n and full column rank (not modified)
     * @param b a vector of length m (not modified)
     * @return x, a new vector of length n
     * @throws ShapeMismatchException if {@code A.rows() < A.cols()} or {@code b.length != A.rows()}
     * @throws SingularMatrixException if A is rank deficient (from back substitution)
     */
    public static double[] solve(Matrix A, double[] b) {
        // TODO: check the shapes, reduce copies of A and b with n reflections, then back-substitute.
        throw new NotImplementedYet("ps0 lstsq");
    }
}
