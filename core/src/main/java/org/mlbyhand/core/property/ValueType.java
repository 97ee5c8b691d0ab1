package org.mlbyhand.core.property;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * Everything the test machinery needs to know about one kind of value that test inputs and results
 * are made of (a {@code Matrix}, a {@code double[]}, a token sequence, a fitted tree's arrays): how to
 * copy it, measure and print it, shrink it, compare it entry by entry, and send it between processes
 * as plain data. {@link Case}, {@link CaseGen}'s shrinker and the graders' comparison and sandbox all
 * go through this one description, so a new kind of value is one new class.
 *
 * <p>A type is registered either among {@link ValueTypes}' built-ins or, from any module, by naming its
 * class in {@code META-INF/services/org.mlbyhand.core.property.ValueType} (Java's
 * {@link java.util.ServiceLoader}); it needs a public no-argument constructor.
 *
 * @param <T> the class of the values described (matched exactly, not by subclass)
 */
public interface ValueType<T> {

    /** Returns the class of the values this type describes. */
    Class<T> type();

    /** Returns a short name, unique among registered types, that identifies the type on the wire: {@code "matrix"}. */
    String id();

    /**
     * Returns the sizes of the value's axes: {@code [rows, cols]} for a matrix, {@code [n]} for a
     * vector, {@code []} for a number. Shrinking deletes indices along these axes.
     */
    int[] shape(T value);

    /** Returns a deep copy: changing one never shows in the other. */
    T copy(T value);

    /** Returns the value as a learner reads it: {@code [[1, 2], [3, 4]]}. */
    String format(T value);

    /** Returns a phrase for messages: {@code "a 3×2 matrix"}. */
    String describe(T value);

    /**
     * Returns a copy of the value without index {@code i} along axis {@code axis} (0 ≤ axis &lt;
     * shape length), for shrinking by a named dimension.
     */
    T deleteIndex(T value, int axis, int i);

    /** Returns simpler values of the same shape, most aggressive first; none by default. */
    default Stream<T> simpler(T value) {
        return Stream.empty();
    }

    /**
     * Returns the value's numbers in a fixed order (row-major for a matrix), which comparisons judge
     * entry by entry, or null for a value that is not numeric (compared with {@code equals}).
     */
    double[] entries(T value);

    /** Names entry k of {@link #entries}, as appended to the value's name: {@code "[1][0]"}, or "" for a number. */
    String index(T value, int k);

    /** Writes the value as plain data. */
    void write(DataOutput out, T value) throws IOException;

    /**
     * Reads a value written by {@link #write}; rejects sizes above {@link ValueTypes#MAX_ENTRIES}
     * with an {@link IOException}.
     */
    T read(DataInput in) throws IOException;
}
