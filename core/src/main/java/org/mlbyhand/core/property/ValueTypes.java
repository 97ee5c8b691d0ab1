package org.mlbyhand.core.property;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of {@link ValueType}s: the built-in ones ({@code Matrix}, {@code double[]},
 * {@code int[]}, {@code double}, {@code int}, {@code boolean}, {@code String}) and every type named in a
 * {@code META-INF/services/org.mlbyhand.core.property.ValueType} file on the class path.
 */
public final class ValueTypes {
    /** The most numbers (or characters) one value read from another process may hold. */
    public static final int MAX_ENTRIES = 1 << 26;

    private static final Map<Class<?>, ValueType<?>> BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, ValueType<?>> BY_ID = new LinkedHashMap<>();

    static {
        List<ValueType<?>> all = new ArrayList<>(List.of(new MatrixType(), new VectorType(), new LabelsType(),
                new RealType(), new IntegerType(), new BooleanType(), new TextType()));
        for (ValueType<?> extra : ServiceLoader.load(ValueType.class, ValueTypes.class.getClassLoader())) {
            all.add(extra);
        }
        for (ValueType<?> t : all) {
            if (BY_CLASS.putIfAbsent(t.type(), t) != null || BY_ID.putIfAbsent(t.id(), t) != null) {
                throw new IllegalStateException("two value types are registered for " + t.type().getName()
                        + " or under the id '" + t.id() + "'");
            }
        }
    }

    private ValueTypes() {
    }

    /** Returns the type of {@code value}, or null when its class is not registered (null values included). */
    @SuppressWarnings("unchecked")
    public static <T> ValueType<T> of(T value) {
        return value == null ? null : (ValueType<T>) BY_CLASS.get(value.getClass());
    }

    /** Returns the type registered under {@code id}, or throws IOException naming it. */
    public static ValueType<?> byId(String id) throws IOException {
        ValueType<?> t = BY_ID.get(id);
        if (t == null) {
            throw new IOException("no value type is registered as '" + id + "'");
        }
        return t;
    }

    /** True when {@code value}'s class is registered. */
    public static boolean isRegistered(Object value) {
        return of(value) != null;
    }

    /** Returns the registered types, built-in first. */
    public static List<ValueType<?>> all() {
        return List.copyOf(BY_CLASS.values());
    }

    /** Checks a size read from another process against {@link #MAX_ENTRIES}. */
    static int checkedSize(long size, String what) throws IOException {
        if (size < 0 || size > MAX_ENTRIES) {
            throw new IOException(what + " has " + size + " entries, more than the " + MAX_ENTRIES + " allowed");
        }
        return (int) size;
    }

    /** "3×2", "5", or "" for a value of no axes. */
    public static String shapeText(int[] shape) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < shape.length; k++) {
            s.append(k > 0 ? "×" : "").append(shape[k]);
        }
        return s.toString();
    }
}
