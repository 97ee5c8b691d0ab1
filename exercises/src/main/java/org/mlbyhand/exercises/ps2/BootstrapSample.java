package org.mlbyhand.exercises.ps2;

import java.util.List;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · bootstrap — draw a random forest tree's bootstrap sample, and find the rows it leaves out of
 * the bag (the rows that can score that tree without having trained it).
 *
 * <p>A bootstrap sample is n draws <em>with replacement</em> from the rows 0, …, n−1; a tree fitted on
 * it sees a row drawn twice twice, so the sample is kept as how often each row was drawn:
 * <pre>{@code
 *   rng = new Rng(seed)
 *   i₁, …, i_n = rng.nextInt(n), n calls in this order          (uniform on 0 … n−1, with replacement)
 *   counts[r]  = #{d : i_d = r}                                  Σ_r counts[r] = n
 *   outOfBag   = {r : counts[r] = 0}, ascending                  about (1 − 1/n)ⁿ → e⁻¹ ≈ 36.8% of the rows
 * }</pre>
 * Return {@code List.of(counts, outOfBag)}: sample[0] the counts (length n), sample[1] the out-of-bag
 * rows. Exactly these draws, from {@code org.mlbyhand.core.random.Rng}, make the same sample as core's
 * random forest, so the grader compares bit for bit. Example: seed = 0, n = 5 draws 4, 2, 0, 4, 0, so
 * counts = [2, 0, 1, 0, 2] and outOfBag = [1, 3].
 *
 * <p>Errors: throw {@link IllegalArgumentException} if n &lt; 1.
 *
 * <p>You need: {@code new Rng(seed)} and its {@code nextInt(n)}. Not core's
 * {@code org.mlbyhand.core.ensemble.Bootstrap}, which is the answer.
 *
 * <p>Classic traps: drawing without replacement (a permutation: every row once, no row out of bag);
 * a new {@code Rng(seed)} for every draw (the same row n times); a row drawn twice counted once;
 * one draw too few; {@code java.util.Random} instead of core's {@code Rng} (right in distribution, but
 * not the forest's sample); the rows drawn reported as the out-of-bag ones.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=bootstrap}
 */
public final class BootstrapSample {
    private BootstrapSample() {
    }

    /**
     * Returns the bootstrap sample of n rows drawn with the generator seeded by {@code seed}.
     *
     * @param seed the seed of the draws' {@code Rng}
     * @param n    the number of rows, ≥ 1
     * @return {@code List.of(counts, outOfBag)}: counts of length n summing to n, and the rows of count 0, ascending
     * @throws IllegalArgumentException if n &lt; 1
     */
    public static List<int[]> sample(int seed, int n) {
        // TODO: n draws with rng.nextInt(n), counted per row; then the rows never drawn.
        throw new NotImplementedYet("ps2 bootstrap");
    }
}
