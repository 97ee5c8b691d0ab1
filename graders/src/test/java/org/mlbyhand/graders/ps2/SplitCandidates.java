package org.mlbyhand.graders.ps2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.tree.Impurity;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.grading.Comparison;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Tolerance;

/**
 * Every allowed Gini split of a node, scored in exact arithmetic, for the split exercises' invariant
 * (the learner's split describes its own rows, and no allowed threshold of any feature does better)
 * and for their generators (the best split is unique, so that no correct solution can break a tie
 * differently from the reference by rounding).
 *
 * <p>With class counts L_c, R_c of the children (n_L, n_R rows) and i the node's Gini impurity,
 * <pre>{@code
 *   improvement = i − n_R/n·(1 − Σ_c R_c²/n_R²) − n_L/n·(1 − Σ_c L_c²/n_L²) = i − 1 + S/n,
 *   S = Σ_c L_c²/n_L + Σ_c R_c²/n_R = (n_R·Σ_c L_c² + n_L·Σ_c R_c²) / (n_L·n_R)
 * }</pre>
 * so splits are ranked by S, a fraction of integers compared exactly.
 */
final class SplitCandidates {
    private SplitCandidates() {
    }

    /**
     * One allowed split x[feature] ≤ threshold, with S = num/den.
     *
     * @param left  the class counts of the rows with x ≤ threshold
     * @param right the class counts of the others
     */
    record Candidate(int feature, double threshold, int nLeft, int nRight, double[] left, double[] right,
                     long num, long den) {
        /** Compares S exactly. */
        int compareScore(Candidate other) {
            return Long.compare(num * other.den, other.num * den);
        }

        /** Returns i − n_R/n·i_R − n_L/n·i_L in floating point. */
        double improvement(double impurity) {
            int n = nLeft + nRight;
            return impurity - (double) nRight / n * Impurity.gini(right) - (double) nLeft / n * Impurity.gini(left);
        }

        /** Returns the split as the exercises report it. */
        Split split(double impurity) {
            return new Split(feature, threshold, nLeft, nRight, impurity, Impurity.gini(left), Impurity.gini(right),
                    improvement(impurity));
        }
    }

    /** Returns the allowed candidates of every column of X, by feature, then by increasing threshold. */
    static List<Candidate> of(Matrix X, int[] y, int k, int minSamplesLeaf) {
        List<Candidate> all = new ArrayList<>();
        for (int j = 0; j < X.cols(); j++) {
            all.addAll(ofFeature(X.column(j), j, y, k, minSamplesLeaf));
        }
        return all;
    }

