package org.mlbyhand.core.random;

/**
 * A seeded pseudo-random generator, the only source of randomness in this library.
 *
 * <p>The algorithm is SplitMix64 (Steele, Lea and Flood, 2014), written out here rather than taken
 * from {@code java.util} so that the same seed gives bit-identical numbers on every JDK:
 * <pre>{@code
 *   state ← state + 0x9E3779B97F4A7C15
 *   z ← state;  z ← (z ⊕ (z >>> 30))·0xBF58476D1CE4E5B9;  z ← (z ⊕ (z >>> 27))·0x94D049BB133111EB
 *   return z ⊕ (z >>> 31)
 * }</pre>
 * Gaussians use Marsaglia's polar method. An {@code Rng} is not thread-safe; give each task its own,
 * made with {@link #split()}.
 */
public final class Rng {
    private long state;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    /** Creates a generator whose whole sequence is determined by {@code seed}. */
    public Rng(long seed) {
        this.state = seed;
    }

    /** Returns the next 64 uniformly distributed bits. */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Returns a uniform double in [0, 1), with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Returns a uniform double in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /**
     * Returns a uniform int in [0, bound), without modulo bias (Lemire's rejection method).
     *
     * @throws IllegalArgumentException if bound ≤ 0
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("nextInt: bound must be positive, got " + bound);
        }
        long threshold = (1L << 32) % bound;
        while (true) {
            long r = nextLong() >>> 32;
            long product = r * bound;
            if ((product & 0xFFFFFFFFL) >= threshold) {
                return (int) (product >>> 32);
            }
        }
    }

    /** Returns a uniform int in [lo, hi] (both ends included). */
    public int nextInt(int lo, int hi) {
        if (hi < lo) {
            throw new IllegalArgumentException("nextInt: empty range [" + lo + ", " + hi + "]");
        }
        return lo + nextInt(hi - lo + 1);
    }

    /** Returns a standard normal sample, N(0, 1). */
    public double nextGaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * nextDouble() - 1.0;
            v = 2.0 * nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double factor = Math.sqrt(-2.0 * StrictMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    /** Returns a new generator seeded from this one, for an independent stream. */
    public Rng split() {
        return new Rng(nextLong());
    }

    /** Returns a uniformly random permutation of 0, 1, …, n−1 (Fisher–Yates). */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
