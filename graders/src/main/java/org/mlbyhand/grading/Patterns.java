package org.mlbyhand.grading;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;

/**
 * Recognisable shapes of a wrong answer, each a classic bug in disguise: every entry has the wrong
 * sign; the result is the transpose of the expected one; every entry is off by the same factor (a
 * missing 1/n, or a factor of 2 from a derivative). Each method returns "" or a line starting
 * {@code "\n  pattern: "}.
 */
final class Patterns {
    private Patterns() {
    }

    static String forMatrices(Matrix expected, Matrix actual, Tolerance tolerance) {
        if (expected.isSquare() && expected.rows() > 1 && !expected.equals(expected.transpose())
                && matches(expected.transpose().toRowMajorArray(), actual.toRowMajorArray(), tolerance)) {
            return "\n  pattern: your result is the transpose of the expected one (are i and j swapped?).";
        }
        return forVectors(expected.toRowMajorArray(), actual.toRowMajorArray(), tolerance);
    }

    static String forVectors(double[] expected, double[] actual, Tolerance tolerance) {
        return signOrFactor(expected, actual, tolerance, "every entry");
    }

    /** The sign or factor pattern, said of {@code subject} ("every entry", "your result"). */
    private static String signOrFactor(double[] expected, double[] actual, Tolerance tolerance, String subject) {
        if (negated(expected, actual, tolerance)) {
            return "\n  pattern: " + subject + " has the opposite sign of the expected one (a sign error).";
        }
        double factor = commonFactor(expected, actual, tolerance);
        if (!Double.isNaN(factor)) {
            return "\n  pattern: " + subject + " is " + MatrixFormat.number(factor)
                    + " times the expected one (a missing or extra constant factor, such as 1/n or 2).";
        }
        return "";
    }

    static String forNumbers(double expected, double actual, Tolerance tolerance) {
        return signOrFactor(new double[] {expected}, new double[] {actual}, tolerance, "your result");
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
