package org.mlbyhand.core.cluster;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/**
 * k-means++ seeding (Arthur and Vassilvitskii, 2007) in scikit-learn's greedy variant: k rows of X
 * chosen as initial centres, each new one far, in squared distance, from those already chosen.
 * <pre>{@code
 *   D(i)   = min over chosen centres c of ‖xᵢ − c‖²          (D = 0 for a row already chosen)
 *   first centre:  index rng.nextInt(n)
 *   each next one: draw T = 2 + ⌊ln k⌋ candidates, candidate t = the first i with Σ_{i' ≤ i} D(i') > u_t·Σ D,
 *                  u_t = rng.nextDouble()      (so P(i) = D(i) / Σ D: proportional to the SQUARED distance)
 *                  keep the candidate whose addition leaves the smallest potential Σᵢ min(D(i), ‖xᵢ − x_t‖²)
 *                  (the first candidate on a tie), and update D
 * }</pre>
 * The random stream is consumed exactly in that order: one {@code nextInt(n)}, then T
 * {@code nextDouble()} per further centre. Sums run over i = 0, 1, …, n−1 in order, so the potential
 * equals the last cumulative sum and a draw always lands; if every D is 0 (fewer distinct rows than k)
 * the candidate is the last row, as scikit-learn's clipped {@code searchsorted} gives.
 *
 * <p>scikit-learn differs in its random generator (NumPy's Mersenne Twister, so the chosen rows differ),
 * in computing distances as ‖x‖² − 2xᵀy + ‖y‖², and in taking the first i whose cumulative sum is ≥
 * (not &gt;) the draw, which differs only when a draw equals a cumulative sum exactly.
 */
public final class KMeansPlusPlus {
    private KMeansPlusPlus() {
    }

    /** Returns scikit-learn's default number of candidates per centre, 2 + ⌊ln k⌋. */
    public static int defaultTrials(int k) {
        return 2 + (int) Math.floor(Math.log(k));
    }

    /**
     * Returns k rows of X chosen by greedy k-means++ with {@link #defaultTrials} candidates per centre.
     *
     * @param X   n×p, finite, n ≥ k (not modified)
     * @param k   the number of centres, ≥ 1
     * @param rng the random stream (advanced)
     * @return k×p, row j = X's row {@code indices(X, k, T, rng)[j]}
     * @throws IllegalArgumentException if X is empty or non-finite, k &lt; 1 or k &gt; n
     */
    public static Matrix centres(Matrix X, int k, Rng rng) {
        return X.selectRows(indices(X, k, defaultTrials(Math.max(k, 1)), rng));
    }

    /**
     * Returns the indices of the k rows greedy k-means++ chooses, in the order chosen.
     *
     * @param X      n×p, finite, n ≥ k (not modified)
     * @param k      the number of centres, ≥ 1
     * @param trials candidates per centre after the first, ≥ 1 (1 is the original k-means++)
     * @param rng    the random stream (advanced)
     * @return length k, distinct unless X has fewer than k distinct rows
     * @throws IllegalArgumentException if X is empty or non-finite, k &lt; 1, k &gt; n or trials &lt; 1
     */
    public static int[] indices(Matrix X, int k, int trials, Rng rng) {
        String who = "KMeansPlusPlus.indices";
        Checks.atLeastOne(who, "k", k);
        Checks.atLeastKRows(who, X, k, "k");
        Checks.atLeastOne(who, "trials", trials);
        double[][] x = X.toArray();
        int n = x.length;
        int[] chosen = new int[k];
        chosen[0] = rng.nextInt(n);
        double[] D = distancesTo(x, chosen[0], null);
        double potential = sum(D);
        for (int c = 1; c < k; c++) {
            int best = -1;
            double[] bestD = null;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                int candidate = sample(D, rng.nextDouble() * potential);
                double[] candidateD = distancesTo(x, candidate, D);
                double candidatePotential = sum(candidateD);
                if (best < 0 || candidatePotential < bestPotential) {
                    best = candidate;
                    bestD = candidateD;
                    bestPotential = candidatePotential;
                }
            }
            chosen[c] = best;
            D = bestD;
            potential = bestPotential;
        }
        return chosen;
    }

    /** Returns the first i with D(0) + … + D(i) > r, or n − 1 if there is none. */
    private static int sample(double[] D, double r) {
        double cumulative = 0.0;
        for (int i = 0; i < D.length; i++) {
            cumulative += D[i];
            if (cumulative > r) {
                return i;
            }
        }
        return D.length - 1;
    }

    /** Returns min(D(i), ‖xᵢ − x_c‖²) for each i, or just ‖xᵢ − x_c‖² when D is null. */
    private static double[] distancesTo(double[][] x, int c, double[] D) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = Lloyd.squaredDistance(x[i], x[c]);
            out[i] = D == null ? d : Math.min(D[i], d);
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0.0;
        for (double d : v) {
            s += d;
        }
        return s;
    }
}
