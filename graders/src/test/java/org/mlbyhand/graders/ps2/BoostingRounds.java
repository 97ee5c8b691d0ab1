package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Expect;

/**
 * What the two boosting-round graders share: the input checks as core's PseudoResiduals and LeafValues
 * make them (for the bugs and alternatives), the random rounds they draw, and the per-leaf sums their
 * invariants need. Random rounds have y and F on the eighths, J from 4 to 6 leaves (so some are empty)
 * and about one row in five out of the round (region −1); every leaf's residuals add up to at least
 * {@value #MIN_SUM_SHARE} of their absolute sum, so that a leaf value never cancels to a few ulps of its
 * terms, where another summation order would differ by more than round-off of the answer.
 */
final class BoostingRounds {
    static final double MIN_SUM_SHARE = 1e-2;

    /** Squared-error rounds: y and F on the eighths of [−2, 2]. */
    static final CaseGen SQUARED = CaseGen.create().dim("n", 1, 12)
            .vector("y", "n", rng -> rng.nextInt(-16, 16) / 8.0).vector("F", "n", rng -> rng.nextInt(-16, 16) / 8.0)
            .value("region", int[].class, List.of("n"), BoostingRounds::regions, r -> true).integer("J", 4, 6)
            .require("no leaf's residuals cancel", c -> noCancellation(squaredResiduals(c), c.labels("region")));

    /** Log-loss rounds: labels 0 and 1, log-odds on the eighths of [−3, 3]. */
    static final CaseGen LOG_LOSS = CaseGen.create().dim("n", 1, 12).labels("y", "n", 2)
            .vector("F", "n", rng -> rng.nextInt(-24, 24) / 8.0)
            .value("region", int[].class, List.of("n"), BoostingRounds::regions, r -> true).integer("J", 4, 6)
            .require("no leaf's residuals cancel", c -> noCancellation(logLossResiduals(c), c.labels("region")));

    private BoostingRounds() {
    }

    /** The case y, F, region, J (y a double[] or an int[]). */
    static Case round(Object y, double[] F, int[] region, int J) {
        return Case.of("y", y, "F", F, "region", region, "J", J);
    }

    /** The checks of a round on n rows, as core makes them: lengths, finite F (and y), J ≥ 1, regions in [−1, J). */
    static void checked(int n, double[] y, double[] F, int[] region, int J) {
        String who = "leafValues";
        if (F.length != n || region.length != n) {
            throw new ShapeMismatchException(who + ": y has length " + n + ", F " + F.length + ", region " + region.length);
        }
        if (y != null) {
            NodeInputs.finite(who, "y", y);
        }
        NodeInputs.finite(who, "F", F);
        if (J < 1) {
            throw new IllegalArgumentException(who + ": J must be ≥ 1, got " + J);
        }
        for (int i = 0; i < n; i++) {
            if (region[i] < -1 || region[i] >= J) {
                throw new IllegalArgumentException(who + ": region[" + i + "] = " + region[i] + " is not in [−1, " + J
                        + ")");
            }
        }
    }

    /** As {@link #checked(int, double[], double[], int[], int)} for labels, each 0 or 1. */
    static void checked(int[] y, double[] F, int[] region, int J) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("leafValues: y[" + i + "] = " + y[i] + " is not 0 or 1");
            }
        }
        checked(y.length, null, F, region, J);
    }

    /** σ(x) = 1/(1 + e^(−x)). */
    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double[] squaredResiduals(Case c) {
        double[] y = c.vector("y");
        double[] F = c.vector("F");
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - F[i];
        }
        return r;
    }

    static double[] logLossResiduals(Case c) {
        int[] y = c.labels("y");
        double[] F = c.vector("F");
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - sigmoid(F[i]);
        }
        return r;
    }

    /** Σ of v over the rows of each leaf, and in the last entry of each row, the count: J×2 as [sum, rows]. */
    static double[][] perLeaf(double[] v, int[] region, int J) {
        double[][] out = new double[J][2];
        for (int i = 0; i < v.length; i++) {
            if (region[i] >= 0 && region[i] < J) {
                out[region[i]][0] += v[i];
                out[region[i]][1] += 1;
            }
        }
        return out;
    }

    /** Checks that the result is a double[] of length J; returns it. */
    static double[] leafValues(Object result, int J) {
        Expect.that(result instanceof double[], "your code must return a double[] of the J leaf values.");
        double[] gamma = (double[]) result;
        Expect.that(gamma.length == J, "your code must return one value per leaf, J = " + J + ", but it returned "
                + gamma.length + ".");
        return gamma;
    }

    /** Each leaf's value formatted, for messages. */
    static String text(double v) {
        return MatrixFormat.number(v);
    }

    /** Region ids in [−1, 3]: about one row in five out of the round. */
    private static int[] regions(Rng rng, int[] shape) {
        int[] region = new int[shape[0]];
        for (int i = 0; i < region.length; i++) {
            region[i] = rng.nextInt(-1, 3);
        }
        return region;
    }

    private static boolean noCancellation(double[] r, int[] region) {
        double[] sum = new double[4];
        double[] size = new double[4];
        for (int i = 0; i < r.length; i++) {
            if (region[i] >= 0 && region[i] < 4) {
                sum[region[i]] += r[i];
                size[region[i]] += Math.abs(r[i]);
            }
        }
        for (int j = 0; j < 4; j++) {
            if (size[j] > 0 && Math.abs(sum[j]) < MIN_SUM_SHARE * size[j]) {
                return false;
            }
        }
        return true;
    }
}
