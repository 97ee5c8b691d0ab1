package org.mlbyhand.grading;

import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.property.ValueType;
import org.mlbyhand.core.property.ValueTypes;

/**
 * Compares a learner's result with the expected one and, when they differ, says exactly where and by
 * how much: the first differing entry, expected and actual, how many significant digits agree, the
 * relative error and the tolerance, then any recognisable {@link Pattern} (wrong sign, transpose, a
 * constant factor). Handles every registered {@link ValueType}, and records and lists of them,
 * compared component by component and named by component ({@code at dw[2]}, {@code at db}).
 *
 * <p>Every entry is judged on the scale of the whole expected result (see {@link Tolerance}): an entry
 * that happens to be exactly 0 is not demanded bit for bit while its neighbours are not.
 */
public final class Comparison {
    private Comparison() {
    }

    /**
     * Returns null when {@code actual} matches {@code expected} within {@code tolerance}, otherwise a
     * description of the first difference (one or more lines, with the pattern if any).
     *
     * @param output name of the result in messages ({@code "C"} gives {@code at C[1][0]})
     */
    public static String difference(String output, Object expected, Object actual, Tolerance tolerance) {
        Difference d = compare(output, expected, actual, tolerance, 0.0);
        return d == null ? null : d.withPattern();
    }

    /**
     * Returns null when {@code actual} matches {@code expected} within {@code tolerance}, otherwise the
     * first difference and the pattern of the whole result. The scale is the largest |e| over the
     * whole expected result, or {@code floor} when that is 0 (the engine passes the inputs' magnitude).
     */
    public static Difference compare(String output, Object expected, Object actual, Tolerance tolerance, double floor) {
        double scale = Values.maxAbs(expected);
        return compare(output, expected, actual, tolerance, scale > 0 ? scale : floor, true);
    }

    /**
     * Returns how far {@code actual} is from {@code expected}: the largest |a − e| over all entries,
     * divided by the whole expected result's scale; 0 when equal, infinity when the two are not of the
     * same type and shape.
     */
    public static double distance(Object expected, Object actual) {
        double scale = Values.maxAbs(expected);
        return distance(expected, actual, scale > 0 ? scale : 1.0);
    }

    private static Difference compare(String output, Object expected, Object actual, Tolerance tolerance,
                                      double scale, boolean numberPatterns) {
        if (actual == null) {
            return text("your code returned null instead of " + Values.describeType(expected) + ".");
        }
        if (expected instanceof Record) {
            return expected.getClass() == actual.getClass()
                    ? records((Record) expected, (Record) actual, tolerance, scale)
                    : wrongType(expected, actual);
        }
        if (expected instanceof List) {
            return actual instanceof List ? lists(output, (List<?>) expected, (List<?>) actual, tolerance, scale)
                    : wrongType(expected, actual);
        }
        ValueType<Object> te = type(expected);
        ValueType<Object> ta = type(actual);
        if (te == null) {
            return expected.equals(actual) ? null : text("expected " + output + " = " + expected + ", got " + actual + ".");
        }
        if (ta == null || te.shape(expected).length != ta.shape(actual).length
                || (te.entries(expected) == null) != (ta.entries(actual) == null)) {
            return wrongType(expected, actual);
        }
        double[] e = te.entries(expected);
        if (e == null) {
            return expected.equals(actual) ? null
                    : text("expected " + output + " = " + te.format(expected) + ", got " + ta.format(actual) + ".");
        }
        int[] se = te.shape(expected);
        int[] sa = ta.shape(actual);
        if (!java.util.Arrays.equals(se, sa)) {
            return shapes(output, expected, actual, se, sa);
        }
        double[] a = ta.entries(actual);
        for (int k = 0; k < e.length; k++) {
            if (!tolerance.accepts(e[k], a[k], scale)) {
                String at = "at " + output + te.index(expected, k) + ": expected " + number(e[k], a[k]) + ", got "
                        + number(a[k], e[k]) + (integral(expected) ? ""
                        : "  (" + agreement(e[k], a[k], scale) + "; tolerance " + tolerance + ")");
                return new Difference(at, pattern(expected, actual, e, a, tolerance, numberPatterns));
            }
        }
        return null;
    }

    private static Pattern pattern(Object expected, Object actual, double[] e, double[] a, Tolerance tolerance,
                                   boolean numberPatterns) {
        if (expected instanceof Matrix && actual instanceof Matrix) {
            return Patterns.forMatrices((Matrix) expected, (Matrix) actual, tolerance);
        }
        if (e.length == 1 && type(expected).shape(expected).length == 0) {
            return numberPatterns ? Patterns.forNumbers(e[0], a[0], tolerance) : null;
        }
        return Patterns.forVectors(e, a, tolerance);
    }

    private static Difference shapes(String output, Object expected, Object actual, int[] se, int[] sa) {
        if (se.length == 1) {
            return text("expected " + output + " to have length " + se[0] + ", but it has length " + sa[0] + ".");
        }
        String message = "expected " + output + " to be " + ValueTypes.shapeText(se) + ", but it is "
                + ValueTypes.shapeText(sa) + ".";
        if (expected instanceof Matrix && actual instanceof Matrix
                && ((Matrix) expected).transpose().equals(actual)) {
            return new Difference(message, Patterns.transposedShape());
        }
        return text(message);
    }

