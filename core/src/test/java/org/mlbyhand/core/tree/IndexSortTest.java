package org.mlbyhand.core.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.random.Rng;

/** The index sort is a stable sort, and the partition a stable partition. */
class IndexSortTest {
    @Test
    void sortingIndicesAgreesWithAStableLibrarySortOnKeysWithTies() {
        Rng rng = new Rng(5);
        for (int n : new int[] {0, 1, 2, 15, 16, 17, 100, 1000}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextInt(n / 3 + 1);   // many ties
            }
            int[] rows = new int[n];
            Arrays.setAll(rows, i -> i);
            IndexSort.sort(rows, x);
            Integer[] expected = new Integer[n];
            Arrays.setAll(expected, i -> i);
            Arrays.sort(expected, Comparator.comparingDouble(i -> x[i]));   // stable: ties by index
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), rows, "n = " + n);
        }
    }

    @Test
    void partitioningKeepsTheOrderOfBothParts() {
        int[] rows = {9, 1, 8, 2, 7, 3, 6};
        boolean[] left = new boolean[10];
        left[1] = left[2] = left[3] = true;
        IndexSort.partition(rows, 1, 6, left, new int[5]);
        assertArrayEquals(new int[] {9, 1, 2, 3, 8, 7, 6}, rows);
    }
}
