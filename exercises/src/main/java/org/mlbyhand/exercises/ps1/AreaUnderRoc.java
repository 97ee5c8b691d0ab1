package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · roc-auc — the area under the ROC curve of binary scores, ties counting one half.
 *
 * <p>With P positive rows (yᵢ = 1) and N negative rows (yⱼ = 0), the AUC is the probability that a
 * random positive scores above a random negative, a tie counting one half:
 * <pre>{@code
 *   AUC = ( #{(i, j) : yᵢ = 1, yⱼ = 0, sᵢ > sⱼ}  +  ½·#{(i, j) : yᵢ = 1, yⱼ = 0, sᵢ = sⱼ} ) / (P·N)
 * }</pre>
 * It equals the area under the ROC curve that scikit-learn's {@code roc_auc_score} integrates: sort the
 * rows by score, highest first, and lower a threshold t through the distinct scores; "positive if
 * s ≥ t" gives the point (FP/N, TP/P). Joining the points from (0, 0) to (1, 1) with straight segments,
 * a group of tied scores moves both FP and TP at once, a diagonal segment whose trapezoid gives each
 * tied (positive, negative) pair one half. For example y = [0, 0, 1, 1], s = [0.1, 0.4, 0.35, 0.8]: the
 * positive 0.8 beats both negatives, 0.35 beats only 0.1, so AUC = 3/4. A loop over all pairs is fine
 * (O(P·N)); so is a sort. Scores are compared as numbers, exactly: two scores tie only if
 * {@code sᵢ == sⱼ} (so −0.0 and 0.0 tie), and any two that differ, even in their last bit, do not. An AUC
 * below ½ (scores that rank the classes the wrong way round) is an answer like any other.
 *
 * <p>Errors: throw {@link ShapeMismatchException} if the lengths differ, and
 * {@link IllegalArgumentException} if the arrays are empty, a label is not 0 or 1, only one class is
 * present (the AUC is then 0/0), or a score is NaN or infinite.
 *
 * <p>You need: loops and counters, or {@code java.util.Arrays.sort} on an {@code Integer[]} of row
 * indices with a comparator such as {@code (a, b) -> Double.compare(score[b], score[a])} (highest first).
 * Not {@code org.mlbyhand.core.metrics.RocAuc}: it is what you are writing.
 *
 * <p>Classic traps: a tie between a positive and a negative counts ½, neither 0 nor 1; walking the sorted
 * rows one at a time lets the order of tied rows decide (move through a whole group of equal scores in
 * one step); with the rank formula U = Σ ranks of positives − P·(P + 1)/2, tied scores must share the
 * average of their ranks; a higher score means "more likely positive" (1 − AUC means the classes were
 * swapped); counts divided as ints round down, so divide as doubles; a tolerance, a rounding or a cast
 * to float in the comparison turns a win into a tie; a comparator must return 0 for equal scores (one
 * that never does can make {@code Arrays.sort} throw on 32 rows or more), and {@code (int) (a − b)} is 0
 * for any two scores less than 1 apart.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=roc-auc}
 */
public final class AreaUnderRoc {
    private AreaUnderRoc() {
    }

    /**
     * Returns the ROC AUC of the scores for labels in {0, 1}, 1 being the positive class.
     *
     * @param yTrue the labels, length n ≥ 1, each 0 or 1, both present (not modified)
     * @param score the scores, length n, finite; higher means "more likely positive" (not modified)
     * @return the area, in [0, 1]
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0, a label is not 0 or 1, only one class is present, or a
     *         score is NaN or infinite
     */
    public static double score(int[] yTrue, double[] score) {
        // TODO: check the arguments, count the (positive, negative) pairs won and tied, divide by P·N.
        throw new NotImplementedYet("ps1 roc-auc");
    }
}
