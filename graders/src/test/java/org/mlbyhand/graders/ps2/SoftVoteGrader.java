package org.mlbyhand.graders.ps2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.ensemble.ForestVote;
import org.mlbyhand.core.ensemble.RandomForestClassificationModel;
import org.mlbyhand.core.ensemble.RandomForestClassifier;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code SoftVote}: a random forest's soft vote (the trees' probabilities averaged, the lowest
 * most probable class), against core's {@link ForestVote#meanProbabilities} and {@link ForestVote#argmax}
 * on the T blocks of the stacked P. Labels are compared exactly; the random forests' means never come
 * within {@value VoteCases#GAP} of a tie ({@link VoteCases}), so that any correct order of the sums gives
 * the same labels, and ties are hand-picked where every formula gives the same bits (dyadic shares, T =
 * 2). The invariants need no reference: the trees' order does not matter, and T copies of one tree vote
 * as that tree does, its own ties included.
 */
public final class SoftVoteGrader extends Grader<SoftVoteGrader.Vote> {
    private static final VoteCases FORESTS = new VoteCases();

    /** The exercise's signature: {@code vote(P, trees)}. */
    @FunctionalInterface
    public interface Vote {
        /** Returns the forest's class for each row, from the trees' stacked probabilities. */
        int[] vote(Matrix P, int trees);
    }

    @Override
    public Exercise exercise() {
        return exercise(80, "forest-vote", "A random forest's soft vote", 10);
    }

    @Override
    public Vote reference() {
        return (P, trees) -> {
            SoftVoteBugs.checked(P, trees);
            return ForestVote.argmax(ForestVote.meanProbabilities(VoteCases.blocks(P, trees)));
        };
    }

    @Override
    public List<Bug<Vote>> bugs() {
        return SoftVoteBugs.ALL;
    }

    @Override
    public List<Alternative<Vote>> alternatives() {
        return SoftVoteAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(ForestVote.class), Forbidden.type(RandomForestClassifier.class),
                Forbidden.type(RandomForestClassificationModel.class));
    }

    @Override
    public Object call(Vote vote, Case c) {
        return vote.vote(c.matrix("P"), c.integer("trees"));
    }

    @Override
    public String output() {
        return "ŷ";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: trees [0.4, 0.6], [0.4, 0.6] and [0.9, 0.1] average to [0.567, 0.433]: class 0,"
                                + " though two trees of three prefer class 1",
                        VoteCases.votes(new double[][] {{0.4, 0.6}, {0.4, 0.6}, {0.9, 0.1}}, 3), Tolerance.EXACT)
                .agrees("a tie goes to the lowest class: [0.5, 0, 0.5] and [0.25, 0.5, 0.25] average to [0.375, 0.25,"
                                + " 0.375]: class 0",
                        VoteCases.votes(new double[][] {{0.5, 0, 0.5}, {0.25, 0.5, 0.25}}, 2), Tolerance.EXACT)
                .agrees("two rows, two trees: P = [[0.9, 0.1], [0.2, 0.8], [0.7, 0.3], [0.4, 0.6]] stacks tree 0's"
                                + " rows 0 and 1, then tree 1's: means [0.8, 0.2] and [0.3, 0.7], so ŷ = [0, 1]",
                        VoteCases.votes(new double[][] {{0.9, 0.1}, {0.2, 0.8}, {0.7, 0.3}, {0.4, 0.6}}, 2),
                        Tolerance.EXACT)
                .agrees("a sure tree does not outvote two others alone: [0.95, 0.05], [0.2, 0.8] and [0.3, 0.7]"
                                + " average to [0.483, 0.517]: class 1",
                        VoteCases.votes(new double[][] {{0.95, 0.05}, {0.2, 0.8}, {0.3, 0.7}}, 3), Tolerance.EXACT)
                .agrees("one tree: its own most probable class, row by row",
                        VoteCases.votes(new double[][] {{0.2, 0.5, 0.3}, {0.6, 0.1, 0.3}}, 1), Tolerance.EXACT)
                .agrees("no rows to predict: an empty ŷ", VoteCases.votes(Matrix.zeros(0, 3), 4), Tolerance.EXACT)
                .agrees("matches the reference on random forests (1 to 5 trees, 1 to 5 rows, 2 to 4 classes)", FORESTS,
                        Tolerance.EXACT)
                .holds("the trees' order does not matter: the blocks in reverse order vote the same", FORESTS,
                        SoftVoteGrader::reversed)
                .holds("T copies of one tree vote as that tree: its most probable class, the lowest on a tie", FORESTS,
                        SoftVoteGrader::copies)
                .rejects("rejects trees = 0", VoteCases.votes(new double[][] {{0.5, 0.5}}, 0),
                        IllegalArgumentException.class)
                .rejects("rejects a stack that is not whole blocks: 3 rows for 2 trees",
                        VoteCases.votes(new double[][] {{0.5, 0.5}, {0.5, 0.5}, {1, 0}}, 2), ShapeMismatchException.class)
                .rejects("rejects P without classes: 2×0", VoteCases.votes(Matrix.zeros(2, 0), 2),
                        IllegalArgumentException.class);
    }

    private static void reversed(Case c, Invariant.Run run) {
        Matrix P = c.matrix("P");
        int trees = c.integer("trees");
        Object forward = run.on(c);
        List<Matrix> blocks = new ArrayList<>(VoteCases.blocks(P, trees));
        java.util.Collections.reverse(blocks);
        Matrix R = stack(blocks, P);
        Object backward = run.on(VoteCases.votes(R, trees));
        Expect.that(forward instanceof int[] && backward instanceof int[]
                        && Arrays.equals((int[]) forward, (int[]) backward),
                "with the " + trees + " trees in reverse order, P = " + MatrixFormat.format(R) + ", your vote is "
                        + text(backward) + ", but in the given order it is " + text(forward) + ".");
    }

    private static void copies(Case c, Invariant.Run run) {
        Matrix P = c.matrix("P");
        int trees = c.integer("trees");
        Matrix first = VoteCases.blocks(P, trees).get(0);
        int copies = Math.max(2, trees);
        Matrix S = stack(java.util.Collections.nCopies(copies, first), first);
        int[] expected = new int[first.rows()];
        for (int i = 0; i < expected.length; i++) {
            for (int cl = 1; cl < first.cols(); cl++) {
                expected[i] = first.get(i, cl) > first.get(i, expected[i]) ? cl : expected[i];
            }
        }
        Object result = run.on(VoteCases.votes(S, copies));
        Expect.that(result instanceof int[] && Arrays.equals(expected, (int[]) result), copies + " copies of the tree "
                + MatrixFormat.format(first) + " must vote as it does, " + text(expected) + " (on a tie, the lowest"
                + " class), but your vote is " + text(result) + ".");
    }

    private static Matrix stack(List<Matrix> blocks, Matrix like) {
        int m = blocks.get(0).rows();
        Matrix S = Matrix.zeros(m * blocks.size(), like.cols());
        for (int t = 0; t < blocks.size(); t++) {
            for (int i = 0; i < m; i++) {
                for (int cl = 0; cl < like.cols(); cl++) {
                    S.set(t * m + i, cl, blocks.get(t).get(i, cl));
                }
            }
        }
        return S;
    }

    private static String text(Object labels) {
        return labels instanceof int[] ? MatrixFormat.format(Arrays.stream((int[]) labels).asDoubleStream().toArray())
                : String.valueOf(labels);
    }
}
