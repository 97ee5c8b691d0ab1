package org.mlbyhand.core.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;

/**
 * One test input: named arguments in order ({@code A = [[4, 2], [2, 3]], b = [1, 2], y = [0, 1]}),
 * each a value of a registered {@link ValueType} (a {@link Matrix}, a {@code double[]} vector, an
 * {@code int[]} of class labels, a {@code double}, an {@code int}, ...), plus the sizes of the named
 * dimensions they share ({@code m}, {@code n}, ...).
 *
 * <p>A case is made by a {@link CaseGen} or, for hand-picked edge cases, by {@link #of}. Its accessors
 * return the stored objects themselves; give code under test a {@link #copy()} and compare it with the
 * original afterwards ({@link #firstDifference}) to catch code that modifies its inputs.
 */
public final class Case {
    /**
     * An argument: its name, the dimension label of each axis of its value (null for an axis that
     * belongs to no named dimension), and the value.
     *
     * @param name  the argument's name, {@code "A"}
     * @param axes  one label or null per axis of the value's {@link ValueType#shape}
     * @param value a value of a registered type
     */
    public record Arg(String name, List<String> axes, Object value) {
        /** Checks that the value is registered and that there is one axis label per axis. */
        public Arg {
            checkedValue(value);
            axes = Collections.unmodifiableList(new ArrayList<>(axes));
            int expected = ValueTypes.of(value).shape(value).length;
            if (axes.size() != expected) {
                throw new IllegalArgumentException("argument " + name + " has " + expected + " axes, but "
                        + axes.size() + " axis labels were given");
            }
        }
    }

    private final List<Arg> args;
    private final Map<String, Integer> dims;

    Case(List<Arg> args, Map<String, Integer> dims) {
        this.args = List.copyOf(args);
        this.dims = Collections.unmodifiableMap(new LinkedHashMap<>(dims));
    }

    /**
     * Returns the case of these arguments and dimension sizes, as {@link #arguments()} and
     * {@link #dimensions()} give them (for rebuilding a case sent to another process).
     */
    public static Case of(List<Arg> args, Map<String, Integer> dims) {
        return new Case(args, dims);
    }

