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

    /**
     * Returns the largest finite |x| over every number in {@code value}: the entries of a matrix or
     * vector, a number, the components of a record, the elements of a list; 0 for anything else.
     */
    static double maxAbs(Object value) {
        if (value instanceof Matrix) {
            return maxAbs(((Matrix) value).toRowMajorArray());
        }
        double[] v = asVector(value);
        if (v != null) {
            return maxAbs(v);
        }
        double m = 0.0;
        if (value instanceof Record) {
            for (java.lang.reflect.RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    java.lang.reflect.Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    m = Math.max(m, maxAbs(accessor.invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + value.getClass(), e);
                }
            }
        } else if (value instanceof Iterable) {
            for (Object element : (Iterable<?>) value) {
                m = Math.max(m, maxAbs(element));
            }
        }
        return m;
    }

    private static double maxAbs(double[] x) {
        double m = 0.0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
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
