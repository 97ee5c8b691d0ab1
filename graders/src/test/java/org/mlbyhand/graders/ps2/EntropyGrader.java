package org.mlbyhand.graders.ps2;

import static org.mlbyhand.graders.ps2.LabelImpurityChecks.labels;

import java.util.List;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.tree.ClassificationCriterion;
import org.mlbyhand.core.tree.Impurity;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code Entropy}: −Σ_c p_c·log₂ p_c of a label vector, in bits, empty classes skipped, against
 * core's {@link Impurity#entropy(int[], int)} (scikit-learn's {@code Entropy.node_impurity}). The
 * logarithm may be taken in any base and converted, or the sum rearranged (log₂ n − Σ N·log₂ N / n):
 * a few ulps apart, hence {@link Tolerance#ROUNDOFF}; the sum never cancels to much below log₂ n,
 * and a pure node's 0 is judged on the scale of the inputs.
 */
public final class EntropyGrader extends Grader<LabelImpurity> {

    @Override
    public Exercise exercise() {
        return exercise(20, "entropy", "Entropy of a label vector", 10);
    }

    @Override
    public LabelImpurity reference() {
        return Impurity::entropy;
    }

    @Override
    public List<Bug<LabelImpurity>> bugs() {
        return EntropyBugs.ALL;
    }

    @Override
    public List<Alternative<LabelImpurity>> alternatives() {
        return EntropyAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Impurity.class), Forbidden.type(ClassificationCriterion.class));
    }

    @Override
    public Object call(LabelImpurity entropy, Case c) {
        return entropy.of(c.labels("y"), c.integer("k"));
    }

    @Override
    public String output() {
        return "entropy";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("y = [0, 0, 0, 1]: −(¾·log₂¾ + ¼·log₂¼) ≈ 0.8113 bits", labels(new int[] {0, 0, 0, 1}, 2),
                        Tolerance.ROUNDOFF)
                .agrees("a fair coin, y = [0, 1]: −2·(½·log₂½) = 1 bit", labels(new int[] {0, 1}, 2), Tolerance.ROUNDOFF)
                .agrees("four classes equally often, y = [3, 1, 0, 2]: log₂ 4 = 2 bits, the largest",
                        labels(new int[] {3, 1, 0, 2}, 4), Tolerance.ROUNDOFF)
                .agrees("a pure node, y = [1, 1], k = 2: −1·log₂ 1 = 0; class 0 has no row and adds nothing",
                        labels(new int[] {1, 1}, 2), Tolerance.ROUNDOFF)
                .agrees("one row, y = [0], k = 1: 0 bits", labels(new int[] {0}, 1), Tolerance.ROUNDOFF)
                .agrees("classes without rows are skipped (0·log 0 = 0): y = [0, 1], k = 3 is 1 bit",
                        labels(new int[] {0, 1}, 3), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random labels (n up to 20, some classes empty)",
                        LabelImpurityChecks.LABELLINGS, Tolerance.ROUNDOFF)
                .holds("0 ≤ entropy ≤ log₂ k", LabelImpurityChecks.LABELLINGS,
                        LabelImpurityChecks.bounded("log₂ k", k -> Math.log(k) / Math.log(2.0)))
                .holds("only the proportions count: y repeated twice has the same entropy",
                        LabelImpurityChecks.LABELLINGS, LabelImpurityChecks::repeatedRows)
                .rejects("rejects an empty y: a node has at least one row", labels(new int[0], 2),
                        IllegalArgumentException.class)
                .rejects("rejects a label equal to k: y = [0, 2], k = 2", labels(new int[] {0, 2}, 2),
                        IllegalArgumentException.class)
                .rejects("rejects a negative label: y = [−1, 0], k = 2", labels(new int[] {-1, 0}, 2),
                        IllegalArgumentException.class);
    }
}
