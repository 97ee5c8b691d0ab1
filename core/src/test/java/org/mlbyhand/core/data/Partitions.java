package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.mlbyhand.core.random.Rng;

/** Shared checks and inputs for the data-utility tests. */
final class Partitions {
    private Partitions() {
    }

    /** Asserts that the parts are disjoint and together hold each of 0, …, n−1 exactly once. */
    static void assertPartition(int n, List<int[]> parts) {
        int[] times = new int[n];
        int total = 0;
        for (int[] part : parts) {
            for (int i : part) {
                assertTrue(i >= 0 && i < n, "index " + i + " outside [0, " + n + ")");
                times[i]++;
            }
            total += part.length;
        }
        assertEquals(n, total, "the parts' sizes add up to n");
        for (int i = 0; i < n; i++) {
            assertEquals(1, times[i], "row " + i + " appears " + times[i] + " times");
        }
    }

    /** Returns n labels drawn uniformly from 0 … k−1 with the given seed. */
    static int[] randomLabels(int n, int k, long seed) {
        Rng rng = new Rng(seed);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(k);
        }
        return labels;
    }

    /** Returns how many of the given rows have each class (length k). */
    static int[] countsAmong(int[] rows, int[] labels, int k) {
        int[] counts = new int[k];
        for (int r : rows) {
            counts[labels[r]]++;
        }
        return counts;
    }
}
