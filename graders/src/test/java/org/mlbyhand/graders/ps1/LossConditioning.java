package org.mlbyhand.graders.ps1;

/**
 * When a loss computed from scores can be graded to {@code Tolerance.ROUNDOFF}: the cross-entropies
 * subtract the score of the true class from a log-sum-exp of the same size,
 * <pre>{@code
 *   log(1 + e^z) − y·z,     logSumExp(Zᵢ) − Z_{i,yᵢ}
 * }</pre>
 * so each term carries a rounding error of a few ε·(|score| + 1) whichever correct formula computes
 * it, and two correct programs can differ by that much. Relative to the loss that is at most
 * 2ε·{@value #MAX_CONDITION} ≈ 2e-13 when
 * <pre>{@code
 *   (1/n) Σᵢ (sᵢ + 1)  ≤  MAX_CONDITION · loss,        sᵢ = the largest |score| in row i
 * }</pre>
 * Random cases are drawn under that condition. Without it, a confident right answer (y = 1, z = 40:
 * loss 4e-18 next to scores of 40) would reward one rounding over another.
 */
final class LossConditioning {
    /** The largest ratio of the mean score size to the loss that a random case may have. */
    static final double MAX_CONDITION = 1000;
    /** The clause as a generator names it. */
    static final String WHY = "the loss is well conditioned: (1/n)·Σᵢ(max |scores of row i| + 1) ≤ "
            + (int) MAX_CONDITION + "·loss";

    private LossConditioning() {
    }

    /** Returns true when {@code meanScoreSize} = (1/n)·Σᵢ(sᵢ + 1) is at most MAX_CONDITION times {@code loss}. */
    static boolean gradable(double loss, double meanScoreSize) {
        return meanScoreSize <= MAX_CONDITION * loss;
    }
}
