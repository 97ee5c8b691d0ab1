package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps4.OneVsOneVoteGrader.Vote;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the one-vs-one vote, each a complete implementation the grader must reject. Each
 * hand-picked case is built to be the first one a bug fails, with an answer of its own there: the two
 * classes (the reversed sign), f = 0 (given to the first class), the three-way tie (to the larger class),
 * votes against sums (the class with the largest summed value), four classes (the pairs enumerated b
 * outer, a inner). The last two are right on every valid input and fail only the rejections.
 */
final class OneVsOneVoteBugs {
    private OneVsOneVoteBugs() {
    }

    private enum Mistake {
        TIE_TO_LARGER, ZERO_TO_FIRST, SIGN_REVERSED, PAIRS_COLUMN_ORDER, SUMMED_VALUES
    }

    static final List<Bug<Vote>> ALL = List.of(
            new Bug<>("a tie goes to the larger class",
                    "libsvm and scikit-learn give a tie to the SMALLEST class index: look for the maximum with a"
                            + " strict >, so that a later class with as many votes does not replace an earlier one.",
                    (D, k) -> predict(D, k, Mistake.TIE_TO_LARGER)),
            new Bug<>("f = 0 votes for the first class",
                    "pair (a, b) votes for a only if f_ab(x) > 0 strictly; f = 0 is a vote for b (libsvm's rule).",
                    (D, k) -> predict(D, k, Mistake.ZERO_TO_FIRST)),
            new Bug<>("sign reversed: f > 0 votes for the second class",
                    "f_ab(x) is positive for the FIRST class of the pair, a (in libsvm's pair (a, b), class a has the"
                            + " sign +1).",
                    (D, k) -> predict(D, k, Mistake.SIGN_REVERSED)),
            new Bug<>("pairs enumerated b outer, a inner",
                    "the columns of D are the pairs in the order (0,1), (0,2), …, (0,k−1), (1,2), …: a in the outer"
                            + " loop, b from a + 1 in the inner one. Yours reads them as (0,1), (0,2), (1,2), (0,3), …, which"
                            + " agrees only for k ≤ 3.",
                    (D, k) -> predict(D, k, Mistake.PAIRS_COLUMN_ORDER)),
            new Bug<>("the largest summed decision value, not the most votes",
                    "each pair casts one vote whatever the size of its f: count votes, then take the class with the"
                            + " most. Summing the values lets one confident pair outweigh two others.",
                    (D, k) -> predict(D, k, Mistake.SUMMED_VALUES)),
            new Bug<>("the number of columns not checked",
                    "D must have exactly k(k−1)/2 columns, one per pair: throw ShapeMismatchException otherwise,"
                            + " before reading them.",
                    (D, k) -> {
                        if (k < 2) {
                            throw new IllegalArgumentException("ovo-vote: k must be ≥ 2, got " + k);
                        }
                        return labels(D, k, null);
                    }),
            new Bug<>("k < 2 not rejected",
                    "a vote needs at least two classes: throw IllegalArgumentException for k < 2.",
                    (D, k) -> {
                        if (D.cols() != k * (k - 1) / 2) {
                            throw new ShapeMismatchException("ovo-vote: D is " + D.shape());
                        }
                        return labels(D, k, null);
                    }));

    private static int[] predict(Matrix D, int k, Mistake mistake) {
        SvmInputs.vote("ovo-vote", D, k);
        return labels(D, k, mistake);
    }

    private static int[] labels(Matrix D, int k, Mistake mistake) {
        int[] out = new int[D.rows()];
        for (int r = 0; r < out.length; r++) {
            double[] dec = D.row(r);
            double[] score = new double[k];
            int q = 0;
            if (mistake == Mistake.PAIRS_COLUMN_ORDER) {
                for (int b = 1; b < k; b++) {
                    for (int a = 0; a < b; a++) {
                        score[dec[q++] > 0 ? a : b]++;
                    }
                }
            } else {
                for (int a = 0; a < k; a++) {
                    for (int b = a + 1; b < k; b++) {
                        double f = dec[q++];
                        if (mistake == Mistake.SUMMED_VALUES) {
                            score[a] += f;
                            score[b] -= f;
                        } else if (mistake == Mistake.ZERO_TO_FIRST) {
                            score[f >= 0 ? a : b]++;
                        } else if (mistake == Mistake.SIGN_REVERSED) {
                            score[f > 0 ? b : a]++;
                        } else {
                            score[f > 0 ? a : b]++;
                        }
                    }
                }
            }
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (mistake == Mistake.TIE_TO_LARGER ? score[c] >= score[best] : score[c] > score[best]) {
                    best = c;
                }
            }
            out[r] = best;
        }
        return out;
    }
}
