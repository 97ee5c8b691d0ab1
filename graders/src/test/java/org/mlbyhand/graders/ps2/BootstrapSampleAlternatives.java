package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Alternative;

/**
 * Correct bootstrap samples written differently from core's (counts updated at each draw, then a
 * second pass for the rows of count 0): the draws kept and sorted, and the draws as a stream.
 */
final class BootstrapSampleAlternatives {
    private BootstrapSampleAlternatives() {
    }

    static final List<Alternative<BootstrapSampleGrader.Sample>> ALL = List.of(
            new Alternative<>("the draws kept, sorted, then counted in runs; out of bag from a seen[] mask",
                    BootstrapSampleAlternatives::sortedDraws),
            new Alternative<>("the draws as an IntStream, counted; out of bag with a filter",
                    BootstrapSampleAlternatives::streams));

    private static List<int[]> sortedDraws(int seed, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n);
        }
        Rng rng = new Rng(seed);
        int[] draws = new int[n];
        for (int d = 0; d < n; d++) {
            draws[d] = rng.nextInt(n);
        }
        int[] sorted = draws.clone();
        Arrays.sort(sorted);
        int[] counts = new int[n];
        boolean[] seen = new boolean[n];
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            counts[sorted[start]] = end - start;
            seen[sorted[start]] = true;
            start = end;
        }
        int[] outOfBag = IntStream.range(0, n).filter(r -> !seen[r]).toArray();
        return List.of(counts, outOfBag);
    }

    private static List<int[]> streams(int seed, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n);
        }
        Rng rng = new Rng(seed);
        int[] counts = new int[n];
        IntStream.generate(() -> rng.nextInt(n)).limit(n).forEachOrdered(r -> counts[r]++);
        return List.of(counts, IntStream.range(0, n).filter(r -> counts[r] == 0).toArray());
    }
}
