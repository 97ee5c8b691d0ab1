package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.Rng;

class MiniBatchesTest {
    @Test
    void theBatchesOfAnEpochPartitionTheRowsAndOnlyTheLastIsSmaller() {
        CaseGen gen = CaseGen.create().dim("n", 0, 70).integer("batch", 1, 20).integer("seed", 0, 1000);
        Property.forAll(gen, 51, 300, c -> {
            int n = c.dim("n");
            int b = c.integer("batch");
            List<int[]> batches = MiniBatches.shuffled(n, b, new Rng(c.integer("seed")));
            assertEquals((n + b - 1) / b, batches.size());
            for (int i = 0; i + 1 < batches.size(); i++) {
                assertEquals(b, batches.get(i).length);
            }
            Partitions.assertPartition(n, batches);
            Partitions.assertPartition(n, MiniBatches.sequential(n, b));
        });
    }

    @Test
    void sequentialBatchesFollowTheRowOrder() {
        List<int[]> batches = MiniBatches.sequential(5, 2);
        assertArrayEquals(new int[] {0, 1}, batches.get(0));
        assertArrayEquals(new int[] {4}, batches.get(2));
    }

    @Test
    void theSameRngSeedGivesTheSameEpochsAndSuccessiveEpochsDiffer() {
        Rng a = new Rng(5);
        Rng b = new Rng(5);
        int[] first = MiniBatches.shuffled(30, 30, a).get(0);
        assertArrayEquals(first, MiniBatches.shuffled(30, 30, b).get(0));
        assertEquals(false, java.util.Arrays.equals(first, MiniBatches.shuffled(30, 30, a).get(0)));
    }

    @Test
    void aBatchSizeBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MiniBatches.sequential(5, 0));
    }
}
