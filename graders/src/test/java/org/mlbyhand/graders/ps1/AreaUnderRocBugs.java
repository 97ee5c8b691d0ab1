package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the ROC AUC, each a complete implementation the grader must reject. Each fails
 * first at its own check, and where two fail at the same one their answers differ:
 * <ul>
 *   <li>no ties (AUC 7/9): swapped classes 2/9, integer division 0, a comparator (int)(a − b) that
 *       leaves the rows unsorted 4/9, trapezoids over the ROC points in row order 5/9;</li>
 *   <li>every score tied (AUC ½): ties as 0 give 0, as wins 1, the row-by-row walk 1/3, ranks from sort
 *       positions 2/3, the first rank of each tie group −½;</li>
 *   <li>every negative above every positive (AUC 0): flipping an AUC below ½ gives 1, as swapping the
 *       classes does, so the flip comes first (on the no-ties case it is right);</li>
 *   <li>scores 1e-12 apart: a tolerance of 1e-9 gives ½; one ulp apart: a cast to float gives ½, as the
 *       tolerance does, so the float comes first (it is right 1e-12 apart); on two rows, the lower score
 *       first, the ROC points in row order give ½ too, so that mistake comes after both;</li>
 *   <li>−0.0 against 0.0: Double.compare's order gives 0, as do the tie mistakes, the walk and both rank
 *       mistakes (which all fail earlier, where Double.compare is right), so it comes before them;</li>
 *   <li>32 or more rows: a comparator that never returns 0 can make Arrays.sort throw.</li>
 * </ul>
 */
final class AreaUnderRocBugs {
    private AreaUnderRocBugs() {
    }

    /** The tolerance of the mistake that calls nearly equal scores tied. */
    private static final double TIE_TOLERANCE = 1e-9;

    static final List<Bug<BiFunction<int[], double[], Double>>> ALL = List.of(
            new Bug<>("an AUC below ½ reported as 1 − AUC",
                    "an AUC below ½ is an answer, not a mistake to correct: the scores rank the negatives above the"
                            + " positives more often than not (AUC = 0 when every negative outscores every positive)."
                            + " Report it as it is, without replacing it by 1 − AUC.",
                    (y, s) -> {
                        double auc = pairs(y, s, 0.5, false);
                        return auc < 0.5 ? 1.0 - auc : auc;
                    }),
            new Bug<>("classes swapped",
                    "your AUC is 1 minus the right one: count the pairs where the positive row (y = 1) has the"
                            + " higher score. A higher score means \"more likely positive\".",
                    (y, s) -> pairs(y, s, 0.5, true)),
            new Bug<>("ties decided by Double.compare",
                    "−0.0 == 0.0 is true: they are the same score, and a tie. Double.compare puts −0.0 below 0.0"
                            + " (the order Arrays.sort needs), so it is fine for sorting, but decide wins and ties with"
                            + " > and ==.",
                    (y, s) -> pairs(y, s, Double::compare)),
            new Bug<>("ties count 0",
                    "a tie between a positive and a negative score counts ½: the ROC curve crosses a group of"
                            + " tied scores on a diagonal, and the area under that segment is a trapezoid. Counting"
                            + " only strict wins, or a rectangle under the lower corner, drops it.",
                    (y, s) -> pairs(y, s, 0.0, false)),
            new Bug<>("ties count as wins",
                    "a tie between a positive and a negative score counts ½, not 1: s_pos ≥ s_neg counts it"
                            + " whole, and so does a rectangle under the upper corner of the ROC curve's diagonal"
                            + " segment; the trapezoid takes the average of the two corners.",
                    (y, s) -> pairs(y, s, 1.0, false)),
            new Bug<>("sorted rows walked one at a time",
                    "walking the sorted rows one by one lets the sort's order among tied scores decide which"
                            + " tied pairs count: a threshold takes a whole group of equal scores at once, and the"
                            + " ROC curve crosses it on one diagonal segment (a trapezoid, ½ per tied pair).",
                    AreaUnderRocBugs::rowByRow),
            new Bug<>("ranks not averaged over ties",
                    "in U = Σ ranks of positives − P·(P + 1)/2, tied scores must all get the average of the"
                            + " ranks they occupy (two rows tied at ranks 3 and 4 both get 3.5); ranks from sort"
                            + " positions let the order of tied rows decide.",
                    (y, s) -> rankSum(y, s, false)),
            new Bug<>("tied rows all given the first rank of their group",
                    "in U = Σ ranks of positives − P·(P + 1)/2, tied scores share the average of the ranks they"
                            + " occupy (rows tied at ranks 3, 4 and 5 all get 4), not the first of them: with every"
                            + " score tied, each rank is (n + 1)/2 and the AUC is ½.",
                    (y, s) -> rankSum(y, s, true)),
            new Bug<>("counts divided as ints",
                    "a count of pairs divided by P·N as ints rounds down (7/9 becomes 0): convert to double before"
                            + " dividing.",
                    AreaUnderRocBugs::integerDivision),
            new Bug<>("comparator (int) (a − b)",
                    "(int) (a − b) is 0 for any two scores less than 1 apart, so your comparator calls them all"
                            + " equal and the sort leaves the rows where they were. Compare doubles with"
                            + " Double.compare(a, b).",
                    (y, s) -> sortedSweep(y, s, (a, b) -> (int) (s[b] - s[a]))),
            new Bug<>("scores compared as floats",
                    "0.5 and 0.5000000000000001 (the next double, Math.nextUp(0.5)) are different scores: the"
                            + " positive wins, AUC = 1. As floats (about 7 digits), rounded, or compared within a"
                            + " tolerance they become equal and tie. Compare the doubles themselves with > and ==.",
                    (y, s) -> pairs(y, s, (a, b) -> Float.compare((float) a, (float) b))),
            new Bug<>("scores within 1e-9 taken as tied",
                    "two scores that differ, however little, are not tied: with s = [1e-12, 2e-12] the positive"
                            + " wins, AUC = 1. A tolerance in the comparison (|a − b| < ε), or rounding the scores,"
                            + " turns that win into a tie. Compare with > and ==.",
                    (y, s) -> pairs(y, s, (a, b) -> Math.abs(a - b) < TIE_TOLERANCE ? 0 : Double.compare(a, b))),
            new Bug<>("ROC points taken in the order of the rows",
                    "the ROC curve runs through its points in threshold order, from the highest score to the"
                            + " lowest; taken in the order of the rows, its trapezoids go back and forth and partly"
                            + " cancel. Sort by score first, then lower the threshold one group of equal scores at a"
                            + " time.",
                    AreaUnderRocBugs::unsortedRoc),
            new Bug<>("comparator that never returns 0",
                    "Arrays.sort threw \"Comparison method violates its general contract!\": a comparator must return"
                            + " 0 for equal scores and compare(a, b) = −compare(b, a), or the sort may fail on arrays of"
                            + " 32 or more. Double.compare(s[b], s[a]) sorts highest first and is a valid comparator.",
                    (y, s) -> sortedSweep(y, s, (a, b) -> s[a] < s[b] ? 1 : -1)));