    /**
     * Returns a case of the given name-value pairs, e.g. {@code Case.of("A", A, "b", b)}. Values are
     * stored as given (not copied). Such a case has no dimension labels, so it shrinks only by value.
     */
    public static Case of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Case.of takes name, value pairs; got an odd count");
        }
        List<Arg> args = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = checkedValue(namesAndValues[i + 1]);
            List<String> noAxes = Collections.nCopies(ValueTypes.of(value).shape(value).length, null);
            args.add(new Arg((String) namesAndValues[i], noAxes, value));
        }
        return new Case(args, Map.of());
    }

    /** Returns the matrix argument {@code name} (the stored object, not a copy). */
    public Matrix matrix(String name) {
        return (Matrix) typed(name, Matrix.class);
    }

    /** Returns the vector argument {@code name} (the stored array, not a copy). */
    public double[] vector(String name) {
        return (double[]) typed(name, double[].class);
    }

    /** Returns the label argument {@code name} (the stored array, not a copy). */
    public int[] labels(String name) {
        return (int[]) typed(name, int[].class);
    }

    /** Returns the real-number argument {@code name}. */
    public double scalar(String name) {
        return (Double) typed(name, Double.class);
    }

    /** Returns the integer argument {@code name}. */
    public int integer(String name) {
        return (Integer) typed(name, Integer.class);
    }

    /** Returns the argument {@code name} as a {@code type} (the stored object, not a copy). */
    public <T> T get(String name, Class<T> type) {
        return type.cast(typed(name, type));
    }

    /** Returns the size of dimension {@code label}. */
    public int dim(String label) {
        Integer size = dims.get(label);
        if (size == null) {
            throw new IllegalArgumentException("no dimension '" + label + "' in this case; it has " + dims.keySet());
        }
        return size;
    }

    /** Returns the argument names, in order. */
    public List<String> names() {
        return args.stream().map(Arg::name).toList();
    }

    /** Returns the shapes of the arguments that have axes, {@code "A 5×3, b 5"}: the size of the case. */
    public String shapes() {
        StringBuilder s = new StringBuilder();
        for (Arg a : args) {
            int[] shape = typeOf(a.value()).shape(a.value());
            if (shape.length > 0) {
                s.append(s.length() > 0 ? ", " : "").append(a.name()).append(' ').append(ValueTypes.shapeText(shape));
            }
        }
        return s.toString();
    }

    /** Returns a deep copy: every argument is copied, so changes to one do not show in the other. */
    public Case copy() {
        List<Arg> copied = new ArrayList<>();
        for (Arg a : args) {
            copied.add(new Arg(a.name(), a.axes(), copyOf(a.value())));
        }
        return new Case(copied, dims);
    }

    /**
     * Compares this case with {@code original} and returns the first entry that differs, as text
     * ({@code "A[0][1] was 2, now 0"}), or null when every argument is bit-identical.
     */
    public String firstDifference(Case original) {
        for (int k = 0; k < args.size(); k++) {
            String diff = difference(args.get(k).name(), original.args.get(k).value(), args.get(k).value());
            if (diff != null) {
                return diff;
            }
        }
        return null;
    }

    /** Returns the arguments as {@code A = [[4, 2], [2, 3]], b = [1, 2]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Arg a : args) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(a.name()).append(" = ").append(format(a.value()));
        }
        return s.toString();
    }

    /** Returns the arguments, in order. */
    public List<Arg> arguments() {
        return args;
    }

    /** Returns the sizes of the named dimensions. */
    public Map<String, Integer> dimensions() {
        return dims;
    }

    List<Arg> args() {
        return args;
    }

    Map<String, Integer> dims() {
        return dims;
    }

    private Object typed(String name, Class<?> type) {
        for (Arg a : args) {
            if (a.name().equals(name)) {
                if (!type.isInstance(a.value())) {
                    throw new IllegalArgumentException("argument '" + name + "' is a "
                            + a.value().getClass().getSimpleName() + ", not a " + type.getSimpleName());
                }
                return a.value();
            }
        }
        throw new IllegalArgumentException("no argument '" + name + "' in this case; it has " + names());
    }

    static Object checkedValue(Object value) {
        if (ValueTypes.isRegistered(value)) {
            return value;
        }
        throw new IllegalArgumentException("a case argument must be a value of a registered type (Matrix, double[],"
                + " int[], double, int, ... see ValueTypes), not " + (value == null ? "null" : value.getClass().getName()));
    }

    static Object copyOf(Object value) {
        return typeOf(value).copy(value);
    }

    static String format(Object value) {
        return typeOf(value).format(value);
    }

    private static ValueType<Object> typeOf(Object value) {
        return ValueTypes.of(value);
    }

    /** The first change from {@code before} to {@code after}, bit for bit, as text; null when there is none. */
    private static String difference(String name, Object before, Object after) {
        ValueType<Object> type = typeOf(before);
        if (after == null || ValueTypes.of(after) != type) {
            return name + " was replaced";
        }
        int[] was = type.shape(before);
        int[] now = type.shape(after);
        if (!Arrays.equals(was, now)) {
            return name + " changed shape from " + ValueTypes.shapeText(was) + " to " + ValueTypes.shapeText(now);
        }
        double[] b = type.entries(before);
        if (b == null) {
            return before.equals(after) ? null : name + " was " + type.format(before) + ", now " + type.format(after);
        }
        double[] a = type.entries(after);
        for (int k = 0; k < b.length; k++) {
            if (Double.doubleToLongBits(b[k]) != Double.doubleToLongBits(a[k])) {
                return name + type.index(before, k) + " was " + MatrixFormat.number(b[k]) + ", now "
                        + MatrixFormat.number(a[k]);
            }
        }
        return null;
    }
}
