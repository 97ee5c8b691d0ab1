package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in k-means++ seeding, each a complete implementation (with the reference's checks)
 * the grader must reject: the stub's loop with one slip. The grader's hand-picked cases are chosen, seed
 * and all, so that each fails first on its own case, where every bug listed before it still gives the
 * right answer.
 */
final class KMeansPlusPlusSeedingBugs {
    private KMeansPlusPlusSeedingBugs() {
    }

    private enum Mistake {
        DISTANCE_NOT_SQUARED, FIRST_IS_ROW_ZERO, DRAW_NOT_SCALED, LAST_CENTRE_ONLY, LARGEST_POTENTIAL, TRIALS_IGNORED,
        STALE_POTENTIAL, RESEEDED_PER_CENTRE, AT_LEAST_R
    }

    static final List<Bug<KMeansPlusPlusSeedingGrader.Seeding>> ALL = List.of(
            new Bug<>("proportional to the distance, not its square",
                    "k-means++ draws row i with probability D(i)/Σ D, where D is the SQUARED distance to the nearest"
                            + " chosen centre: from D = [1, 0, 4], not [1, 0, 2]. Drop the square root (and compare"
                            + " the candidates' potentials in squared distances too).",
                    (X, k, trials, seed) -> indices(X, k, trials, seed, Mistake.DISTANCE_NOT_SQUARED)),
            new Bug<>("first centre is row 0",
                    "the first centre is drawn too, chosen[0] = rng.nextInt(n), before any nextDouble(): skipping that"
                            + " draw starts on the wrong row and shifts every later draw.",
                    (X, k, trials, seed) -> indices(X, k, trials, seed, Mistake.FIRST_IS_ROW_ZERO)),
            new Bug<>("draw not scaled by the potential",
                    "r = rng.nextDouble()·potential: the draw u is in [0, 1) while the cumulative sums of D run up to"
                            + " Σ D, so without the factor the first rows are almost always the ones drawn.",
                    (X, k, trials, seed) -> indices(X, k, trials, seed, Mistake.DRAW_NOT_SCALED)),
            new Bug<>("D measured to the last centre only",
                    "D(i) is the squared distance to the NEAREST centre chosen so far: after each choice, D(i) ="
                            + " min(D(i), ‖xᵢ − x_new‖²), not ‖xᵢ − x_new‖² alone, or a row next to an earlier centre"
                            + " looks far again (and may be drawn twice).",
                    (X, k, trials, seed) -> indices(X, k, trials, seed, Mistake.LAST_CENTRE_ONLY)),
            new Bug<>("largest potential kept",
                    "of the trials candidates keep the one whose potential Σᵢ min(D(i), ‖xᵢ − x_candidate‖²) is the"
                            + " SMALLEST: the candidate that lowers the sum of squared distances most.",
                    (X, k, trials, seed) -> indices(X, k, trials, seed, Mistake.LARGEST_POTENTIAL)),
            new Bug<>("one candidate whatever trials says",
                    "draw trials candidates for each centre after the first (trials nextDouble() calls), and keep"
                            + " the one of smallest potential; with trials = 1 that is the original k-means++.",
                    (X, k, trials, seed) -> indices(X, k, trials, seed, Mistake.TRIALS_IGNORED)),
            new Bug<>("potential not updated",
                    "after choosing a centre, the potential becomes that centre's potential_t = Σᵢ D_t(i): the next"
                            + " draws are r = u·(new potential). With the old, larger one, r can pass the last"
                            + " cumulative sum.",
                    (X, k, trials, seed) -> indices(X, k, trials, seed, Mistake.STALE_POTENTIAL)),
            new Bug<>("a new Rng(seed) for each centre",
                    "make the generator once, before the first centre, and draw everything from that one stream:"
                            + " a new Rng(seed) inside the loop replays the same numbers for every centre.",
                    (X, k, trials, seed) -> indices(X, k, trials, seed, Mistake.RESEEDED_PER_CENTRE)),
            new Bug<>("first i with a cumulative sum ≥ r",
                    "the candidate is the first i with D(0) + … + D(i) > r, strictly: when every D is 0 (all the rows"
                            + " left are copies of chosen ones), r = 0 and \"≥\" picks row 0, where core takes the"
                            + " last row, n − 1.",
                    (X, k, trials, seed) -> indices(X, k, trials, seed, Mistake.AT_LEAST_R)));

    private static int[] indices(Matrix X, int k, int trials, int seed, Mistake mistake) {
        ClusterInputs.seeding("indices", X, k, trials);
        int n = X.rows();
        Rng rng = new Rng(seed);
        int[] chosen = new int[k];
        chosen[0] = mistake == Mistake.FIRST_IS_ROW_ZERO ? 0 : rng.nextInt(n);
        double[] D = distancesTo(X, chosen[0], null, mistake);
        double potential = sum(D);
        for (int c = 1; c < k; c++) {
            if (mistake == Mistake.RESEEDED_PER_CENTRE) {
                rng = new Rng(seed);
            }
            int best = -1;
            double[] bestD = null;
            double bestPotential = 0.0;
            for (int t = 0; t < (mistake == Mistake.TRIALS_IGNORED ? 1 : trials); t++) {
                double u = rng.nextDouble();
                int candidate = sample(D, mistake == Mistake.DRAW_NOT_SCALED ? u : u * potential, mistake);
                double[] candidateD = distancesTo(X, candidate, mistake == Mistake.LAST_CENTRE_ONLY ? null : D, mistake);
                double candidatePotential = sum(candidateD);
                boolean better = mistake == Mistake.LARGEST_POTENTIAL ? candidatePotential > bestPotential
                        : candidatePotential < bestPotential;
                if (best < 0 || better) {
                    best = candidate;
                    bestD = candidateD;
                    bestPotential = candidatePotential;
                }
            }
            chosen[c] = best;
            D = bestD;
            if (mistake != Mistake.STALE_POTENTIAL) {
                potential = bestPotential;
            }
        }
        return chosen;
    }

    private static int sample(double[] D, double r, Mistake mistake) {
        double cumulative = 0.0;
        for (int i = 0; i < D.length; i++) {
            cumulative += D[i];
            if (mistake == Mistake.AT_LEAST_R ? cumulative >= r : cumulative > r) {
                return i;
            }
        }
        return D.length - 1;
    }

    private static double[] distancesTo(Matrix X, int c, double[] D, Mistake mistake) {
        double[] out = new double[X.rows()];
        double[] centre = X.row(c);
        for (int i = 0; i < out.length; i++) {
            double d = ClusterInputs.squaredDistance(X.row(i), centre);
            d = mistake == Mistake.DISTANCE_NOT_SQUARED ? Math.sqrt(d) : d;
            out[i] = D == null ? d : Math.min(D[i], d);
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0.0;
        for (double d : v) {
            s += d;
        }
        return s;
    }
}