    /** How a mistake compares two scores: negative, zero (a tie) or positive, as a comparator does. */
    @FunctionalInterface
    private interface ScoreOrder {
        int compare(double a, double b);
    }

    /** (#wins + tie·#ties) / (P·N) over (positive, negative) pairs; swapped: wins counted for the negative. */
    private static Double pairs(int[] y, double[] s, double tie, boolean swapped) {
        return pairs(y, s, tie, (a, b) -> a > b ? 1 : a == b ? 0 : -1, swapped);
    }

    /** (#wins + ½·#ties) / (P·N), with wins and ties decided by {@code order}. */
    private static Double pairs(int[] y, double[] s, ScoreOrder order) {
        return pairs(y, s, 0.5, order, false);
    }

    private static Double pairs(int[] y, double[] s, double tie, ScoreOrder order, boolean swapped) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        double count = 0.0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    int c = swapped ? order.compare(s[j], s[i]) : order.compare(s[i], s[j]);
                    count += c > 0 ? 1.0 : c == 0 ? tie : 0.0;
                }
            }
        }
        return count / (pn[0] * pn[1]);
    }

    /** 2·#wins + #ties, an integer, divided by 2·P·N as longs. */
    private static Double integerDivision(int[] y, double[] s) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        long twice = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    twice += s[i] > s[j] ? 2 : s[i] == s[j] ? 1 : 0;
                }
            }
        }
        return (double) (twice / (2 * pn[0] * pn[1]));
    }

    /** Highest score first, one row at a time: each negative adds a rectangle of height TP. */
    private static Double rowByRow(int[] y, double[] s) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        Integer[] order = indices(y.length);
        Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
        long tp = 0;
        long area = 0;
        for (int i : order) {
            if (y[i] == 1) {
                tp++;
            } else {
                area += tp;
            }
        }
        return (double) area / (pn[0] * pn[1]);
    }

    /**
     * Mann–Whitney U with ranks from the ascending sort, ties not averaged: each row's own position, or
     * (firstOfGroup) the position of the first row of its group of equal scores.
     */
    private static Double rankSum(int[] y, double[] s, boolean firstOfGroup) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        Integer[] order = indices(y.length);
        Arrays.sort(order, (a, b) -> Double.compare(s[a], s[b]));
        long rankSum = 0;
        int groupStart = 0;
        for (int k = 0; k < order.length; k++) {
            if (s[order[k]] != s[order[groupStart]]) {
                groupStart = k;
            }
            if (y[order[k]] == 1) {
                rankSum += (firstOfGroup ? groupStart : k) + 1;
            }
        }
        long p = pn[0];
        return (rankSum - p * (p + 1) / 2.0) / (p * pn[1]);
    }

    /** Sorts by {@code highestFirst}, then adds a trapezoid per group of equal adjacent scores, as core does. */
    private static Double sortedSweep(int[] y, double[] s, Comparator<Integer> highestFirst) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        Integer[] order = indices(y.length);
        Arrays.sort(order, highestFirst);
        long tp = 0;
        long fp = 0;
        long twiceArea = 0;
        int i = 0;
        while (i < order.length) {
            long tpBefore = tp;
            long fpBefore = fp;
            double group = s[order[i]];
            for (; i < order.length && s[order[i]] == group; i++) {
                tp += y[order[i]];
                fp += 1 - y[order[i]];
            }
            twiceArea += (fp - fpBefore) * (tp + tpBefore);
        }
        return twiceArea / (2.0 * pn[0] * pn[1]);
    }

    /** Trapezoids from (0, 0) through the point of each row's score as threshold, in row order, to (1, 1). */
    private static Double unsortedRoc(int[] y, double[] s) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        double x0 = 0.0;
        double y0 = 0.0;
        double area = 0.0;
        for (int k = 0; k <= s.length; k++) {
            double fpr = 1.0;
            double tpr = 1.0;
            if (k < s.length) {
                long tp = 0;
                long fp = 0;
                for (int i = 0; i < s.length; i++) {
                    if (s[i] >= s[k]) {
                        tp += y[i];
                        fp += 1 - y[i];
                    }
                }
                fpr = (double) fp / pn[1];
                tpr = (double) tp / pn[0];
            }
            area += (fpr - x0) * (tpr + y0) / 2;
            x0 = fpr;
            y0 = tpr;
        }
        return area;
    }

    private static Integer[] indices(int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
