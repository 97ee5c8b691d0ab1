package org.mlbyhand.core.linalg;

/**
 * Text for matrices, as nested brackets with up to 10 significant digits: {@code [[4, 2], [2, 3]]}.
 * Large matrices show their corners with {@code …}; the shape is always recoverable. A number that
 * would look shorter than it is ({@code 0.5} for the double just above ½, {@code 1} for 1 + 1e-10,
 * {@code 0} for −0) is shown exactly instead, so two different numbers never print alike.
 */
public final class MatrixFormat {
    private static final int EDGE = 4;

    private MatrixFormat() {
    }

    /** Returns the matrix as nested brackets, eliding the middle of dimensions over 2·EDGE. */
    public static String format(Matrix A) {
        StringBuilder s = new StringBuilder("[");
        for (int i : shown(A.rows())) {
            if (s.length() > 1) {
                s.append(", ");
            }
            if (i < 0) {
                s.append('…');
                continue;
            }
            s.append('[');
            boolean first = true;
            for (int j : shown(A.cols())) {
                if (!first) {
                    s.append(", ");
                }
                first = false;
                s.append(j < 0 ? "…" : number(A.get(i, j)));
            }
            s.append(']');
        }
        return s.append(']').toString();
    }

    /** Returns a vector as {@code [1, 2.5, 3]}, eliding the middle of long vectors. */
    public static String format(double[] x) {
        StringBuilder s = new StringBuilder("[");
        for (int i : shown(x.length)) {
            if (s.length() > 1) {
                s.append(", ");
            }
            s.append(i < 0 ? "…" : number(x[i]));
        }
        return s.append(']').toString();
    }

    /**
     * Returns x with up to 10 significant digits, integers without a decimal point ({@code 4}, not
     * {@code 4.0}); when those digits end in three or more zeros but are not exactly x, all the digits
     * x needs ({@code 0.5000000000000001}), so a number never looks rounder than it is; −0 as {@code -0}.
     */
    public static String number(double x) {
        if (x == 0.0 && Double.doubleToRawLongBits(x) != 0L) {
            return "-0";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        String s = String.format(java.util.Locale.ROOT, "%.10g", x);
        String mantissa = s.contains("e") ? s.substring(0, s.indexOf('e')) : s;
        String exponent = s.contains("e") ? s.substring(s.indexOf('e')) : "";
        String shown = stripZeros(mantissa);
        if (mantissa.length() - shown.length() >= 3 && Double.parseDouble(s) != x) {
            return Double.toString(x).replace("E", "e");
        }
        return shown + exponent;
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Indices to show: all of them when few, else the first and last EDGE with -1 marking the gap. */
    private static int[] shown(int n) {
        if (n <= 2 * EDGE) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] some = new int[2 * EDGE + 1];
        for (int i = 0; i < EDGE; i++) {
            some[i] = i;
            some[EDGE + 1 + i] = n - EDGE + i;
        }
        some[EDGE] = -1;
        return some;
    }
}
