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
 * Grades {@code GiniImpurity}: 1 − Σ_c (N_c/n)² of a label vector, against core's
 * {@link Impurity#gini(int[], int)} (scikit-learn's {@code Gini.node_impurity}). One pass of arithmetic
 * whose order may differ (Σ p(1 − p), pairs, runs), hence {@link Tolerance#ROUNDOFF}. The random labels
 * use 3 classes with k up to 5, so that some classes are always empty.
 */
public final class GiniImpurityGrader extends Grader<LabelImpurity> {

    @Override
    public Exercise exercise() {
        return exercise(10, "gini", "Gini impurity", 10);
    }

    @Override
    public LabelImpurity reference() {
        return Impurity::gini;
    }

    @Override
    public List<Bug<LabelImpurity>> bugs() {
        return GiniImpurityBugs.ALL;
    }

    @Override
    public List<Alternative<LabelImpurity>> alternatives() {
        return GiniImpurityAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Impurity.class), Forbidden.type(ClassificationCriterion.class));
    }

    @Override
    public Object call(LabelImpurity gini, Case c) {
        return gini.of(c.labels("y"), c.integer("k"));
    }

    @Override
    public String output() {
        return "gini";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("y = [0, 0, 0, 1]: p = (¾, ¼), gini = 1 − (9/16 + 1/16) = 3/8", labels(new int[] {0, 0, 0, 1}, 2),
                        Tolerance.ROUNDOFF)
                .agrees("y = [0, 1, 1, 0]: p = (½, ½), gini = 1 − (¼ + ¼) = ½", labels(new int[] {0, 1, 1, 0}, 2),
                        Tolerance.ROUNDOFF)
                .agrees("three classes equally often, y = [2, 0, 1]: gini = 1 − 3·(1/9) = 2/3 = 1 − 1/k, the largest",
                        labels(new int[] {2, 0, 1}, 3), Tolerance.ROUNDOFF)
                .agrees("a pure node, y = [1, 1, 1], k = 2: gini = 1 − 1² = 0", labels(new int[] {1, 1, 1}, 2),
                        Tolerance.ROUNDOFF)
                .agrees("one row, y = [0], k = 1: gini = 0", labels(new int[] {0}, 1), Tolerance.ROUNDOFF)
                .agrees("classes without rows add nothing: y = [0, 1], k = 4 gives ½, as with k = 2",
                        labels(new int[] {0, 1}, 4), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random labels (n up to 20, some classes empty)",
                        LabelImpurityChecks.LABELLINGS, Tolerance.ROUNDOFF)
                .holds("0 ≤ gini ≤ 1 − 1/k", LabelImpurityChecks.LABELLINGS,
                        LabelImpurityChecks.bounded("1 − 1/k", k -> 1.0 - 1.0 / k))
                .holds("only the proportions count: y repeated twice has the same gini", LabelImpurityChecks.LABELLINGS,
                        LabelImpurityChecks::repeatedRows)
                .rejects("rejects an empty y: a node has at least one row", labels(new int[0], 2),
                        IllegalArgumentException.class)
                .rejects("rejects a label equal to k: y = [0, 2], k = 2", labels(new int[] {0, 2}, 2),
                        IllegalArgumentException.class)
                .rejects("rejects a negative label: y = [−1, 0], k = 2", labels(new int[] {-1, 0}, 2),
                        IllegalArgumentException.class);
    }
}
