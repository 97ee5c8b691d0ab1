package org.mlbyhand.graders.ps0;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Conditioning;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Tolerance;

/**
 * Ill-conditioned least-squares problems that a backward-stable solver still answers to
 * {@link Tolerance#CLOSED_FORM} and the normal equations do not: A is m×n (2 ≤ n ≤ 4, n ≤ m ≤ 6) with
 * condition number κ₂ = {@value #CONDITION}, and b = A·x₀ for a Gaussian x₀, so b lies in A's range.
 *
 * <p>Why b in the range: the sensitivity of x to the data is (Higham, Thm 20.1)
 * <pre>{@code
 *   κ_LS = κ₂(A) + κ₂(A)²·‖r‖₂ / (‖A‖₂·‖x‖₂)          r = b − A·x
 * }</pre>
 * With a random b, r is as large as b and every method, Householder QR included, loses about
 * 2·log₁₀ κ digits. With r ≈ 0 a backward-stable method (Householder, Givens, modified Gram–Schmidt on
 * [A b]) loses only log₁₀ κ ≈ 5 digits, while forming AᵀA squares κ whatever r is: κ(AᵀA) = 1e10, and
 * the normal equations keep about 16 − 10 = 6 digits, fewer than the tolerance asks for.
 *
 * <p>Shrinking deletes one row of A and the same entry of b (b stays in the range, m stays ≥ n), and
 * keeps a smaller problem only if {@value #MIN_CONDITION} ≤ κ_F(A) ≤ {@value #MAX_CONDITION}
 * ({@link Conditioning#frobenius}; a draw has κ₂ ≤ κ_F ≤ √n·κ₂), so that a shrunk problem is still
 * ill-conditioned, and still within reach of a correct solver.
 */
final class IllConditionedProblems implements Gen<Case> {
    /** Condition number κ₂ of the drawn matrices. */
    static final double CONDITION = 1e5;
    /** Smallest Frobenius condition number a shrunk matrix may have. */
    static final double MIN_CONDITION = 1e4;
    /** Largest Frobenius condition number a shrunk matrix may have. */
    static final double MAX_CONDITION = 3e5;

    @Override
    public Case generate(Rng rng) {
        int n = rng.nextInt(2, 4);
        int m = rng.nextInt(n, 6);
        Matrix A = RandomMatrices.withConditionNumber(rng, m, n, CONDITION);
        double[] b = A.multiply(RandomMatrices.gaussian(rng, n));   // (m)
        return Case.of("A", A, "b", b);
    }

    @Override
    public Stream<Case> shrink(Case c) {
        Matrix A = c.matrix("A");
        double[] b = c.vector("b");
        if (A.rows() == A.cols()) {
            return Stream.empty();
        }
        return IntStream.range(0, A.rows()).mapToObj(dropped -> {
            int[] kept = IntStream.range(0, A.rows()).filter(i -> i != dropped).toArray();
            return Case.of("A", A.selectRows(kept), "b", IntStream.of(kept).mapToDouble(i -> b[i]).toArray());
        }).filter(smaller -> {
            double kappa = Conditioning.frobenius(smaller.matrix("A"));
            return kappa >= MIN_CONDITION && kappa <= MAX_CONDITION;
        });
    }
}
