package org.mlbyhand.graders.ps2;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mlbyhand.core.ensemble.ForestVote;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.core.random.Rng;

/**
 * Random forests' probabilities for the vote exercise: the arguments P ((T·m)×k, the trees' blocks
 * stacked) and trees = T. Each tree's row is a leaf's class shares c/Σc with counts c in 0 … 4, as a
 * fitted tree gives them, so one tree's own ties are exact; the forest's means never tie or come within
 * {@value #GAP} of a tie, so that no correct sum (in any order, divided early or late) can tip an argmax
 * the other way by rounding. P's rows are no dimension a generic shrinker could cut (a row belongs to a
 * tree's block), so this generator shrinks as a person would: it drops a tree, a row to predict (from
 * every block), or a class, keeping the means clear of ties.
 */
final class VoteCases implements Gen<Case> {
    /** The smallest margin between the forest's two most probable classes of a row. */
    static final double GAP = 1e-9;

    @Override
    public Case generate(Rng rng) {
        while (true) {
            int T = rng.nextInt(1, 5);
            int m = rng.nextInt(1, 5);
            int k = rng.nextInt(2, 4);
            Matrix P = Matrix.zeros(T * m, k);
            for (int r = 0; r < T * m; r++) {
                double[] counts = new double[k];
                double total = 0.0;
                while (total == 0.0) {
                    for (int c = 0; c < k; c++) {
                        counts[c] = rng.nextInt(5);
                        total += counts[c];
                    }
                }
                for (int c = 0; c < k; c++) {
                    P.set(r, c, counts[c] / total);
                }
            }
            if (clearOfTies(P, T)) {
                return votes(P, T);
            }
        }
    }

    @Override
    public Stream<Case> shrink(Case c) {
        Matrix P = c.matrix("P");
        int T = c.integer("trees");
        int m = P.rows() / T;
        int k = P.cols();
        Stream<Case> fewerTrees = IntStream.range(0, T).filter(t -> T > 1).mapToObj(t -> {
            int[] keep = IntStream.range(0, T * m).filter(r -> r / m != t).toArray();
            return votes(P.selectRows(keep), T - 1);
        });
        Stream<Case> fewerRows = IntStream.range(0, m).filter(i -> m > 1).mapToObj(i -> {
            int[] keep = IntStream.range(0, T * m).filter(r -> r % m != i).toArray();
            return votes(P.selectRows(keep), T);
        });
        Stream<Case> fewerClasses = IntStream.range(0, k).filter(j -> k > 2).mapToObj(j -> {
            Matrix Q = Matrix.zeros(T * m, k - 1);
            for (int r = 0; r < T * m; r++) {
                for (int col = 0, q = 0; col < k; col++) {
                    if (col != j) {
                        Q.set(r, q++, P.get(r, col));
                    }
                }
            }
            return votes(Q, T);
        });
        return Stream.of(fewerTrees, fewerRows, fewerClasses).flatMap(s -> s)
                .filter(s -> clearOfTies(s.matrix("P"), s.integer("trees")));
    }

    /** The case P, trees. */
    static Case votes(Matrix P, int trees) {
        return Case.of("P", P, "trees", trees);
    }

    /** The case of one row per tree given as rows of probabilities, tree after tree. */
    static Case votes(double[][] P, int trees) {
        return votes(Matrix.of(P), trees);
    }

    /** The T blocks of P, tree after tree. */
    static List<Matrix> blocks(Matrix P, int trees) {
        int m = P.rows() / trees;
        return IntStream.range(0, trees).mapToObj(t -> P.slice(t * m, (t + 1) * m, 0, P.cols())).toList();
    }

    /** True when every row's two most probable classes under the mean differ by more than GAP. */
    static boolean clearOfTies(Matrix P, int trees) {
        Matrix mean = ForestVote.meanProbabilities(blocks(P, trees));
        for (int i = 0; i < mean.rows(); i++) {
            double[] row = mean.row(i);
            double first = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (double v : row) {
                if (v > first) {
                    second = first;
                    first = v;
                } else if (v > second) {
                    second = v;
                }
            }
            if (first - second <= GAP) {
                return false;
            }
        }
        return true;
    }
}
