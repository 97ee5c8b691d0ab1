package org.mlbyhand.core.property;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/**
 * How {@link CaseGen} makes one argument, which structure it must keep, and which simpler values it
 * may be replaced with while shrinking.
 */
final class ArgumentSpec {
    private final String name;
    private final List<String> axes;
    private final BiFunction<Rng, int[], Object> maker;
    private final Predicate<Object> valid;
    private final double lo;
    private final double hi;

    private ArgumentSpec(String name, List<String> axes, BiFunction<Rng, int[], Object> maker,
                         Predicate<Object> valid, double lo, double hi) {
        this.name = name;
        this.axes = List.copyOf(axes);
        this.maker = maker;
        this.valid = valid;
        this.lo = lo;
        this.hi = hi;
    }

    static ArgumentSpec matrix(String name, String rows, String cols, BiFunction<Rng, int[], Matrix> maker,
                               Predicate<Matrix> valid) {
        return new ArgumentSpec(name, List.of(rows, cols), maker::apply, v -> valid.test((Matrix) v),
                Double.NaN, Double.NaN);
    }

    static ArgumentSpec vector(String name, String dim, BiFunction<Rng, int[], double[]> maker) {
        return new ArgumentSpec(name, List.of(dim), maker::apply, v -> true, Double.NaN, Double.NaN);
    }

    static ArgumentSpec labels(String name, String dim, int classes) {
        return new ArgumentSpec(name, List.of(dim), (rng, s) -> {
            int[] y = new int[s[0]];
            for (int i = 0; i < y.length; i++) {
                y[i] = rng.nextInt(classes);
            }
            return y;
        }, v -> Arrays.stream((int[]) v).allMatch(label -> label >= 0 && label < classes), Double.NaN, Double.NaN);
    }

    /** An argument of any registered type, made by {@code maker} from the sizes of its axes. */
    static <T> ArgumentSpec of(String name, List<String> axes, BiFunction<Rng, int[], T> maker, Predicate<T> valid,
                               Class<T> type) {
        return new ArgumentSpec(name, axes, maker::apply, v -> valid.test(type.cast(v)), Double.NaN, Double.NaN);
    }

    static ArgumentSpec scalar(String name, double lo, double hi) {
        return new ArgumentSpec(name, List.of(), (rng, s) -> rng.uniform(lo, hi),
                v -> (Double) v >= lo && (Double) v <= hi, lo, hi);
    }

    static ArgumentSpec integer(String name, int lo, int hi) {
        return new ArgumentSpec(name, List.of(), (rng, s) -> rng.nextInt(lo, hi),
                v -> (Integer) v >= lo && (Integer) v <= hi, lo, hi);
    }

    String name() {
        return name;
    }

    List<String> axes() {
        return axes;
    }

    Object make(Rng rng, Map<String, Integer> sizes) {
        int[] s = axes.stream().mapToInt(sizes::get).toArray();
        return maker.apply(rng, s);
    }

    boolean isValid(Object value) {
        return valid.test(value);
    }

    /** Simpler replacements for {@code value}, most aggressive first; validity is checked by the caller. */
    @SuppressWarnings("unchecked")
    Stream<Object> simplerValues(Object value) {
        if (value instanceof Integer) {
            int v = (Integer) value;
            int low = (int) lo;
            return Stream.of(low, low + (v - low) / 2, v - 1).filter(c -> c < v && c >= low).distinct()
                    .map(Object.class::cast);
        }
        if (value instanceof Double) {
            double v = (Double) value;
            return Stream.of(0.0, 1.0, lo, (double) Math.round(v), Math.round(v * 10) / 10.0)
                    .filter(c -> c >= lo && c <= hi && c != v && Math.abs(c) <= Math.abs(v) + 1)
                    .distinct().map(Object.class::cast);
        }
        ValueType<Object> type = ValueTypes.of(value);
        return type.simpler(value);
    }
}
