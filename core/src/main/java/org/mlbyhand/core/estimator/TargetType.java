package org.mlbyhand.core.estimator;

import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

/**
 * How code that is generic in the target type Y (cross-validation, grid search, pipelines) counts the
 * targets and cuts them the same way as the rows of X:
 * <pre>{@code
 *   length(y)        = n
 *   rows(y, idx)[k]  = y[idx[k]]          k = 0, …, idx.length − 1   (indices may repeat)
 * }</pre>
 * There are two: {@link #VALUES} for real targets ({@code double[]}) and {@link #LABELS} for class
 * labels ({@code int[]}); a {@link SupervisedEstimator} names its own.
 *
 * @param <Y> the target type
 */
public final class TargetType<Y> {
    /** Real-valued targets, {@code double[]} (regression). */
    public static final TargetType<double[]> VALUES = new TargetType<>("values", y -> y.length, (y, idx) -> {
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = y[check(idx, k, y.length)];
        }
        return out;
    });

    /** Class labels 0, 1, …, k−1, {@code int[]} (classification). */
    public static final TargetType<int[]> LABELS = new TargetType<>("labels", y -> y.length, (y, idx) -> {
        int[] out = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = y[check(idx, k, y.length)];
        }
        return out;
    });

    private final String name;
    private final ToIntFunction<Y> length;
    private final BiFunction<Y, int[], Y> rows;

    private TargetType(String name, ToIntFunction<Y> length, BiFunction<Y, int[], Y> rows) {
        this.name = name;
        this.length = length;
        this.rows = rows;
    }

    /** Returns n, the number of targets in y (not modified). */
    public int length(Y y) {
        return length.applyAsInt(y);
    }

    /**
     * Returns the targets of the given rows, {@code y[indices[k]]} for each k, as a new array.
     *
     * @param y       length n (not modified)
     * @param indices values in [0, n) (not modified)
     * @throws IndexOutOfBoundsException naming the first index outside [0, n)
     */
    public Y rows(Y y, int[] indices) {
        return rows.apply(y, indices);
    }

    /** Returns {@code "values"} or {@code "labels"}. */
    @Override
    public String toString() {
        return name;
    }

    private static int check(int[] indices, int k, int n) {
        int i = indices[k];
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("indices[" + k + "] = " + i + " is outside [0, " + n + ")");
        }
        return i;
    }
}
