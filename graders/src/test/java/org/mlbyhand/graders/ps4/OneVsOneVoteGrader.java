package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.svm.OneVsOne;
import org.mlbyhand.core.svm.SvcModel;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Equivalence;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;

/**
 * Grades {@code OneVsOneVote}: libsvm's vote over the k(k−1)/2 pairs, ties to the smallest class, against
 * core's {@code OneVsOne.vote}, the rule {@link SvcModel#predict} applies. That method is package-private
 * in core (only SvcModel calls it), so the reference reaches it by reflection, row by row; a public
 * {@code OneVsOne.vote} in core would remove the detour. Labels are compared exactly.
 *
 * <p>Random rows draw their pairwise values from {−1, −0.5, 0, 0.5, 1}, so that a value of exactly 0 (which
 * votes for the second class) and ties between classes are common. The reference-free checks: a class
 * that wins all its k − 1 pairs is predicted; the predicted class has as many votes as any other.
 */
public final class OneVsOneVoteGrader extends Grader<OneVsOneVoteGrader.Vote> {

    private static final CaseGen VOTES = CaseGen.create().dim("m", 1, 5).dim("q", 1, 10)
            .value("D", Matrix.class, List.of("m", "q"), OneVsOneVoteGrader::pairwise, D -> true)
            .integer("k", 2, 5)
            .require("D has k(k−1)/2 columns, one per pair", c -> c.matrix("D").cols() == pairs(c.integer("k")));

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Vote {
        /** Returns the predicted class of every row of D; D is not modified. */
        int[] predict(Matrix D, int k);
    }

    @Override
    public Exercise exercise() {
        return exercise(110, "ovo-vote", "One-vs-one vote", 10);
    }

    @Override
    public Vote reference() {
        return OneVsOneVoteGrader::vote;
    }

    @Override
    public List<Bug<Vote>> bugs() {
        return OneVsOneVoteBugs.ALL;
    }

    @Override
    public List<Alternative<Vote>> alternatives() {
        return OneVsOneVoteAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(SvcModel.class), Forbidden.type(OneVsOne.class));
    }

    @Override
    public Object call(Vote f, Case c) {
        return f.predict(c.matrix("D"), c.integer("k"));
    }

    @Override
    public String output() {
        return "class";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("two classes, one pair: f > 0 votes for class 0, else class 1: D = [[0.7], [−0.2]] gives [0, 1]",
                        votes(new double[][] {{0.7}, {-0.2}}, 2), Equivalence.exactly())
                .agrees("f = 0 votes for the second class of the pair: k = 3, D = [[0, −1, 0]], pairs (0,1), (0,2), (1,2)"
                        + " vote 1, 2, 2: class 2", votes(new double[][] {{0, -1, 0}}, 3), Equivalence.exactly())
                .agrees("three classes in a cycle, one vote each: D = [[1, −1, 1]] votes 0, 2, 1; the tie goes to the"
                        + " smallest class, 0", votes(new double[][] {{1, -1, 1}}, 3), Equivalence.exactly())
                .agrees("votes, not summed values: D = [[0.1, 0.1, −5]] gives class 0 two votes, class 2 one: class 0",
                        votes(new double[][] {{0.1, 0.1, -5}}, 3), Equivalence.exactly())
                .agrees("four classes, pairs in the order (0,1), (0,2), (0,3), (1,2), (1,3), (2,3): D = [[−1, −1, −1, 1,"
                                + " −1, −1]] gives the votes [0, 2, 1, 3]: class 3",
                        votes(new double[][] {{-1, -1, -1, 1, -1, -1}}, 4), Equivalence.exactly())
                .agrees("matches the reference on random rows, k ≤ 5, many zeros and ties", VOTES, Equivalence.exactly())
                .holds("a class that wins all its k − 1 pairs is predicted", VOTES, OneVsOneVoteGrader::condorcet)
                .holds("the predicted class has as many votes as any other", VOTES, OneVsOneVoteGrader::mostVotes)
                .rejects("rejects k = 1: a vote needs two classes", votes(new double[][] {{}}, 1),
                        IllegalArgumentException.class)
                .rejects("rejects D with the wrong number of columns: k = 3 makes 3 pairs, D is 1×2",
                        votes(new double[][] {{1, 1}}, 3), ShapeMismatchException.class);
    }

    /** core's vote, row by row, after the stub's checks. */
    static int[] vote(Matrix D, int k) {
        SvmInputs.vote("ovo-vote", D, k);
        int[] labels = new int[D.rows()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = OneVsOne.vote(D.row(r), k);
        }
        return labels;
    }

    private static void condorcet(Case c, Invariant.Run run) {
        Matrix D = c.matrix("D");
        int k = c.integer("k");
        int[] predicted = labels(run.on(c), D.rows());
        for (int r = 0; r < D.rows(); r++) {
            int[] wins = votes(D.row(r), k);
            for (int a = 0; a < k; a++) {
                if (wins[a] == k - 1) {
                    Expect.that(predicted[r] == a, "row " + r + ", " + MatrixFormat.format(D.row(r)) + ": class " + a
                            + " wins all its " + (k - 1) + " pairs (votes " + MatrixFormat.format(asDoubles(wins))
                            + "), so it is the prediction, not " + predicted[r] + ".");
                }
            }
        }
    }

    private static void mostVotes(Case c, Invariant.Run run) {
        Matrix D = c.matrix("D");
        int k = c.integer("k");
        int[] predicted = labels(run.on(c), D.rows());
        for (int r = 0; r < D.rows(); r++) {
            int[] wins = votes(D.row(r), k);
            Expect.that(predicted[r] >= 0 && predicted[r] < k, "row " + r + ": class " + predicted[r] + " is not one of"
                    + " 0 … " + (k - 1) + ".");
            for (int a = 0; a < k; a++) {
                Expect.that(wins[predicted[r]] >= wins[a], "row " + r + ", " + MatrixFormat.format(D.row(r))
                        + ": the votes are " + MatrixFormat.format(asDoubles(wins)) + " (pairs in the order (0,1), (0,2), …,"
                        + " positive for the first class), so class " + predicted[r] + " does not have the most.");
            }
        }
    }

    /** The votes of one row: pair (a, b) votes a if f &gt; 0, else b. */
    static int[] votes(double[] dec, int k) {
        int[] wins = new int[k];
        int q = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                wins[dec[q++] > 0 ? a : b]++;
            }
        }
        return wins;
    }

    private static int[] labels(Object result, int m) {
        Expect.that(result instanceof int[] && ((int[]) result).length == m,
                "your code must return an int[] of length " + m + ", one class per row of D.");
        return (int[]) result;
    }

    private static double[] asDoubles(int[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    private static Matrix pairwise(Rng rng, int[] shape) {
        Matrix D = Matrix.zeros(shape[0], shape[1]);
        for (int r = 0; r < shape[0]; r++) {
            for (int q = 0; q < shape[1]; q++) {
                D.set(r, q, (rng.nextInt(5) - 2) / 2.0);
            }
        }
        return D;
    }

    static int pairs(int k) {
        return k * (k - 1) / 2;
    }

    private static Case votes(double[][] rows, int k) {
        return Case.of("D", Matrix.of(rows), "k", k);
    }
}
