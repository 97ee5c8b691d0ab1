package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a random forest's vote, each a complete implementation the grader must reject.
 * Each fails first at its own hand-picked check: the majority of labels on trees [0.4, 0.6], [0.4, 0.6],
 * [0.9, 0.1] (soft vote 0, two labels of three say 1); {@code >=} and the last tree only on the tie of
 * [0.5, 0, 0.5] and [0.25, 0.5, 0.25] (classes 0 and 2 tie at 0.375: {@code >=} says 2, the last tree 1,
 * the labels 0); the rows read as adjacent on two trees of two rows; the most confident tree on [0.95,
 * 0.05], [0.2, 0.8], [0.3, 0.7] (mean 0.517 for class 1, a maximum of 0.95 for class 0).
 */
final class SoftVoteBugs {
    private SoftVoteBugs() {
    }

    enum Mistake { NONE, LABELS, TIES_TO_LAST, ROWS_ADJACENT, MAX_CONFIDENCE, LAST_TREE }

    static final List<Bug<SoftVoteGrader.Vote>> ALL = List.of(
            new Bug<>("a majority of the trees' labels",
                    "the forest averages the trees' probabilities and then takes the most probable class; counting"
                            + " each tree's predicted label (a hard vote) loses how sure each tree is. Add up"
                            + " P[t·m + i][c] over the trees, for every class.",
                    (P, T) -> vote(P, T, Mistake.LABELS)),
            new Bug<>(">= in the argmax",
                    "when two classes are equally probable the lowest one wins (numpy's argmax): replace the best"
                            + " class only if a later one is strictly more probable (>, not >=).",
                    (P, T) -> vote(P, T, Mistake.TIES_TO_LAST)),
            new Bug<>("each row's trees read as adjacent rows",
                    "the stack holds whole blocks, tree after tree: tree t's probabilities for row i are in row"
                            + " t·m + i of P (m = P.rows() / T), not in row i·T + t.",
                    (P, T) -> vote(P, T, Mistake.ROWS_ADJACENT)),
            new Bug<>("the most confident tree decides",
                    "the forest's probability of a class is the mean over all the trees, (1/T)·Σ_t P_t[i][c], not"
                            + " the largest any single tree gives it.",
                    (P, T) -> vote(P, T, Mistake.MAX_CONFIDENCE)),
            new Bug<>("only the last tree kept",
                    "every tree adds its probabilities to the sum (sum += P_t), so that all T trees count; an"
                            + " assignment (sum = P_t) keeps only the last tree's.",
                    (P, T) -> vote(P, T, Mistake.LAST_TREE)));

    /** The input checks of the vote, as the reference makes them; returns m. */
    static int checked(Matrix P, int trees) {
        if (trees < 1) {
            throw new IllegalArgumentException("vote: trees must be ≥ 1, got " + trees);
        }
        if (P.rows() % trees != 0) {
            throw new ShapeMismatchException("vote: P is " + P.shape() + ", not a stack of " + trees + " blocks");
        }
        if (P.cols() == 0) {
            throw new IllegalArgumentException("vote: P is " + P.shape() + "; needs at least one class");
        }
        return P.rows() / trees;
    }

    static int[] vote(Matrix P, int trees, Mistake mistake) {
        int m = checked(P, trees);
        int k = P.cols();
        double[][] score = new double[m][k];
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < m; i++) {
                int r = mistake == Mistake.ROWS_ADJACENT ? i * trees + t : t * m + i;
                if (mistake == Mistake.LABELS) {
                    score[i][argmax(P.row(r), false)] += 1.0;
                    continue;
                }
                for (int c = 0; c < k; c++) {
                    double p = P.get(r, c);
                    score[i][c] = mistake == Mistake.MAX_CONFIDENCE ? Math.max(score[i][c], p)
                            : mistake == Mistake.LAST_TREE ? p : score[i][c] + p;
                }
            }
        }
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            labels[i] = argmax(score[i], mistake == Mistake.TIES_TO_LAST);
        }
        return labels;
    }

    private static int argmax(double[] v, boolean tiesToLast) {
        int best = 0;
        for (int c = 1; c < v.length; c++) {
            best = tiesToLast ? (v[c] >= v[best] ? c : best) : (v[c] > v[best] ? c : best);
        }
        return best;
    }
}
