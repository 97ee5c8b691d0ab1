package org.mlbyhand.core.tree;

import static org.mlbyhand.core.golden.Parity.assertClose;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Decision trees against scikit-learn 1.2 (golden files from tools/parity/make_golden_trees.py): on
 * float32-representable X where 20 random states grow one tree (no tied splits), integer targets and
 * quarter weights (exact sums), the same tree_ arrays, depth, leaves, feature importances, predictions,
 * probabilities, leaves and decision paths, for gini, entropy, squared_error and friedman_mse under
 * several maxDepth, minSamplesSplit, minSamplesLeaf, minImpurityDecrease and sample weights; and the same
 * cost-complexity pruning paths and pruned trees.
 */
@ExtendWith(Parity.class)
class TreeVersusScikitLearnTest {
    /** The two sets of rows each case was predicted on: the training rows X and new rows X_new. */
    private static final String[] SETS = {"train_", "new_"};

    @Test
    void classificationTreesMatchScikitLearnNodeForNode() {
        Golden g = Golden.load("tree_classifier.json");
        for (Golden c : g.objects("cases")) {
            Golden data = g.object("datasets").object(c.string("data"));
            ClassificationTree m = classifier(c).fit(data.matrix("X"), data.labels("y"), weights(c));
            String model = "DecisionTreeClassifier (" + c.string("criterion") + ")";
            sameTree(model, c, data, m.tree());
            samePredictions(model, c, data, m);
        }
    }

    @Test
    void regressionTreesMatchScikitLearnNodeForNode() {
        Golden g = Golden.load("tree_regressor.json");
        for (Golden c : g.objects("cases")) {
            Golden data = g.object("datasets").object(c.string("data"));
            RegressionTree m = regressor(c).fit(data.matrix("X"), data.vector("y"), weights(c));
            String model = "DecisionTreeRegressor (" + c.string("criterion") + ")";
            sameTree(model, c, data, m.tree());
            samePredictions(model, c, data, m);
        }
    }

    @Test
    void costComplexityPruningPathsMatchScikitLearn() {
        Golden g = Golden.load("tree_pruning.json");
        for (Golden c : g.objects("paths")) {
            Golden data = g.object("datasets").object(c.string("data"));
            Matrix X = data.matrix("X");
            PruningPath path = isClassification(c)
                    ? classifier(c).costComplexityPruningPath(X, data.labels("y"))
                    : regressor(c).costComplexityPruningPath(X, data.vector("y"));
            String model = "Pruning path (" + c.string("criterion") + ")";
            assertClose(model, "ccp_alphas", "ccp_alphas of " + c.string("name"), c.vector("ccp_alphas"), path.ccpAlphas(),
                    Tolerances.SKLEARN_TREE);
            assertClose(model, "impurities", "impurities of " + c.string("name"), c.vector("impurities"), path.impurities(),
                    Tolerances.SKLEARN_TREE);
        }
    }

    @Test
    void treesPrunedWithCcpAlphaMatchScikitLearn() {
        Golden g = Golden.load("tree_pruning.json");
        for (Golden c : g.objects("pruned")) {
            Golden data = g.object("datasets").object(c.string("data"));
            Matrix X = data.matrix("X");
            String model = "Pruned tree (" + c.string("criterion") + ")";
            if (isClassification(c)) {
                ClassificationTree m = classifier(c).fit(X, data.labels("y"));
                sameTree(model, c, data, m.tree());
                samePredictions(model, c, data, m);
            } else {
                RegressionTree m = regressor(c).fit(X, data.vector("y"));
                sameTree(model, c, data, m.tree());
                samePredictions(model, c, data, m);
            }
        }
    }

