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
 * each a {@link Matrix}, a {@code double[]} vector, an {@code int[]} of class labels, a {@code double}
 * or an {@code int}, plus the sizes of the named dimensions they share ({@code m}, {@code n}, ...).
 *
 * <p>A case is made by a {@link CaseGen} or, for hand-picked edge cases, by {@link #of}. Its accessors
 * return the stored objects themselves; give code under test a {@link #copy()} and compare it with the
 * original afterwards ({@link #firstDifference}) to catch code that modifies its inputs.
 */
public final class Case {
    /** An argument: its name, the dimension label of each axis (null if none), and its value. */
    record Arg(String name, List<String> axes, Object value) {
    }

    private final List<Arg> args;
    private final Map<String, Integer> dims;

    Case(List<Arg> args, Map<String, Integer> dims) {
        this.args = List.copyOf(args);
        this.dims = Collections.unmodifiableMap(new LinkedHashMap<>(dims));
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
            Object value = namesAndValues[i + 1];
            List<String> noAxes = Collections.nCopies(value instanceof Matrix ? 2 : isArray(value) ? 1 : 0, null);
            args.add(new Arg((String) namesAndValues[i], noAxes, checkedValue(value)));
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

    /** Returns the shapes of the matrix, vector and label arguments, {@code "A 5×3, b 5"}: the size of the case. */
    public String shapes() {
        StringBuilder s = new StringBuilder();
        for (Arg a : args) {
            String shape = a.value() instanceof Matrix ? ((Matrix) a.value()).shape()
                    : isArray(a.value()) ? String.valueOf(java.lang.reflect.Array.getLength(a.value())) : null;
            if (shape != null) {
                s.append(s.length() > 0 ? ", " : "").append(a.name()).append(' ').append(shape);
            }
        }
        return s.toString();
    }

    /** Returns a deep copy: matrices, vectors and labels are copied, so changes to one do not show in the other. */
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
        if (value instanceof Matrix || isArray(value) || value instanceof Double || value instanceof Integer) {
            return value;
        }
        throw new IllegalArgumentException("a case argument must be a Matrix, double[], int[], double or int, not "
                + (value == null ? "null" : value.getClass().getName()));
    }

    static Object copyOf(Object value) {
        if (value instanceof Matrix) {
            return ((Matrix) value).copy();
        }
        if (value instanceof double[]) {
            return ((double[]) value).clone();
        }
        if (value instanceof int[]) {
            return ((int[]) value).clone();
        }
        return value;
    }

    static String format(Object value) {
        if (value instanceof Matrix) {
            return MatrixFormat.format((Matrix) value);
        }
        if (value instanceof double[]) {
            return MatrixFormat.format((double[]) value);
        }
        if (value instanceof int[]) {
            return Arrays.toString((int[]) value);
        }
        if (value instanceof Double) {
            return MatrixFormat.number((Double) value);
        }
        return String.valueOf(value);
    }

    private static String difference(String name, Object before, Object after) {
        if (before instanceof Matrix) {
            Matrix B = (Matrix) before;
            Matrix A = (Matrix) after;
            if (B.rows() != A.rows() || B.cols() != A.cols()) {
                return name + " changed shape from " + B.shape() + " to " + A.shape();
            }
            for (int i = 0; i < B.rows(); i++) {
                for (int j = 0; j < B.cols(); j++) {
                    if (Double.doubleToLongBits(B.get(i, j)) != Double.doubleToLongBits(A.get(i, j))) {
                        return name + "[" + i + "][" + j + "] was " + MatrixFormat.number(B.get(i, j)) + ", now "
                                + MatrixFormat.number(A.get(i, j));
                    }
                }
            }
            return null;
        }
        if (before instanceof double[]) {
            double[] b = (double[]) before;
            double[] a = (double[]) after;
            for (int i = 0; i < b.length; i++) {
                if (Double.doubleToLongBits(b[i]) != Double.doubleToLongBits(a[i])) {
                    return name + "[" + i + "] was " + MatrixFormat.number(b[i]) + ", now "
                            + MatrixFormat.number(a[i]);
                }
            }
            return Arrays.equals(b, a) ? null : name + " changed";
        }
        if (before instanceof int[]) {
            int[] b = (int[]) before;
            int[] a = (int[]) after;
            for (int i = 0; i < b.length; i++) {
                if (b[i] != a[i]) {
                    return name + "[" + i + "] was " + b[i] + ", now " + a[i];
                }
            }
        }
        return null;
    }

    /** A one-axis argument: a vector or labels. */
    static boolean isArray(Object value) {
        return value instanceof double[] || value instanceof int[];
    }
}
