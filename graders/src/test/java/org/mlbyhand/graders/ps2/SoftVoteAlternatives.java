package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct votes written differently from core's (the blocks summed in tree order, then divided by T):
 * each tree's share divided by T before it is added, a running mean, and the sum over trees without
 * the division (which changes no argmax).
 */
final class SoftVoteAlternatives {
    private SoftVoteAlternatives() {
    }

    static final List<Alternative<SoftVoteGrader.Vote>> ALL = List.of(
            new Alternative<>("P_t/T added tree by tree, row by row", SoftVoteAlternatives::dividedEarly),
            new Alternative<>("a running mean over the trees, from the last to the first", SoftVoteAlternatives::running),
            new Alternative<>("the blocks sliced and summed, never divided", SoftVoteAlternatives::undivided));

    private static int[] dividedEarly(Matrix P, int trees) {
        int m = SoftVoteBugs.checked(P, trees);
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            double[] mean = new double[P.cols()];
            for (int t = 0; t < trees; t++) {
                for (int c = 0; c < mean.length; c++) {
                    mean[c] += P.get(t * m + i, c) / trees;
                }
            }
            labels[i] = first(mean);
        }
        return labels;
    }

    private static int[] running(Matrix P, int trees) {
        int m = SoftVoteBugs.checked(P, trees);
        double[][] mean = new double[m][P.cols()];
        for (int t = trees - 1, seen = 1; t >= 0; t--, seen++) {
            for (int i = 0; i < m; i++) {
                for (int c = 0; c < P.cols(); c++) {
                    mean[i][c] += (P.get(t * m + i, c) - mean[i][c]) / seen;
                }
            }
        }
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            labels[i] = first(mean[i]);
        }
        return labels;
    }

    private static int[] undivided(Matrix P, int trees) {
        int m = SoftVoteBugs.checked(P, trees);
        Matrix sum = Matrix.zeros(m, P.cols());
        for (Matrix block : VoteCases.blocks(P, trees)) {
            sum = sum.plus(block);
        }
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            labels[i] = first(sum.row(i));
        }
        return labels;
    }

    /** The first index of the largest entry. */
    private static int first(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        for (int c = 0; c < v.length; c++) {
            if (v[c] == max) {
                return c;
            }
        }
        return 0;
    }
}
