package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · bce — the binary cross-entropy (log-loss) of scores, computed so that it never overflows.
 *
 * <p>For labels yᵢ ∈ {0, 1} and scores (logits) zᵢ, the model says P(yᵢ = 1) = σ(zᵢ), and the loss is
 * the mean negative log-likelihood:
 * <pre>{@code
 *   bce(y, z) = (1/n) Σᵢ [ −yᵢ·log σ(zᵢ) − (1 − yᵢ)·log(1 − σ(zᵢ)) ]
 *             = (1/n) Σᵢ [ log(1 + e^zᵢ) − yᵢ·zᵢ ]                    (same number, from logits)
 *   log(1 + e^z) = z + log1p(e^(−z))   for z > 0
 *                = log1p(e^z)          for z ≤ 0
 * }</pre>
 * The second line follows from log σ(z) = −log(1 + e^(−z)) and log(1 − σ(z)) = −log(1 + e^z). Compute
 * it from the logits, with the softplus log(1 + e^z) written as on the last two lines: the only
 * exponential is e^(−|z|) ≤ 1, and {@code Math.log1p(x)} = log(1 + x) keeps the digits of a tiny x. The
 * loss is then finite and accurate for every finite score, even where σ(z) rounds to 0 or 1.
 *
 * <p>Arguments: y has length n ≥ 1, each label 0 or 1 (not modified); z has length n, finite
 * (not modified). Throw {@link ShapeMismatchException} if the lengths differ, and
 * {@link IllegalArgumentException} if n = 0, a label is not 0 or 1, or a score is NaN or infinite,
 * naming the offending index and value.
 *
 * <p>You need: {@code Math.exp}, {@code Math.log1p}. Write the softplus yourself; do not call core's
 * {@code Losses}, {@code Activations.softplus} or {@code Activations.logLoss}: they are what you are
 * writing.
 *
 * <p>Classic traps: log σ(z) and log(1 − σ(z)) from a computed σ give log 0 = −∞ once σ rounds to 0
 * or 1 (already at |z| ≈ 37); {@code Math.log(1 + Math.exp(z))} overflows for z &gt; 709 and returns 0
 * for z &lt; −37, where the true value e^z is tiny but not 0; {@code Math.log1p(Math.exp(z))} still
 * overflows; the mean divides by n; the loss is ≥ 0, so a negative result means a sign error; the term
 * −yᵢ·zᵢ uses the label, not 1 − yᵢ; the labels are 0 and 1, not ±1 (log(1 + e^(−y·z)) is the loss for
 * labels ±1); clipping σ to [ε, 1 − ε] keeps the logs finite but caps each row's loss at −log ε.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=bce}
 */
public final class BinaryCrossEntropy {
    private BinaryCrossEntropy() {
    }

    /**
     * Returns the mean log-loss (1/n)·Σᵢ [log(1 + e^zᵢ) − yᵢ·zᵢ] of the scores z for the labels y.
     *
     * @param y labels, length n ≥ 1, each 0 or 1 (not modified)
     * @param z scores (logits), length n, finite (not modified)
     * @return the loss, ≥ 0 and finite
     * @throws ShapeMismatchException if {@code y.length != z.length}
     * @throws IllegalArgumentException if n = 0, a label is not 0 or 1, or a score is NaN or infinite
     */
    public static double loss(int[] y, double[] z) {
        // TODO: check the arguments, then average softplus(zᵢ) − yᵢ·zᵢ with an overflow-free softplus.
        throw new NotImplementedYet("ps1 bce");
    }
}
