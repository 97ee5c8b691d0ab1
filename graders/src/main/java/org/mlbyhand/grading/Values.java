package org.mlbyhand.grading;

import org.mlbyhand.core.linalg.Matrix;

/** Small conversions the comparison and the reports share. */
final class Values {
    private Values() {
    }

    /** Returns a vector or number as a double[], or null if {@code value} is neither. */
    static double[] asVector(Object value) {
        if (value instanceof double[]) {
            return (double[]) value;
        }
        if (value instanceof int[]) {
            int[] v = (int[]) value;
            double[] d = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                d[i] = v[i];
            }
            return d;
        }
        if (value instanceof Number) {
            return new double[] {((Number) value).doubleValue()};
        }
        return null;
    }

    /** Describes what a value is, for messages: "a 3×2 matrix", "a vector of length 4", "a number". */
    static String describeType(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Matrix) {
            return "a " + ((Matrix) value).shape() + " matrix";
        }
        if (value instanceof double[]) {
            return "a vector of length " + ((double[]) value).length;
        }
        if (value instanceof int[]) {
            return "an int[] of length " + ((int[]) value).length;
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
