package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class TrainTestSplitTest {
    private static final CaseGen SPLITS = CaseGen.create().dim("n", 2, 80)
            .integer("percent", 1, 99).integer("classes", 1, 6).integer("seed", 0, 1_000_000);

    @Test
    void splitSizesAddUpAndThePartsPartitionTheRows() {
        Property.forAll(SPLITS, 11, 300, c -> {
            int n = c.dim("n");
            double f = c.integer("percent") / 100.0;
            Split s = TrainTestSplit.random(n, f, c.integer("seed"));
            assertEquals(n, s.trainSize() + s.testSize());
            assertEquals(Math.max(1, Math.min(n - 1, Math.round(f * n))), s.testSize());
            Partitions.assertPartition(n, List.of(s.train(), s.test()));
        });
    }

    @Test
    void stratifiedSplitKeepsEveryClassShareWithinOneRow() {
        Property.forAll(SPLITS, 12, 300, c -> {
            int n = c.dim("n");
            int k = c.integer("classes");
            int[] labels = Partitions.randomLabels(n, k, c.integer("seed"));
            Split s = TrainTestSplit.stratified(labels, c.integer("percent") / 100.0, c.integer("seed") + 1L);
            Partitions.assertPartition(n, List.of(s.train(), s.test()));
            int[] all = Partitions.countsAmong(concat(s.train(), s.test()), labels, k);
            int[] inTest = Partitions.countsAmong(s.test(), labels, k);
            for (int cls = 0; cls < k; cls++) {
                double ideal = (double) s.testSize() * all[cls] / n;
                assertTrue(Math.abs(inTest[cls] - ideal) < 1.0,
                        "class " + cls + ": " + inTest[cls] + " test rows, ideal " + ideal);
            }
        });
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertEquals(TrainTestSplit.random(50, 0.2, 7), TrainTestSplit.random(50, 0.2, 7));
        assertNotEquals(TrainTestSplit.random(50, 0.2, 7), TrainTestSplit.random(50, 0.2, 8));
        int[] labels = Partitions.randomLabels(50, 3, 1);
        assertEquals(TrainTestSplit.stratified(labels, 0.3, 7), TrainTestSplit.stratified(labels, 0.3, 7));
    }

    @Test
    void stratifiedSplitOfBalancedClassesIsExact() {
        int[] labels = new int[30];
        for (int i = 0; i < 30; i++) {
            labels[i] = i % 3;
        }
        Split s = TrainTestSplit.stratified(labels, 0.2, 3);
        assertEquals(6, s.testSize());
        assertEquals(List.of(2, 2, 2), boxed(Partitions.countsAmong(s.test(), labels, 3)));
    }

    @Test
    void neitherPartIsEverEmpty() {
        assertEquals(1, TrainTestSplit.random(10, 0.01, 1).testSize());
        assertEquals(9, TrainTestSplit.random(10, 0.99, 1).testSize());
        assertEquals(1, TrainTestSplit.random(2, 0.5, 1).testSize());
    }

    @Test
    void theSplitCutsFeaturesAndTargetsTheSameWay() {
        Matrix X = Matrix.fromRowMajor(6, 1, new double[] {0, 1, 2, 3, 4, 5});
        double[] y = {0, 10, 20, 30, 40, 50};
        Split s = TrainTestSplit.random(6, 0.5, 4);
        Matrix Xtest = s.test(X);
        double[] ytest = s.test(y);
        for (int i = 0; i < ytest.length; i++) {
            assertEquals(10 * Xtest.get(i, 0), ytest[i]);
        }
        assertThrows(ShapeMismatchException.class, () -> s.train(new double[5]));
    }

    @Test
    void badArgumentsAreRejectedWithTheOffendingValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.random(10, 1.0, 1));
        assertTrue(e.getMessage().contains("1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.random(1, 0.5, 1));
        assertTrue(e.getMessage().contains("got 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.stratified(new int[] {0, -2, 1}, 0.5, 1));
        assertTrue(e.getMessage().contains("labels[1] = -2"), e.getMessage());
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static List<Integer> boxed(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }
}
