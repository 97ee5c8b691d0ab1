package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · softmax-ce — the softmax cross-entropy of a matrix of scores, with a log-sum-exp that never overflows.
 *
 * <p>Row i of Z holds the scores (logits) of k classes for example i, whose label is yᵢ ∈ {0, …, k−1}.
 * The model's probabilities are the row's softmax, and the loss is their mean negative log-likelihood:
 * <pre>{@code
 *   P(class c | row i) = e^(Z_ic) / Σₖ e^(Z_ik)
 *   ce(y, Z) = (1/n) Σᵢ −log P(yᵢ | row i) = (1/n) Σᵢ [ logSumExp(Zᵢ) − Z_{i,yᵢ} ]
 *   logSumExp(z) = log Σₖ e^(zₖ) = m + log Σₖ e^(zₖ − m),      m = maxₖ zₖ (of that row)
 * }</pre>
 * Shifting by the row's own maximum changes nothing in exact arithmetic (the factor e^m comes out of
 * the sum), but makes every exponent ≤ 0 and the largest term exactly 1: nothing overflows and the sum
 * is never 0. Compute the loss from the scores this way, never by taking the log of a probability.
 *
 * <p>Arguments: y has length n ≥ 1, each label in [0, k) (not modified); Z is n×k with k ≥ 1, every
 * entry finite (not modified). Throw {@link ShapeMismatchException} if Z does not have n rows, and
 * {@link IllegalArgumentException} if n = 0 or k = 0, a score is NaN or infinite, or a label is outside
 * [0, k).
 *
 * <p>You need: {@code Z.rows()}, {@code Z.cols()}, {@code Z.get(i, c)} (or {@code Z.row(i)}),
 * {@code Math.exp}, {@code Math.log}. Write the log-sum-exp yourself; do not call core's
 * {@code Activations.logSumExp}, {@code Activations.crossEntropy} or {@code Losses}: they are what you
 * are writing.
 *
 * <p>Classic traps: without the shift, e^1000 is +∞; shifting by the maximum of all of Z instead of each
 * row's own lets a row far below it underflow to log 0 = −∞; the shift comes back after the log
 * (m + log Σ, not log Σ alone); −log(softmax) underflows to −log 0 = +∞ when a label's probability is
 * below 1e-308, although the loss is finite; the sum runs over the classes of row i (its k columns), not
 * over the rows; the subtracted score is the label's, Z_{i,yᵢ}, not the row's largest; the loss is a
 * mean over the n rows, not over all n·k entries.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=softmax-ce}
 */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {
    }

    /**
     * Returns the mean softmax cross-entropy (1/n)·Σᵢ [logSumExp(Zᵢ) − Z_{i,yᵢ}].
     *
     * @param y the labels, length n ≥ 1, each in [0, k) (not modified)
     * @param Z the n×k scores, finite (not modified)
     * @return the loss, ≥ 0 and finite
     * @throws ShapeMismatchException if {@code Z.rows() != y.length}
     * @throws IllegalArgumentException if n = 0 or k = 0, a score is not finite, or a label is outside [0, k)
     */
    public static double loss(int[] y, Matrix Z) {
        // TODO: check the arguments, then average each row's shifted log-sum-exp minus its label's score.
        throw new NotImplementedYet("ps1 softmax-ce");
    }
}