    /** Compares two records of one class component by component; the first difference is named by component. */
    private static Difference records(Record expected, Record actual, Tolerance tolerance, double scale) {
        List<Values.Component> e = Values.components(expected);
        List<Values.Component> a = Values.components(actual);
        for (int k = 0; k < e.size(); k++) {
            String name = e.get(k).name();
            Object ev = e.get(k).value();
            Object av = a.get(k).value();
            if (av == null && ev != null) {
                return text(name + " is null; expected " + Values.describeType(ev) + ".");
            }
            Difference diff = ev == null ? null : compare(name, ev, av, tolerance, scale, false);
            if (diff != null) {
                return diff;
            }
        }
        return null;
    }

    private static Difference lists(String output, List<?> expected, List<?> actual, Tolerance tolerance,
                                    double scale) {
        if (expected.size() != actual.size()) {
            return text("expected " + output + " to have " + expected.size() + " elements, but it has "
                    + actual.size() + ".");
        }
        for (int k = 0; k < expected.size(); k++) {
            Difference diff = compare(output + "[" + k + "]", expected.get(k), actual.get(k), tolerance, scale, false);
            if (diff != null) {
                return diff;
            }
        }
        return null;
    }

    private static double distance(Object expected, Object actual, double scale) {
        if (expected == null || actual == null) {
            return expected == actual ? 0.0 : Double.POSITIVE_INFINITY;
        }
        if (expected instanceof Record || expected instanceof List) {
            List<?> e = expected instanceof Record ? Values.componentValues((Record) expected) : (List<?>) expected;
            List<?> a = expected.getClass() != actual.getClass() && expected instanceof Record ? null
                    : actual instanceof Record ? Values.componentValues((Record) actual)
                    : actual instanceof List ? (List<?>) actual : null;
            if (a == null || a.size() != e.size()) {
                return Double.POSITIVE_INFINITY;
            }
            double d = 0.0;
            for (int k = 0; k < e.size(); k++) {
                d = Math.max(d, distance(e.get(k), a.get(k), scale));
            }
            return d;
        }
        ValueType<Object> te = type(expected);
        ValueType<Object> ta = type(actual);
        if (te == null || ta == null || te.entries(expected) == null || ta.entries(actual) == null) {
            return expected.equals(actual) ? 0.0 : Double.POSITIVE_INFINITY;
        }
        if (!java.util.Arrays.equals(te.shape(expected), ta.shape(actual))) {
            return Double.POSITIVE_INFINITY;
        }
        double[] e = te.entries(expected);
        double[] a = ta.entries(actual);
        double d = 0.0;
        for (int k = 0; k < e.length; k++) {
            if (Double.doubleToLongBits(e[k]) == Double.doubleToLongBits(a[k])) {
                continue;
            }
            double gap = Math.abs(a[k] - e[k]) / Math.max(scale, Math.abs(e[k]));
            d = Math.max(d, Double.isNaN(gap) ? Double.POSITIVE_INFINITY : gap);
        }
        return d;
    }

    /**
     * True for whole numbers (an int, a long, arrays of them): labels, counts and indices, compared
     * exactly, where digits of agreement and a relative error would say nothing.
     */
    static boolean integral(Object value) {
        Class<?> c = value.getClass();
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c == int.class || c == long.class || c == short.class || c == byte.class
                || c == Integer.class || c == Long.class || c == Short.class || c == Byte.class;
    }

    private static Difference text(String text) {
        return new Difference(text, null);
    }

    private static Difference wrongType(Object expected, Object actual) {
        return text("expected " + Values.describeType(expected) + ", but your code returned "
                + Values.describeType(actual) + ".");
    }

    private static ValueType<Object> type(Object value) {
        return ValueTypes.of(value);
    }

    /**
     * Returns "3 digits agree; relative error 2.1e-04", or the NaN/infinity story; for an expected 0,
     * the error relative to the result's {@code scale}.
     */
    static String agreement(double expected, double actual, double scale) {
        if (Double.isNaN(actual)) {
            return "NaN usually comes from 0/0, √(negative) or log(negative) — or from an earlier NaN";
        }
        if (Double.isInfinite(actual)) {
            return "infinity usually comes from dividing by zero or from overflow";
        }
        if (expected == 0.0) {
            return scale > 0 && Double.isFinite(scale)
                    ? "error " + String.format(Locale.ROOT, "%.1e", Math.abs(actual) / scale) + " of the result's scale "
                            + MatrixFormat.number(scale)
                    : "expected exactly 0";
        }
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        return digitsAgreeing(rel) + " digits agree; relative error " + String.format(Locale.ROOT, "%.1e", rel);
    }

    /** Significant decimal digits two numbers share, from their relative error: ⌊−log₁₀ rel⌋, in [0, 16]. */
    public static int digitsAgreeing(double relativeError) {
        if (relativeError == 0.0) {
            return 16;
        }
        return (int) Math.max(0, Math.min(16, Math.floor(-Math.log10(relativeError))));
    }

    /** Formats x with enough digits to show where it departs from {@code other}. */
    static String number(double x, double other) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        boolean close = other != 0 && Math.abs(x - other) / Math.abs(other) < 1e-8;
        String s = String.format(Locale.ROOT, close ? "%.16g" : "%.10g", x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        return mantissa.replaceAll("0+$", "").replaceAll("\\.$", "") + (e < 0 ? "" : s.substring(e));
    }
}
