package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a bootstrap sample, each a complete implementation the grader must reject. On
 * seed = 0, n = 5 (draws 4, 2, 0, 4, 0: counts [2, 0, 1, 0, 2], out of bag [1, 3]) all six give
 * different answers: a permutation gives counts of 1 and no row out of bag; a new generator per draw,
 * row 4 five times; a row drawn twice counted once, [1, 0, 1, 0, 1]; four draws, [1, 0, 1, 0, 2];
 * java.util.Random, another sample; the rows drawn as the out-of-bag ones, [0, 2, 4].
 */
final class BootstrapSampleBugs {
    private BootstrapSampleBugs() {
    }

    enum Mistake { NONE, WITHOUT_REPLACEMENT, GENERATOR_PER_DRAW, COUNTED_ONCE, ONE_DRAW_SHORT, JAVA_RANDOM, IN_BAG }

    static final List<Bug<BootstrapSampleGrader.Sample>> ALL = List.of(
            new Bug<>("drawn without replacement",
                    "a bootstrap sample draws with replacement: each of the n draws is rng.nextInt(n) over all the"
                            + " rows, so some rows come twice and about a third never. A permutation (or removing"
                            + " drawn rows) gives every row once and leaves nothing out of the bag.",
                    (seed, n) -> sample(seed, n, Mistake.WITHOUT_REPLACEMENT)),
            new Bug<>("a new generator for every draw",
                    "create the Rng once, before the loop: new Rng(seed) inside it restarts the same sequence, so"
                            + " every draw returns its first number and one row is drawn n times.",
                    (seed, n) -> sample(seed, n, Mistake.GENERATOR_PER_DRAW)),
            new Bug<>("a row drawn twice counted once",
                    "counts[r] is how many times row r was drawn (a tree sees a row drawn twice twice): add 1 at"
                            + " every draw, counts[r]++, rather than marking the row as drawn.",
                    (seed, n) -> sample(seed, n, Mistake.COUNTED_ONCE)),
            new Bug<>("one draw short",
                    "the sample has as many draws as there are rows, n: check your loop's bounds (d from 0 while"
                            + " d < n). The counts must sum to n.",
                    (seed, n) -> sample(seed, n, Mistake.ONE_DRAW_SHORT)),
            new Bug<>("java.util.Random instead of core's Rng",
                    "draw with core's generator, new org.mlbyhand.core.random.Rng(seed): java.util.Random with the"
                            + " same seed is another generator, uniform too, but its sample is not the one core's forest"
                            + " draws for this seed.",
                    (seed, n) -> sample(seed, n, Mistake.JAVA_RANDOM)),
            new Bug<>("the rows drawn reported as out of bag",
                    "out of bag are the rows the sample never drew, counts[r] = 0, not the rows it drew.",
                    (seed, n) -> sample(seed, n, Mistake.IN_BAG)));

    static List<int[]> sample(int seed, int n, Mistake mistake) {
        if (n < 1) {
            throw new IllegalArgumentException("Bootstrap.sample: n must be ≥ 1, got " + n);
        }
        Rng rng = new Rng(seed);
        java.util.Random random = new java.util.Random(seed);
        int[] counts = new int[n];
        if (mistake == Mistake.WITHOUT_REPLACEMENT) {
            for (int r : rng.permutation(n)) {
                counts[r]++;
            }
        } else {
            int draws = mistake == Mistake.ONE_DRAW_SHORT ? n - 1 : n;
            for (int d = 0; d < draws; d++) {
                int r = mistake == Mistake.GENERATOR_PER_DRAW ? new Rng(seed).nextInt(n)
                        : mistake == Mistake.JAVA_RANDOM ? random.nextInt(n) : rng.nextInt(n);
                counts[r] = mistake == Mistake.COUNTED_ONCE ? 1 : counts[r] + 1;
            }
        }
        int m = 0;
        for (int c : counts) {
            m += (c == 0) != (mistake == Mistake.IN_BAG) ? 1 : 0;
        }
        int[] outOfBag = new int[m];
        for (int r = 0, next = 0; r < n; r++) {
            if ((counts[r] == 0) != (mistake == Mistake.IN_BAG)) {
                outOfBag[next++] = r;
            }
        }
        return List.of(counts, outOfBag);
    }
}
