package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.random.Rng;

/**
 * Bootstrap sampling as a random forest does it (scikit-learn 1.2's {@code _generate_sample_indices}
 * and {@code _generate_unsampled_indices}): n draws with replacement from the rows 0, …, n−1, kept as
 * how often each row was drawn, and the rows never drawn,
 * <pre>{@code
 *   i₁, …, i_n ~ Uniform{0, …, n−1}, independent         (rng.nextInt(n), n times, in this order)
 *   counts[r] = #{d : i_d = r}                             Σ_r counts[r] = n
 *   outOfBag  = {r : counts[r] = 0}                        ascending
 * }</pre>
 * A tree fitted with sample weights wᵣ = counts[r] is the tree fitted on the n drawn rows, a row drawn
 * twice counting twice: every weighted count and sum its criterion makes equals the same count or sum
 * over the sample (only the row counts n_t that minSamplesLeaf compares are of distinct rows). A row
 * is out of bag with probability (1 − 1/n)ⁿ → e⁻¹ ≈ 0.368, so about a third of the rows can score
 * each tree without having trained it (the out-of-bag estimate).
 *
 * <p>The classic bug these guard against: drawing without replacement (a permutation), which gives
 * every row count 1 and no out-of-bag rows.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * Returns how often each of the rows 0, …, n−1 is drawn in n draws with replacement.
     *
     * @param rng the generator (advanced by n calls of {@code nextInt(n)})
     * @param n   the number of rows, ≥ 1
     * @return length n, counts ≥ 0 summing to n
     * @throws IllegalArgumentException if rng is null or n &lt; 1
     */
    public static int[] sampleCounts(Rng rng, int n) {
        Checks.notNull("Bootstrap.sampleCounts", "rng", rng);
        Checks.atLeast("Bootstrap.sampleCounts", "n", n, 1);
        int[] counts = new int[n];
        for (int d = 0; d < n; d++) {
            counts[rng.nextInt(n)]++;
        }
        return counts;
    }

    /**
     * Returns the rows never drawn: the indices r with counts[r] = 0, ascending.
     *
     * @param counts length n, each ≥ 0 (not modified)
     * @return the out-of-bag rows, possibly none
     * @throws IllegalArgumentException if counts is null or a count is negative (named)
     */
    public static int[] outOfBagIndices(int[] counts) {
        Checks.notNull("Bootstrap.outOfBagIndices", "counts", counts);
        int m = 0;
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] < 0) {
                throw new IllegalArgumentException("Bootstrap.outOfBagIndices: counts[" + r + "] = " + counts[r] + " is negative");
            }
            m += counts[r] == 0 ? 1 : 0;
        }
        int[] outOfBag = new int[m];
        int next = 0;
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] == 0) {
                outOfBag[next++] = r;
            }
        }
        return outOfBag;
    }

    /** The counts as sample weights, wᵣ = counts[r] (a tree's fit takes doubles). */
    static double[] weights(int[] counts) {
        double[] w = new double[counts.length];
        for (int r = 0; r < counts.length; r++) {
            w[r] = counts[r];
        }
        return w;
    }
}
