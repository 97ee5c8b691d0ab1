package org.mlbyhand.core.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/** The classification tree on toy cases with known trees, its invariants, and its refusals. */
class DecisionTreeClassifierTest {
    @Test
    void aPureNodeIsALeaf() {
        ClassificationTree m = new DecisionTreeClassifier().fit(Matrix.of(new double[][] {{1}, {2}, {3}}), new int[] {1, 1, 1});
        assertEquals(1, m.tree().nodeCount());
        assertEquals(0, m.getDepth());
        assertEquals(2, m.numClasses(), "k = max(y) + 1: class 0 has no rows");
        assertArrayEquals(new double[] {0.0, 1.0}, m.predictProba(Matrix.of(new double[][] {{7}})).row(0));
        assertArrayEquals(new double[] {0.0}, m.featureImportances(), "no split, no importance");
    }

    @Test
    void aOneDimensionalToyGrowsTheTreeWorkedOutByHand() {
        // x: 1 2 3 4 5 6, y: 0 0 1 1 1 0. Root: the best gini split is x ≤ 2.5 ({0,0} | {1,1,1,0}: proxy −4·3/8);
        // its right child {1,1,1,0} splits at 5.5.
        Matrix X = Matrix.column(new double[] {1, 2, 3, 4, 5, 6});
        ClassificationTree m = new DecisionTreeClassifier().fit(X, new int[] {0, 0, 1, 1, 1, 0});
        Tree t = m.tree();
        assertArrayEquals(new int[] {1, -1, 3, -1, -1}, t.childrenLeft());
        assertArrayEquals(new int[] {2, -1, 4, -1, -1}, t.childrenRight());
        assertArrayEquals(new double[] {2.5, -2, 5.5, -2, -2}, t.threshold());
        assertArrayEquals(new int[] {6, 2, 4, 3, 1}, t.nNodeSamples());
        assertArrayEquals(new double[] {0.5, 0.0, 0.375, 0.0, 0.0}, t.impurity());
        assertArrayEquals(new double[] {3, 3}, t.value()[0], "the root stores the class counts");
        assertEquals(2, m.getDepth());
        assertEquals(3, m.getNLeaves());
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 0}, m.predict(X));
    }

    @Test
    void theDepthLimitStopsTheTreeAndUnlimitedDepthFitsDistinctRowsExactly() {
        Dataset<int[]> d = TreeData.classes(3, 120, 4, 3);
        for (int depth = 1; depth <= 4; depth++) {
            ClassificationTree m = new DecisionTreeClassifier().withMaxDepth(depth).fit(d.X(), d.y());
            assertEquals(depth, m.getDepth(), "maxDepth " + depth);
            assertTrue(m.getNLeaves() <= 1 << depth);
        }
        ClassificationTree full = new DecisionTreeClassifier().fit(d.X(), d.y());
        assertArrayEquals(d.y(), full.predict(d.X()), "every leaf of a tree grown to purity is pure");
    }

    @Test
    void aSplitWithoutImprovementIsStillMadeUnlessMinImpurityDecreaseForbidsIt() {
        // XOR: every first split leaves gini 0.5 on both sides (improvement 0); the second level is pure
        Matrix X = Matrix.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        int[] y = {0, 1, 1, 0};
        ClassificationTree m = new DecisionTreeClassifier().fit(X, y);
        assertEquals(7, m.tree().nodeCount(), "improvement 0 + ε ≥ minImpurityDecrease = 0: split");
        assertArrayEquals(y, m.predict(X));
        assertEquals(1, new DecisionTreeClassifier().withMinImpurityDecrease(1e-9).fit(X, y).tree().nodeCount());
    }

    @Test
    void nodesAreNumberedDepthFirstWithTheLeftChildNext() {
        Dataset<int[]> d = TreeData.classes(4, 80, 3, 3);
        Tree t = new DecisionTreeClassifier().withMaxDepth(5).fit(d.X(), d.y()).tree();
        int[] left = t.childrenLeft();
        int[] right = t.childrenRight();
        int[] n = t.nNodeSamples();
        for (int node = 0; node < t.nodeCount(); node++) {
            if (left[node] != Tree.TREE_LEAF) {
                assertEquals(node + 1, left[node], "left child of node " + node);
                assertTrue(right[node] > left[node]);
                assertEquals(n[node], n[left[node]] + n[right[node]], "rows of node " + node);
            }
        }
    }

    @Test
    void minSamplesLeafAndMinSamplesSplitBoundTheNodeSizes() {
        Dataset<int[]> d = TreeData.classes(5, 100, 3, 2);
        Tree t = new DecisionTreeClassifier().withMinSamplesLeaf(7).withMinSamplesSplit(20).fit(d.X(), d.y()).tree();
        int[] n = t.nNodeSamples();
        int[] left = t.childrenLeft();
        for (int node = 0; node < t.nodeCount(); node++) {
            assertTrue(n[node] >= 7, "node " + node + " has " + n[node] + " rows");
            if (left[node] != Tree.TREE_LEAF) {
                assertTrue(n[node] >= 20, "split node " + node + " has " + n[node] + " rows");
            }
        }
    }

    @Test
    void applyDecisionPathAndFeatureImportancesAgree() {
        Dataset<int[]> d = TreeData.classes(6, 90, 4, 3);
        ClassificationTree m = new DecisionTreeClassifier().withMaxDepth(6).fit(d.X(), d.y());
        int[] leaves = m.apply(d.X());
        int[][] paths = m.decisionPath(d.X());
        int[] left = m.tree().childrenLeft();
        int[] right = m.tree().childrenRight();
        for (int i = 0; i < leaves.length; i++) {
            assertEquals(0, paths[i][0]);
            assertEquals(leaves[i], paths[i][paths[i].length - 1], "row " + i + " ends in its leaf");
            for (int s = 1; s < paths[i].length; s++) {
                int parent = paths[i][s - 1];
                assertTrue(paths[i][s] == left[parent] || paths[i][s] == right[parent]);
            }
        }
        double[] importances = m.featureImportances();
        assertEquals(1.0, Arrays.stream(importances).sum(), 1e-15);
        assertTrue(Arrays.stream(importances).allMatch(v -> v >= 0.0));
    }

    @Test
    void integerSampleWeightsGrowTheTreeOfRepeatedRows() {
        Dataset<int[]> d = TreeData.classes(7, 30, 2, 2);
        double[] w = new double[30];
        int[] rows = new int[0];
        for (int i = 0; i < 30; i++) {
            w[i] = i % 3;                                 // weight 0 drops the row
            for (int r = 0; r < w[i]; r++) {
                rows = Arrays.copyOf(rows, rows.length + 1);
                rows[rows.length - 1] = i;
            }
        }
        Tree weighted = new DecisionTreeClassifier().fit(d.X(), d.y(), w).tree();
        Tree repeated = new DecisionTreeClassifier().fit(d.X().selectRows(rows), select(d.y(), rows)).tree();
        assertArrayEquals(repeated.threshold(), weighted.threshold());
        assertArrayEquals(repeated.weightedNNodeSamples(), weighted.weightedNNodeSamples());
        assertArrayEquals(repeated.impurity(), weighted.impurity());
        assertEquals(20, weighted.nNodeSamples()[0], "rows of weight 0 are in no node");
    }

    @Test
    void theSameSeedGivesTheSameTreeAndFewerFeaturesGiveOtherTrees() {
        Dataset<int[]> d = TreeData.classes(8, 150, 6, 3);
        DecisionTreeClassifier e = new DecisionTreeClassifier().withMaxFeatures(MaxFeatures.count(2)).withMaxDepth(4);
        assertArrayEquals(e.withRandomState(1).fit(d.X(), d.y()).tree().threshold(), e.withRandomState(1).fit(d.X(), d.y()).tree().threshold());
        long distinct = java.util.stream.LongStream.range(0, 6)
                .mapToObj(seed -> Arrays.toString(e.withRandomState(seed).fit(d.X(), d.y()).tree().feature())).distinct().count();
        assertTrue(distinct > 1, "6 seeds grew the same tree from 2 of 6 features per node");
    }

    @Test
    void theParametersAndDataAreCheckedWithTheirNamesAndValues() {
        Dataset<int[]> d = TreeData.classes(9, 20, 3, 2);
        DecisionTreeClassifier e = new DecisionTreeClassifier();
        assertMessage(() -> e.withMaxDepth(0), "DecisionTreeClassifier: maxDepth must be ≥ 1, got 0");
        assertMessage(() -> e.withMinSamplesLeaf(0), "minSamplesLeaf must be ≥ 1, got 0");
        assertMessage(() -> e.withMinSamplesSplit(1), "minSamplesSplit must be ≥ 2, got 1");
        assertMessage(() -> e.withMinImpurityDecrease(-1), "minImpurityDecrease must be finite and ≥ 0, got -1.0");
        assertMessage(() -> e.withCcpAlpha(Double.NaN), "ccpAlpha must be finite and ≥ 0, got NaN");
        assertMessage(() -> e.withMaxFeatures(MaxFeatures.count(4)).fit(d.X(), d.y()), "maxFeatures = 4 but X has only 3 features");
        assertMessage(() -> e.fit(Matrix.zeros(0, 3), new int[0]), "DecisionTreeClassifier.fit: X is 0×3");
        assertMessage(() -> e.fit(d.X(), d.y(), new double[20]), "sampleWeight sums to 0.0");
        double[] w = new double[20];
        w[3] = -1;
        assertMessage(() -> e.fit(d.X(), d.y(), w), "sampleWeight[3] = -1.0 is negative");
        ShapeMismatchException s = assertThrows(ShapeMismatchException.class, () -> e.fit(d.X(), d.y(), new double[19]));
        assertEquals("DecisionTreeClassifier.fit: X is 20×3, sampleWeight has length 19", s.getMessage());
    }

    @Test
    void pruningAtEachPathAlphaGivesTheSubtreeWithThePathImpurity() {
        Dataset<int[]> d = TreeData.classes(10, 100, 3, 3);
        DecisionTreeClassifier e = new DecisionTreeClassifier();
        PruningPath path = e.costComplexityPruningPath(d.X(), d.y());
        double[] alphas = path.ccpAlphas();
        double[] impurities = path.impurities();
        assertEquals(0.0, alphas[0]);
        for (int s = 1; s < alphas.length; s++) {
            assertTrue(alphas[s] >= alphas[s - 1] - 1e-15, "alphas ascend at " + s);
            assertTrue(impurities[s] >= impurities[s - 1] - 1e-15, "impurities ascend at " + s);
        }
        Tree root = e.withCcpAlpha(alphas[alphas.length - 1]).fit(d.X(), d.y()).tree();
        assertEquals(1, root.nodeCount(), "the last alpha prunes to the root");
        assertEquals(root.impurity()[0], impurities[impurities.length - 1], 1e-15);
        for (int s = 1; s < alphas.length; s += 3) {
            int last = s;   // pruning at alphas[s] goes on while the next effective alpha is ≤ alphas[s]
            while (last + 1 < alphas.length && alphas[last + 1] <= alphas[s]) {
                last++;
            }
            Tree t = e.withCcpAlpha(alphas[s]).fit(d.X(), d.y()).tree();
            assertEquals(impurities[last], leafImpurity(t), 1e-12, "R(T) of the subtree at alpha " + alphas[s]);
        }
    }

    /** R(T) = Σ_leaves N_t/N·i_t. */
    static double leafImpurity(Tree t) {
        double r = 0.0;
        double[] w = t.weightedNNodeSamples();
        double[] i = t.impurity();
        int[] left = t.childrenLeft();
        for (int node = 0; node < t.nodeCount(); node++) {
            r += left[node] == Tree.TREE_LEAF ? w[node] * i[node] / w[0] : 0.0;
        }
        return r;
    }

    private static int[] select(int[] y, int[] rows) {
        return Arrays.stream(rows).map(i -> y[i]).toArray();
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String part) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.contains(part), "\"" + message + "\" does not contain \"" + part + "\"");
    }
}
