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
    void sortingSignedValuesOfEveryMagnitudeAgreesWithAStableSortByLessOrEqual() {
        Rng rng = new Rng(9);
        for (int n : new int[] {5, 63, 64, 65, 700, 5000}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                double magnitude = Math.pow(10.0, rng.nextInt(41) - 20);
                x[i] = switch (rng.nextInt(5)) {
                    case 0 -> 0.0;
                    case 1 -> -0.0;   // equal to 0.0 under ≤: a tie, kept in row order
                    case 2 -> rng.nextInt(7) - 3;
                    default -> (rng.nextDouble() - 0.5) * magnitude;
                };
            }
            int[] rows = new int[n];
            Arrays.setAll(rows, i -> n - 1 - i);   // ties must keep this order, not the row numbers'
            int[] expected = rows.clone();
            insertionSortByLessOrEqual(expected, x);
            IndexSort.sort(rows, x);
            assertArrayEquals(expected, rows, "n = " + n);
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

    /** The definition: a stable insertion sort whose rows move left past strictly larger values only. */
    private static void insertionSortByLessOrEqual(int[] rows, double[] x) {
        for (int i = 1; i < rows.length; i++) {
            int row = rows[i];
            int j = i - 1;
            while (j >= 0 && x[rows[j]] > x[row]) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = row;
        }
    }
}
