package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the entropy of a label vector, each a complete implementation the grader must
 * reject. On the first case, y = [0, 0, 0, 1] (0.8113 bits), the natural log gives 0.5623 nats, log₁₀
 * 0.2442, the forgotten minus −0.8113 and integer division NaN (every p is 0); the two classes are both
 * present and log₂ 2 = 1, so the empty class and the normalisation pass it: the latter fails on four
 * equally frequent classes (1 instead of 2 bits), the former on the pure node (NaN from 0·log 0).
 */
final class EntropyBugs {
    private EntropyBugs() {
    }

    private enum Mistake { NATURAL_LOG, LOG10, NO_SIGN, INTEGER_DIVISION, NORMALISED, EMPTY_CLASS }

    static final List<Bug<LabelImpurity>> ALL = List.of(
            new Bug<>("natural log",
                    "Math.log is the natural logarithm, which measures in nats; scikit-learn's entropy is in bits,"
                            + " log₂ p = ln p / ln 2. Your answer is the right one times ln 2 ≈ 0.693.",
                    (y, k) -> entropy(y, k, Mistake.NATURAL_LOG)),
            new Bug<>("log base 10",
                    "Math.log10 measures in decimal digits (bans); the entropy here is in bits: log₂ p = ln p / ln 2"
                            + " (or log₁₀ p / log₁₀ 2).",
                    (y, k) -> entropy(y, k, Mistake.LOG10)),
            new Bug<>("minus sign forgotten",
                    "log₂ p ≤ 0 for a proportion p ≤ 1, so Σ p·log₂ p is negative: the entropy is minus that sum.",
                    (y, k) -> entropy(y, k, Mistake.NO_SIGN)),
            new Bug<>("integer division",
                    "count / n on two ints is integer division in Java: 0 for every class of an impure node, and"
                            + " 0·log 0 is NaN. Divide doubles.",
                    (y, k) -> entropy(y, k, Mistake.INTEGER_DIVISION)),
            new Bug<>("divided by log₂ k",
                    "the entropy is −Σ p·log₂ p, in bits, not normalised to [0, 1]: four equally frequent classes"
                            + " have 2 bits. Do not divide by log₂ k.",
                    (y, k) -> entropy(y, k, Mistake.NORMALISED)),
            new Bug<>("empty class not skipped",
                    "a class with no rows has p = 0, and in Java 0·Math.log(0) is 0·(−∞) = NaN. The limit of"
                            + " p·log p is 0, so skip the classes whose count is 0.",
                    (y, k) -> entropy(y, k, Mistake.EMPTY_CLASS)));

    private static double entropy(int[] y, int k, Mistake mistake) {
        NodeInputs.labels("entropy", y, k);
        int n = y.length;
        int[] counts = new int[k];
        for (int label : y) {
            counts[label]++;
        }
        double sum = 0.0;
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0 && mistake != Mistake.EMPTY_CLASS) {
                continue;
            }
            double p = mistake == Mistake.INTEGER_DIVISION ? counts[c] / n : (double) counts[c] / n;
            double log = mistake == Mistake.NATURAL_LOG ? Math.log(p)
                    : mistake == Mistake.LOG10 ? Math.log10(p) : Math.log(p) / Math.log(2);
            sum += p * log;
        }
        double h = mistake == Mistake.NO_SIGN ? sum : -sum;
        return mistake == Mistake.NORMALISED ? h / (Math.log(k) / Math.log(2)) : h;
    }
}
