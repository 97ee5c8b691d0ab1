package org.mlbyhand.grading;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.function.IntFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;

/**
 * Compares a learner's result with the expected one and, when they differ, says exactly where and by
 * how much: the first differing entry, expected and actual, how many significant digits agree, the
 * relative error and the tolerance, then any recognisable pattern (wrong sign, transpose, a constant
 * factor). Handles matrices, vectors ({@code double[]}, {@code int[]}), numbers and records of
 * these, compared component by component and named by component ({@code at dw[2]}, {@code at db}).
 */
public final class Comparison {
    private Comparison() {
    }

    /**
     * Returns null when {@code actual} matches {@code expected} within {@code tolerance}, otherwise a
     * description of the first difference (one or more lines).
     *
     * @param output name of the result in messages ({@code "C"} gives {@code at C[1][0]})
     */
    public static String difference(String output, Object expected, Object actual, Tolerance tolerance) {
        return difference(output, expected, actual, tolerance, 0.0);
    }

    /**
     * As {@link #difference(String, Object, Object, Tolerance)}, on the scale of the whole expected
     * result: every entry of every component is judged against max(|eᵢ|, max |e| over the whole
     * result), so an expected entry that happens to be exactly 0 is not demanded bit for bit while its
     * neighbours are not. When the whole expected result is 0, the scale is {@code floor} (the engine
     * passes the magnitude of the inputs).
     */
    public static String difference(String output, Object expected, Object actual, Tolerance tolerance,
            double floor) {
        double scale = Values.maxAbs(expected);
        return difference(output, expected, actual, tolerance, scale > 0 ? scale : floor, true);
    }

    /**
     * Compares on the given {@code scale}; {@code numberPatterns} is false for a number inside a
     * record, where "b is 3 times the expected one" is a coincidence more often than a clue.
     */
    private static String difference(String output, Object expected, Object actual, Tolerance tolerance,
            double scale, boolean numberPatterns) {
        if (actual == null) {
            return "your code returned null instead of " + Values.describeType(expected) + ".";
        }
        if (expected instanceof Record) {
            return expected.getClass() == actual.getClass()
                    ? records((Record) expected, (Record) actual, tolerance, scale)
                    : wrongType(expected, actual);
        }
        if (expected instanceof Matrix) {
            return actual instanceof Matrix
                    ? matrices(output, (Matrix) expected, (Matrix) actual, tolerance, scale)
                    : wrongType(expected, actual);
        }
        if (expected instanceof Number) {
            if (!(actual instanceof Number)) {
                return wrongType(expected, actual);
            }
            double e = ((Number) expected).doubleValue();
            double a = ((Number) actual).doubleValue();
            String diff = entries(k -> output, new double[] {e}, new double[] {a}, tolerance, scale);
            return diff == null || !numberPatterns ? diff : diff + Patterns.forNumbers(e, a, tolerance);
        }
        if (expected instanceof double[] || expected instanceof int[]) {
            double[] e = Values.asVector(expected);
            double[] a = Values.asVector(actual);
            if (a == null) {
                return wrongType(expected, actual);
            }
            if (a.length != e.length) {
                return "expected " + output + " to have length " + e.length + ", but it has length " + a.length + ".";
            }
            String diff = entries(k -> output + "[" + k + "]", e, a, tolerance, scale);
            return diff == null ? null : diff + Patterns.forVectors(e, a, tolerance);
        }
        return expected.equals(actual) ? null
                : "expected " + output + " = " + expected + ", got " + actual + ".";
    }

    /** Compares two records of one class component by component; the first difference is named by component. */
    private static String records(Record expected, Record actual, Tolerance tolerance, double scale) {
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            Object e = valueOf(component, expected);
            Object a = valueOf(component, actual);
            if (a == null && e != null) {
                return component.getName() + " is null; expected " + Values.describeType(e) + ".";
            }
            String diff = e == null ? null : difference(component.getName(), e, a, tolerance, scale, false);
            if (diff != null) {
                return diff;
            }
        }
        return null;
    }

    private static Object valueOf(RecordComponent component, Record r) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + r.getClass(), e);
        }
    }

    private static String matrices(String output, Matrix E, Matrix A, Tolerance tolerance, double scale) {
        if (E.rows() != A.rows() || E.cols() != A.cols()) {
            String shapes = "expected " + output + " to be " + E.shape() + ", but it is " + A.shape() + ".";
            if (E.rows() == A.cols() && E.cols() == A.rows()
                    && matrices(output, E.transpose(), A, tolerance, scale) == null) {
                shapes += "\n  pattern: your result is exactly the transpose of the expected one.";
            }
            return shapes;
        }
        int n = E.cols();
        String diff = entries(k -> output + "[" + k / n + "][" + k % n + "]", E.toRowMajorArray(),
                A.toRowMajorArray(), tolerance, scale);
        return diff == null ? null : diff + Patterns.forMatrices(E, A, tolerance);
    }

    /** Returns the first entry outside the tolerance as one line, or null; {@code where} names entry k. */
    private static String entries(IntFunction<String> where, double[] e, double[] a, Tolerance tolerance,
            double scale) {
        for (int k = 0; k < e.length; k++) {
            if (!tolerance.accepts(e[k], a[k], scale)) {
                return "at " + where.apply(k) + ": expected " + number(e[k], a[k]) + ", got " + number(a[k], e[k])
                        + "  (" + agreement(e[k], a[k], scale) + "; tolerance " + tolerance + ")";
            }
        }
        return null;
    }

    private static String wrongType(Object expected, Object actual) {
        return "expected " + Values.describeType(expected) + ", but your code returned " + Values.describeType(actual)
                + ".";
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
