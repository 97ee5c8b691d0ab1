package org.mlbyhand.graders.ps4;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.graders.ps4.OneVsOneVoteGrader.Vote;
import org.mlbyhand.grading.Alternative;

/**
 * Correct votes written otherwise than the reference's count-then-scan, each of which the grader must
 * accept: the classes sorted by (most votes, then smallest index) and the first taken; and each column's
 * pair (a, b) recovered from its index with the closed form of the enumeration, the votes counted in
 * one pass over the columns and the winner found scanning down from the last class with ≥.
 */
final class OneVsOneVoteAlternatives {
    private OneVsOneVoteAlternatives() {
    }

    static final List<Alternative<Vote>> ALL = List.of(
            new Alternative<>("classes sorted by votes (descending), then index (ascending); the first wins", (D, k) -> {
                SvmInputs.vote("ovo-vote", D, k);
                int[] out = new int[D.rows()];
                for (int r = 0; r < out.length; r++) {
                    int[] votes = OneVsOneVoteGrader.votes(D.row(r), k);
                    List<Integer> classes = new ArrayList<>();
                    for (int c = 0; c < k; c++) {
                        classes.add(c);
                    }
                    classes.sort(Comparator.comparingInt((Integer c) -> -votes[c]).thenComparingInt(c -> c));
                    out[r] = classes.get(0);
                }
                return out;
            }),
            new Alternative<>("each column's pair from its index, one pass; the winner scanned down with ≥",
                    OneVsOneVoteAlternatives::byColumns));

    private static int[] byColumns(Matrix D, int k) {
        SvmInputs.vote("ovo-vote", D, k);
        int[] out = new int[D.rows()];
        for (int r = 0; r < out.length; r++) {
            int[] votes = new int[k];
            for (int q = 0; q < D.cols(); q++) {
                int a = 0;
                int first = 0;                                   // index of pair (a, a+1)
                while (first + (k - 1 - a) <= q) {
                    first += k - 1 - a;
                    a++;
                }
                int b = a + 1 + (q - first);
                votes[D.get(r, q) > 0 ? a : b]++;
            }
            int best = k - 1;
            for (int c = k - 1; c >= 0; c--) {
                if (votes[c] >= votes[best]) {
                    best = c;
                }
            }
            out[r] = best;
        }
        return out;
    }
}
