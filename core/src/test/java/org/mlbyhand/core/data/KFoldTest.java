package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class KFoldTest {
    private static final CaseGen FOLDS = CaseGen.create().dim("n", 2, 60).integer("k", 2, 10)
            .integer("classes", 1, 5).integer("seed", 0, 1_000_000)
            .require("k ≤ n", c -> c.integer("k") <= c.dim("n"));

    @Test
    void theTestFoldsPartitionTheRowsAndEachSplitPartitionsThem() {
        Property.forAll(FOLDS, 21, 300, c -> {
            int n = c.dim("n");
            int k = c.integer("k");
            for (List<Split> splits : List.of(KFold.folds(n, k), KFold.shuffled(n, k, c.integer("seed")))) {
                assertEquals(k, splits.size());
                List<int[]> testFolds = new ArrayList<>();
                for (Split s : splits) {
                    Partitions.assertPartition(n, List.of(s.train(), s.test()));
                    assertTrue(Math.abs(s.testSize() - (double) n / k) < 1.0, "fold size " + s.testSize());
                    testFolds.add(s.test());
                }
                Partitions.assertPartition(n, testFolds);
            }
        });
    }

    @Test
    void stratifiedFoldsPartitionTheRowsAndKeepEveryClassShare() {
        Property.forAll(FOLDS, 22, 300, c -> {
            int n = c.dim("n");
            int k = c.integer("k");
            int classes = c.integer("classes");
            int[] labels = Partitions.randomLabels(n, classes, c.integer("seed"));
            int[] total = Partitions.countsAmong(java.util.stream.IntStream.range(0, n).toArray(), labels, classes);
            List<Split> splits = StratifiedKFold.folds(labels, k, c.integer("seed"));
            List<int[]> testFolds = new ArrayList<>();
            for (Split s : splits) {
                Partitions.assertPartition(n, List.of(s.train(), s.test()));
                int[] inFold = Partitions.countsAmong(s.test(), labels, classes);
                for (int cls = 0; cls < classes; cls++) {
                    assertTrue(Math.abs(inFold[cls] - (double) total[cls] / k) < 1.0,
                            "class " + cls + " has " + inFold[cls] + " of " + total[cls] + " rows in a fold");
                }
                assertTrue(Math.abs(s.testSize() - (double) n / k) < 1.0, "fold size " + s.testSize());
                testFolds.add(s.test());
            }
            Partitions.assertPartition(n, testFolds);
        });
    }

    @Test
    void unshuffledFoldsAreContiguousAndTheFirstOnesAreLarger() {
        List<Split> splits = KFold.folds(7, 3);
        assertArrayEquals(new int[] {0, 1, 2}, splits.get(0).test());
        assertArrayEquals(new int[] {3, 4}, splits.get(1).test());
        assertArrayEquals(new int[] {5, 6}, splits.get(2).test());
        assertArrayEquals(new int[] {0, 1, 2, 5, 6}, splits.get(1).train());
    }

    @Test
    void theSameSeedGivesTheSameFolds() {
        assertEquals(KFold.shuffled(40, 5, 9), KFold.shuffled(40, 5, 9));
        int[] labels = Partitions.randomLabels(40, 3, 2);
        assertEquals(StratifiedKFold.folds(labels, 4, 9), StratifiedKFold.folds(labels, 4, 9));
    }

    @Test
    void tooFewFoldsOrRowsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KFold.folds(10, 1));
        assertTrue(e.getMessage().contains("k = 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StratifiedKFold.folds(new int[3], 4, 1));
        assertTrue(e.getMessage().contains("got 3"), e.getMessage());
    }
}
