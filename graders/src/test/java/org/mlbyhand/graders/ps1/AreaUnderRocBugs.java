package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the ROC AUC, each a complete implementation the grader must reject. Without ties
 * only the swapped classes go wrong. The grader's tie case y = [0, 0, 0, 1, 0], s = [1, 0, 1, 1, 1]
 * (AUC 5/8: one win, three ties) tells the four tie mistakes apart: ties as 0 give 1/4, ties as wins
 * 1, the row-by-row walk 1/2 (two tied negatives come before the positive in index order, one after)
 * and unaveraged ranks 3/4. Rectangles under the grouped ROC curve give exactly "ties as 0" (lower
 * corner) or "ties as wins" (upper corner), so their hints name both ways.
 */
final class AreaUnderRocBugs {
    private AreaUnderRocBugs() {
    }

    static final List<Bug<BiFunction<int[], double[], Double>>> ALL = List.of(
            new Bug<>("classes swapped",
                    "your AUC is 1 minus the right one: count the pairs where the positive row (y = 1) has the"
                            + " higher score. A higher score means \"more likely positive\".",
                    (y, s) -> pairs(y, s, 0.5, true)),
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
                    AreaUnderRocBugs::unaveragedRanks));

    /** (#wins + tie·#ties) / (P·N) over (positive, negative) pairs; swapped: wins counted for the negative. */
    private static Double pairs(int[] y, double[] s, double tie, boolean swapped) {
        LabelChecks.rankedClasses(y, s);
        double count = 0.0;
        long pairs = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    boolean win = swapped ? s[j] > s[i] : s[i] > s[j];
                    count += win ? 1.0 : s[i] == s[j] ? tie : 0.0;
                }
            }
        }
        return count / pairs;
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

    /** Mann–Whitney U with rank = position in the ascending sort, ties not averaged. */
    private static Double unaveragedRanks(int[] y, double[] s) {
        long[] pn = LabelChecks.rankedClasses(y, s);
        Integer[] order = indices(y.length);
        Arrays.sort(order, (a, b) -> Double.compare(s[a], s[b]));
        long rankSum = 0;
        for (int k = 0; k < order.length; k++) {
            if (y[order[k]] == 1) {
                rankSum += k + 1;
            }
        }
        long p = pn[0];
        return (rankSum - p * (p + 1) / 2.0) / (p * pn[1]);
    }

    private static Integer[] indices(int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
