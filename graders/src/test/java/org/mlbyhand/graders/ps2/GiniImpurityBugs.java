package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the Gini impurity, each a complete implementation the grader must reject. The
 * grader's first case, y = [0, 0, 0, 1] (gini 3/8), tells all six apart: the purity Σp² gives 5/8,
 * 1 − Σp gives 0, counts not divided by n give 1 − (9 + 1) = −9, integer division 1, pairs without
 * replacement (16 − 10)/12 = ½, and the sum over the rows 1 − (3·9/16 + 1/16) = −¾.
 */
final class GiniImpurityBugs {
    private GiniImpurityBugs() {
    }

    private enum Mistake { PURITY, NO_SQUARE, COUNTS, INTEGER_DIVISION, WITHOUT_REPLACEMENT, OVER_ROWS }

    static final List<Bug<LabelImpurity>> ALL = List.of(
            new Bug<>("Σ p² without the 1 −",
                    "Σ_c p_c² is the probability that two random rows have the same class, the purity: it is 1 for"
                            + " a pure node. The impurity is its complement, 1 − Σ_c p_c².",
                    (y, k) -> gini(y, k, Mistake.PURITY)),
            new Bug<>("p not squared",
                    "1 − Σ_c p_c is always 0, since the proportions sum to 1: square each p_c before summing.",
                    (y, k) -> gini(y, k, Mistake.NO_SQUARE)),
            new Bug<>("counts instead of proportions",
                    "p_c is the share of the rows in class c, N_c/n, not the count N_c: your impurity grows with"
                            + " the number of rows (and goes far below 0).",
                    (y, k) -> gini(y, k, Mistake.COUNTS)),
            new Bug<>("integer division",
                    "count / n on two ints is integer division in Java: it is 0 for every class of an impure node"
                            + " (and 1 for a pure one). Divide doubles.",
                    (y, k) -> gini(y, k, Mistake.INTEGER_DIVISION)),
            new Bug<>("pairs without replacement",
                    "dividing the disagreeing pairs by n·(n − 1) draws the two rows without replacement; Gini"
                            + " draws them with replacement, n² pairs, which is 1 − Σ_c (N_c/n)².",
                    (y, k) -> gini(y, k, Mistake.WITHOUT_REPLACEMENT)),
            new Bug<>("summed over the rows",
                    "the sum runs over the k classes, once each: summing p² over the n rows counts class c N_c"
                            + " times.",
                    (y, k) -> gini(y, k, Mistake.OVER_ROWS)));

    private static double gini(int[] y, int k, Mistake mistake) {
        NodeInputs.labels("gini", y, k);
        int n = y.length;
        int[] counts = new int[k];
        for (int label : y) {
            counts[label]++;
        }
        double sum = 0.0;
        switch (mistake) {
            case OVER_ROWS:
                for (int label : y) {
                    double p = (double) counts[label] / n;
                    sum += p * p;
                }
                return 1.0 - sum;
            case WITHOUT_REPLACEMENT:
                double same = 0.0;
                for (int c = 0; c < k; c++) {
                    same += (double) counts[c] * (counts[c] - 1);
                }
                return ((double) n * (n - 1) - same) / ((double) n * (n - 1));
            default:
                for (int c = 0; c < k; c++) {
                    double p = mistake == Mistake.COUNTS ? counts[c]
                            : mistake == Mistake.INTEGER_DIVISION ? counts[c] / n : (double) counts[c] / n;
                    sum += mistake == Mistake.NO_SQUARE ? p : p * p;
                }
                return mistake == Mistake.PURITY ? sum : 1.0 - sum;
        }
    }
}
