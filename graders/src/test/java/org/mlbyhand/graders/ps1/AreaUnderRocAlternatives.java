package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.grading.Alternative;

/**
 * Correct ROC AUCs written differently from core's (sort highest first, then one trapezoid per group of
 * tied scores), each of which the grader must accept. All three count exactly (in integers or halves)
 * and divide once, so they agree with core to the last bit.
 */
final class AreaUnderRocAlternatives {
    private AreaUnderRocAlternatives() {
    }

    static final List<Alternative<BiFunction<int[], double[], Double>>> ALL = List.of(
            new Alternative<>("pairwise: (#{s⁺ > s⁻} + ½·#{s⁺ = s⁻}) / (P·N)", AreaUnderRocAlternatives::pairwise),
            new Alternative<>("Mann–Whitney: (Σ average ranks of the positives − P·(P + 1)/2) / (P·N)",
                    AreaUnderRocAlternatives::rankSum),
            new Alternative<>("lowest first, each group of tied scores: its positives × (negatives below + ½·its own)",
                    AreaUnderRocAlternatives::ascendingSweep));

    private static Double pairwise(int[] y, double[] s) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        long twice = 0;                                   // 2·wins + ties
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    twice += s[i] > s[j] ? 2 : s[i] == s[j] ? 1 : 0;
                }
            }
        }
        return twice / (2.0 * pn[0] * pn[1]);
    }

    /** Ranks 1 … n in ascending order; a group of equal scores at ranks a … b all get (a + b)/2. */
    private static Double rankSum(int[] y, double[] s) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        Integer[] order = ascending(s);
        long twiceRankSum = 0;                            // ranks are halves: sum twice them
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end < order.length && s[order[end]] == s[order[start]]) {
                end++;
            }
            long twiceRank = (start + 1) + end;           // a + b with a = start + 1, b = end
            for (int k = start; k < end; k++) {
                twiceRankSum += y[order[k]] * twiceRank;
            }
            start = end;
        }
        long p = pn[0];
        return (twiceRankSum - p * (p + 1)) / (2.0 * p * pn[1]);
    }

    private static Double ascendingSweep(int[] y, double[] s) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        Integer[] order = ascending(s);
        long negativesBelow = 0;
        long twiceWins = 0;
        int start = 0;
        while (start < order.length) {
            long positives = 0;
            long negatives = 0;
            int k = start;
            for (; k < order.length && s[order[k]] == s[order[start]]; k++) {
                positives += y[order[k]];
                negatives += 1 - y[order[k]];
            }
            twiceWins += positives * (2 * negativesBelow + negatives);
            negativesBelow += negatives;
            start = k;
        }
        return twiceWins / (2.0 * pn[0] * pn[1]);
    }

    /** Row indices sorted by score, lowest first; −0.0 and 0.0 end up next to each other. */
    private static Integer[] ascending(double[] s) {
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(s[a], s[b]));
        return order;
    }
}
