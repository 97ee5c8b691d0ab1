package org.mlbyhand.core.data;

import org.mlbyhand.core.linalg.Arguments;

/**
 * Class labels: an {@code int[]} whose entries are class indices 0, 1, …, k−1.
 */
public final class Labels {
    private Labels() {
    }

    /**
     * Returns the number of classes k = max(labels) + 1 (0 for an empty array).
     *
     * @param labels class indices, each ≥ 0 (not modified)
     * @throws IllegalArgumentException naming the first negative label
     */
    public static int numClasses(int[] labels) {
        int max = -1;
        Arguments.requireLabels("Labels", "labels", labels);
        for (int label : labels) {
            max = Math.max(max, label);
        }
        return max + 1;
    }

    /**
     * Returns the count of each class: {@code counts[c] = #{i : labels[i] = c}}, an array of length
     * {@link #numClasses}.
     *
     * @param labels class indices, each ≥ 0 (not modified)
     * @throws IllegalArgumentException naming the first negative label
     */
    public static int[] counts(int[] labels) {
        int[] counts = new int[numClasses(labels)];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * Returns the members of each class, in increasing order: {@code members[c]} lists the indices i
     * with {@code labels[i] = c}.
     *
     * @param labels class indices, each ≥ 0 (not modified)
     * @throws IllegalArgumentException naming the first negative label
     */
    public static int[][] members(int[] labels) {
        int[] counts = counts(labels);
        int[][] members = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            members[c] = new int[counts[c]];
        }
        int[] filled = new int[counts.length];
        for (int i = 0; i < labels.length; i++) {
            members[labels[i]][filled[labels[i]]++] = i;
        }
        return members;
    }
}
