package org.mlbyhand.exercises.ps5;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · offset — where the entry at an index of a strided view lives in storage.
 *
 * <p>A tensor is (storage, shape, strides, offset); the entry at index (i₀, …, iₙ₋₁) is
 * <pre>{@code
 *   storage[offset + Σₖ iₖ·strideₖ]
 * }</pre>
 * Views change only the shape, strides and offset, never the storage: the transpose of a 2×3 tensor
 * (strides (3, 1)) is the 3×2 view with strides (1, 3); the rows 1… of a 4×3 tensor are the view with
 * offset 3; expanding an axis of size 1 gives it stride 0, so every index along it reads the same entry.
 *
 * <p>Arguments (none modified): shape, strides (one per axis, ≥ 0), offset ≥ 0, and index. Throw
 * {@link IllegalArgumentException} if index does not have one entry per axis, and
 * {@link IndexOutOfBoundsException} if some iₖ is outside [0, shape[k]).
 *
 * <p>Use the JDK only (core's {@code Strided} computes this privately).
 *
 * <p>Classic traps: forgetting the offset; using the row-major strides of the shape instead of the
 * strides given (a transposed view is not contiguous); pairing iₖ with another axis' stride; a bounds
 * check that lets iₖ = shape[k] through.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=offset}
 */
public final class StorageOffset {
    private StorageOffset() {
    }

    /**
     * Returns offset + Σₖ index[k]·strides[k].
     *
     * @param shape   the view's sizes (not modified)
     * @param strides the view's strides (not modified)
     * @param offset  the storage position of entry (0, …, 0)
     * @param index   one position per axis (not modified)
     * @return the storage position of the entry at index
     * @throws IllegalArgumentException if index.length != shape.length
     * @throws IndexOutOfBoundsException if an index is outside its axis
     */
    public static int position(int[] shape, int[] strides, int offset, int[] index) {
        // TODO: check the index, then add index[k]·strides[k] to the offset.
        throw new NotImplementedYet("ps5 offset");
    }
}