    /** The tree_ arrays node by node, depth, leaves, feature importances, apply on X and X_new, decision paths on X_new. */
    private static void sameTree(String model, Golden c, Golden data, Tree t) {
        Golden e = c.object("tree");
        String of = " of " + c.string("name");
        assertClose(model, "structure", "children_left" + of, e.vector("children_left"), toDoubles(t.childrenLeft()), Tolerances.EXACT);
        assertClose(model, "structure", "children_right" + of, e.vector("children_right"), toDoubles(t.childrenRight()), Tolerances.EXACT);
        assertClose(model, "structure", "feature" + of, e.vector("feature"), toDoubles(t.feature()), Tolerances.EXACT);
        assertClose(model, "structure", "n_node_samples" + of, e.vector("n_node_samples"), toDoubles(t.nNodeSamples()), Tolerances.EXACT);
        assertClose(model, "thresholds", "threshold" + of, e.vector("threshold"), t.threshold(), Tolerances.SKLEARN_TREE);
        assertClose(model, "impurities", "impurity" + of, e.vector("impurity"), t.impurity(), Tolerances.SKLEARN_TREE);
        assertClose(model, "node values and weights", "weighted_n_node_samples" + of, e.vector("weighted_n_node_samples"),
                t.weightedNNodeSamples(), Tolerances.SKLEARN_TREE);
        Matrix value = Matrix.of(t.value());
        Matrix expected = isClassification(c) ? e.matrix("value") : Matrix.column(e.vector("value"));
        assertClose(model, "node values and weights", "value" + of, expected, value, Tolerances.SKLEARN_TREE);
        assertClose(model, "feature importances", "feature_importances_" + of, c.vector("feature_importances"),
                t.featureImportances(), Tolerances.SKLEARN_TREE);
        assertClose(model, "structure", "get_depth, get_n_leaves" + of, new double[] {c.number("depth"), c.number("n_leaves")},
                new double[] {t.getDepth(), t.getNLeaves()}, Tolerances.EXACT);
        for (String set : SETS) {
            assertClose(model, "apply and decision paths", set + "apply" + of, c.vector(set + "apply"),
                    toDoubles(t.apply(rows(data, set))), Tolerances.EXACT);
        }
        int[][] paths = t.decisionPath(data.matrix("X_new"));
        double[] indptr = new double[paths.length + 1];
        double[] indices = Arrays.stream(paths).flatMapToInt(Arrays::stream).asDoubleStream().toArray();
        for (int i = 0; i < paths.length; i++) {
            indptr[i + 1] = indptr[i] + paths[i].length;
        }
        assertClose(model, "apply and decision paths", "decision_path indptr" + of, c.vector("new_decision_path_indptr"), indptr, Tolerances.EXACT);
        assertClose(model, "apply and decision paths", "decision_path indices" + of, c.vector("new_decision_path_indices"), indices, Tolerances.EXACT);
    }

    /** Labels on X and X_new, exactly; probabilities on X_new. */
    private static void samePredictions(String model, Golden c, Golden data, ClassificationTree m) {
        for (String set : SETS) {
            assertClose(model, "predictions", set + "predict of " + c.string("name"), c.vector(set + "predict"),
                    toDoubles(m.predict(rows(data, set))), Tolerances.EXACT);
        }
        assertClose(model, "probabilities", "predict_proba on X_new of " + c.string("name"), c.matrix("new_proba"),
                m.predictProba(data.matrix("X_new")), Tolerances.SKLEARN_TREE);
    }

    /** Predicted values on X and X_new. */
    private static void samePredictions(String model, Golden c, Golden data, RegressionTree m) {
        for (String set : SETS) {
            assertClose(model, "predictions", set + "predict of " + c.string("name"), c.vector(set + "predict"),
                    m.predict(rows(data, set)), Tolerances.SKLEARN_TREE);
        }
    }

    private static Matrix rows(Golden data, String set) {
        return data.matrix(set.equals("train_") ? "X" : "X_new");
    }

    private static DecisionTreeClassifier classifier(Golden c) {
        DecisionTreeClassifier e = new DecisionTreeClassifier()
                .withCriterion(c.string("criterion").equals("gini") ? ClassificationCriterion.GINI : ClassificationCriterion.ENTROPY)
                .withMinSamplesSplit((int) c.number("min_samples_split"))
                .withMinSamplesLeaf((int) c.number("min_samples_leaf"))
                .withMinImpurityDecrease(c.number("min_impurity_decrease"))
                .withCcpAlpha(c.number("ccp_alpha"));
        int maxDepth = (int) c.number("max_depth");
        return maxDepth < 0 ? e : e.withMaxDepth(maxDepth);
    }

    private static DecisionTreeRegressor regressor(Golden c) {
        DecisionTreeRegressor e = new DecisionTreeRegressor()
                .withCriterion(c.string("criterion").equals("squared_error") ? RegressionCriterion.SQUARED_ERROR : RegressionCriterion.FRIEDMAN_MSE)
                .withMinSamplesSplit((int) c.number("min_samples_split"))
                .withMinSamplesLeaf((int) c.number("min_samples_leaf"))
                .withMinImpurityDecrease(c.number("min_impurity_decrease"))
                .withCcpAlpha(c.number("ccp_alpha"));
        int maxDepth = (int) c.number("max_depth");
        return maxDepth < 0 ? e : e.withMaxDepth(maxDepth);
    }

    private static boolean isClassification(Golden c) {
        String criterion = c.string("criterion");
        return criterion.equals("gini") || criterion.equals("entropy");
    }

    /** The sample weights of a case, null for none ([] in the file). */
    private static double[] weights(Golden c) {
        double[] w = c.vector("sample_weight");
        return w.length == 0 ? null : w;
    }

    private static double[] toDoubles(int[] a) {
        return Arrays.stream(a).asDoubleStream().toArray();
    }
}
