package org.mlbyhand.core.linalg;

/**
 * Operations on vectors stored as {@code double[]}. Every method returns a new array and leaves its
 * arguments unchanged, except those whose name ends in {@code InPlace}.
 */
public final class Vectors {
    private Vectors() {
    }

    /** Returns the dot product x·y = Σᵢ xᵢyᵢ. Throws {@link ShapeMismatchException} on unequal lengths. */
    public static double dot(double[] x, double[] y) {
        requireSameLength("dot", x, y);
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** Returns x + y. */
    public static double[] add(double[] x, double[] y) {
        requireSameLength("add", x, y);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = x[i] + y[i];
        }
        return z;
    }

    /** Returns x − y. */
    public static double[] subtract(double[] x, double[] y) {
        requireSameLength("subtract", x, y);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = x[i] - y[i];
        }
        return z;
    }

    /** Returns s·x. */
    public static double[] scale(double s, double[] x) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = s * x[i];
        }
        return z;
    }

    /** Sets y ← y + a·x (y is modified; x is not). */
    public static void axpyInPlace(double a, double[] x, double[] y) {
        requireSameLength("axpyInPlace", x, y);
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** Returns Σᵢ xᵢ. */
    public static double sum(double[] x) {
        double s = 0.0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    /**
     * Returns the Euclidean norm ‖x‖₂ = √(Σᵢ xᵢ²), scaled so that it neither overflows for entries
     * near 1e200 nor underflows for entries near 1e-200.
     */
    public static double norm(double[] x) {
        double scale = 0.0;
        for (double v : x) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0.0 || Double.isInfinite(scale)) {
            return scale;
        }
        double s = 0.0;
        for (double v : x) {
            double t = v / scale;
            s += t * t;
        }
        return scale * Math.sqrt(s);
    }

    /** Returns maxᵢ |xᵢ| (0 for an empty vector; NaN if any entry is NaN). */
    public static double maxAbs(double[] x) {
        double m = 0.0;
        for (double v : x) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static void requireSameLength(String op, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new ShapeMismatchException(op + ": x has length " + x.length + ", y has length " + y.length);
        }
    }
}