    /** Returns the allowed candidates of one feature x, by increasing threshold. */
    static List<Candidate> ofFeature(double[] x, int feature, int[] y, int k, int minSamplesLeaf) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        List<Candidate> out = new ArrayList<>();
        for (int p = 1; p < sorted.length; p++) {
            if (sorted[p] > sorted[p - 1]) {
                double t = midpoint(sorted[p - 1], sorted[p]);
                Candidate c = at(x, feature, t, y, k);
                if (c.nLeft() >= minSamplesLeaf && c.nRight() >= minSamplesLeaf) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** True when no two allowed candidates of X tie for the largest improvement (or there is none). */
    static boolean uniqueBest(Matrix X, int[] y, int k, int minSamplesLeaf) {
        List<Candidate> all = of(X, y, k, minSamplesLeaf);
        Candidate best = best(all);
        return best == null || all.stream().filter(c -> c.compareScore(best) == 0).count() == 1;
    }

    /**
     * The invariant of both split exercises: the learner's split is "no split" exactly when no allowed
     * candidate exists; otherwise its feature and threshold name an allowed candidate, its other fields
     * are that candidate's (counts, impurities, improvement), and no candidate has a larger improvement,
     * or an equal one with a lower feature or threshold.
     *
     * @param oneFeature true to speak of "x", false of "column j of X"
     */
    static void expectBest(Matrix X, int[] y, int k, int minSamplesLeaf, Object result, boolean oneFeature) {
        Expect.that(result instanceof Split, "your code must return a Split (new Split(feature, threshold, nLeft, nRight,"
                + " impurity, impurityLeft, impurityRight, improvement)).");
        Split s = (Split) result;
        int n = X.rows();
        double impurity = Impurity.gini(NodeInputs.counts(y, k));
        List<Candidate> all = of(X, y, k, minSamplesLeaf);
        Candidate best = best(all);
        if (best == null) {
            Expect.that(s.feature() == -1 && s.nLeft() == n && s.nRight() == 0,
                    "no threshold leaves minSamplesLeaf = " + minSamplesLeaf + " rows on both sides, so there is no"
                            + " split: expected feature −1, nLeft = n = " + n + ", nRight = 0, but got " + s + ".");
            return;
        }
        Expect.that(s.feature() >= 0, name(best, oneFeature) + " is an allowed split (" + best.nLeft() + " rows left, "
                + best.nRight() + " right), but your code found none: " + s + ".");
        Expect.that(s.feature() < X.cols(), "feature " + s.feature() + " is not a column of X: it has " + X.cols() + ".");
        double[] x = X.column(s.feature());
        double t = s.threshold();
        Candidate mine = at(x, s.feature(), t, y, k);
        String yours = oneFeature ? "x ≤ " + number(t) : "column " + s.feature() + " ≤ " + number(t);
        Expect.that(mine.nLeft() > 0 && mine.nRight() > 0, "your split " + yours + " sends every row to the same side.");
        Candidate described = new Candidate(s.feature(), midpoint(largestAtMost(x, t), smallestAbove(x, t)),
                mine.nLeft(), mine.nRight(), mine.left(), mine.right(), mine.num(), mine.den());
        String difference = Comparison.difference("split", described.split(impurity), s, Tolerance.ROUNDOFF);
        Expect.that(difference == null, "your split " + yours + " must describe its own rows (the threshold halfway"
                + " between the neighbouring values it separates; counts, Gini impurities and improvement"
                + " i − n_R/n·i_R − n_L/n·i_L of the rows with " + (oneFeature ? "x" : "that column") + " ≤ t and > t): "
                + difference);
        Expect.that(mine.nLeft() >= minSamplesLeaf && mine.nRight() >= minSamplesLeaf, "your split " + yours
                + " leaves " + Math.min(mine.nLeft(), mine.nRight()) + " row(s) on one side, fewer than minSamplesLeaf = "
                + minSamplesLeaf + ".");
        int vsBest = best.compareScore(mine);
        Expect.that(vsBest <= 0, name(best, oneFeature) + " (" + best.nLeft() + " rows left, " + best.nRight()
                + " right) improves the impurity by " + number(best.improvement(impurity)) + ", more than your split "
                + yours + " (" + number(mine.improvement(impurity)) + ").");
        Expect.that(best.feature() == mine.feature() && best.threshold() == described.threshold(), name(best, oneFeature)
                + " improves the impurity exactly as much as your split " + yours + ", and comes first: a tie goes to"
                + " the lowest feature, then the lowest threshold.");
    }

    /** The first candidate of largest S, or null. */
    static Candidate best(List<Candidate> all) {
        Candidate best = null;
        for (Candidate c : all) {
            if (best == null || c.compareScore(best) > 0) {
                best = c;
            }
        }
        return best;
    }

    /** t = a/2 + b/2, or a if that rounds to b: core's Splitter threshold. */
    static double midpoint(double a, double b) {
        double t = a / 2.0 + b / 2.0;
        return t == b ? a : t;
    }

    /** The candidate x ≤ t of this feature, whatever minSamplesLeaf says. */
    private static Candidate at(double[] x, int feature, double t, int[] y, int k) {
        double[] left = new double[k];
        double[] right = new double[k];
        int nLeft = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] <= t) {
                left[y[i]]++;
                nLeft++;
            } else {
                right[y[i]]++;
            }
        }
        int nRight = x.length - nLeft;
        long sumLeft = 0;
        long sumRight = 0;
        for (int c = 0; c < k; c++) {
            sumLeft += (long) left[c] * (long) left[c];
            sumRight += (long) right[c] * (long) right[c];
        }
        return new Candidate(feature, t, nLeft, nRight, left, right, (long) nRight * sumLeft + (long) nLeft * sumRight,
                Math.max(1L, (long) nLeft * nRight));
    }

    private static double largestAtMost(double[] x, double t) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = v <= t ? Math.max(m, v) : m;
        }
        return m;
    }

    private static double smallestAbove(double[] x, double t) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            m = v > t ? Math.min(m, v) : m;
        }
        return m;
    }

    private static String name(Candidate c, boolean oneFeature) {
        return (oneFeature ? "x ≤ " : "column " + c.feature() + " ≤ ") + number(c.threshold());
    }

    private static String number(double v) {
        return MatrixFormat.number(v);
    }
}
