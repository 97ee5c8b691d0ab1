package org.mlbyhand.core.property;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * An immutable single value (a number, a flag, a string) as a value: no axes, its own copy, one entry
 * when it is a number. Subclasses say how it is written, read and shown.
 */
abstract class ScalarType<T> implements ValueType<T> {
    private final Class<T> type;
    private final String id;
    private final String phrase;

    ScalarType(Class<T> type, String id, String phrase) {
        this.type = type;
        this.id = id;
        this.phrase = phrase;
    }

    @Override
    public final Class<T> type() {
        return type;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int[] shape(T value) {
        return new int[0];
    }

    @Override
    public final T copy(T value) {
        return value;
    }

    @Override
    public final String describe(T value) {
        return phrase;
    }

    @Override
    public final T deleteIndex(T value, int axis, int i) {
        throw new IllegalArgumentException(phrase + " has no axis to delete an index from");
    }

    @Override
    public final String index(T value, int k) {
        return "";
    }

    /** The number's value as the one entry, or null when the value is not a number. */
    @Override
    public abstract double[] entries(T value);

    @Override
    public abstract void write(DataOutput out, T value) throws IOException;

    @Override
    public abstract T read(DataInput in) throws IOException;
}
