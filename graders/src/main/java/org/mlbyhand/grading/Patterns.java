package org.mlbyhand.grading;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;

/**
 * Finds the {@link Pattern} a wrong answer follows, if any: every entry has the wrong sign; the result
 * is the transpose of the expected one; every entry is off by the same factor (a missing 1/n, or a
 * factor of 2 from a derivative).
 */
final class Patterns {
    private Patterns() {
    }

    /** The pattern of a matrix answer of the expected shape, or null. */
    static Pattern forMatrices(Matrix expected, Matrix actual, Tolerance tolerance) {
        if (expected.isSquare() && expected.rows() > 1 && !expected.equals(expected.transpose())
                && matches(expected.transpose().toRowMajorArray(), actual.toRowMajorArray(), tolerance)) {
            return new Pattern("transpose", 1, "your result is the transpose of the expected one (are i and j swapped?).");
        }
        return forVectors(expected.toRowMajorArray(), actual.toRowMajorArray(), tolerance);
    }

    /** The pattern of a vector answer of the expected length, or null. */
    static Pattern forVectors(double[] expected, double[] actual, Tolerance tolerance) {
        return signOrFactor(expected, actual, tolerance, "every entry");
    }

    /** The pattern of a single number, or null. */
    static Pattern forNumbers(double expected, double actual, Tolerance tolerance) {
        return signOrFactor(new double[] {expected}, new double[] {actual}, tolerance, "your result");
    }

    /** The pattern of a matrix that has the transposed shape and is exactly the transpose. */
    static Pattern transposedShape() {
        return new Pattern("transpose", 1, "your result is exactly the transpose of the expected one.");
    }

    /** The sign or factor pattern, said of {@code subject} ("every entry", "your result"). */
    private static Pattern signOrFactor(double[] expected, double[] actual, Tolerance tolerance, String subject) {
        if (negated(expected, actual, tolerance)) {
            return new Pattern("sign", -1, subject + " has the opposite sign of the expected one (a sign error).");
        }
        double factor = commonFactor(expected, actual, tolerance);
        if (!Double.isNaN(factor)) {
            return new Pattern("factor", factor, subject + " is " + MatrixFormat.number(factor)
                    + " times the expected one (a missing or extra constant factor, such as 1/n or 2).");
        }
        return null;
    }

    private static boolean negated(double[] e, double[] a, Tolerance tolerance) {
        double[] minus = new double[e.length];
        boolean anyNonZero = false;
        for (int k = 0; k < e.length; k++) {
            minus[k] = -e[k];
            anyNonZero |= e[k] != 0.0;
        }
        return anyNonZero && matches(minus, a, tolerance);
    }

    /** The constant c ≠ 1 with a ≈ c·e in every entry, or NaN when there is none. */
    private static double commonFactor(double[] e, double[] a, Tolerance tolerance) {
        int largest = -1;
        for (int k = 0; k < e.length; k++) {
            if (largest < 0 || Math.abs(e[k]) > Math.abs(e[largest])) {
                largest = k;
            }
        }
        if (largest < 0 || e[largest] == 0.0 || !Double.isFinite(a[largest])) {
            return Double.NaN;
        }
        double c = a[largest] / e[largest];
        if (c == 0.0 || Math.abs(c - 1.0) < 1e-6 || Math.abs(c + 1.0) < 1e-6) {
            return Double.NaN;
        }
        if (nonZeros(e) < 2 && !isWholeOrReciprocal(c)) {
            return Double.NaN; // any two single numbers have some ratio; only n or 1/n says something
        }
        double[] scaled = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            scaled[k] = c * e[k];
        }
        Tolerance loose = new Tolerance(tolerance.name(), Math.max(tolerance.relative(), 1e-9));
        return matches(scaled, a, loose) ? c : Double.NaN;
    }

    private static int nonZeros(double[] x) {
        int count = 0;
        for (double v : x) {
            count += v != 0.0 ? 1 : 0;
        }
        return count;
    }

    private static boolean isWholeOrReciprocal(double c) {
        return Math.abs(c - Math.rint(c)) < 1e-9 * Math.abs(c) || Math.abs(1 / c - Math.rint(1 / c)) < 1e-9 / Math.abs(c);
    }

    private static boolean matches(double[] e, double[] a, Tolerance tolerance) {
        double scale = 0.0;
        for (double v : e) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int k = 0; k < e.length; k++) {
            if (!tolerance.accepts(e[k], a[k], scale)) {
                return false;
            }
        }
        return true;
    }
}
