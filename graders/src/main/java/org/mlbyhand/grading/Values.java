package org.mlbyhand.grading;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.property.ValueType;
import org.mlbyhand.core.property.ValueTypes;

/** What the comparison and the reports need to know of any result: registered values, records and lists of them. */
final class Values {
    private Values() {
    }

    /** A record's component: its name and value. */
    record Component(String name, Object value) {
    }

    /** Returns the components of {@code r}, in declaration order. */
    static List<Component> components(Record r) {
        List<Component> out = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                out.add(new Component(c.getName(), accessor.invoke(r)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
            }
        }
        return out;
    }

    /** Returns the component values of {@code r}, in declaration order. */
    static List<Object> componentValues(Record r) {
        List<Object> out = new ArrayList<>();
        for (Component c : components(r)) {
            out.add(c.value());
        }
        return out;
    }

    /**
     * Returns the largest finite |x| over every number in {@code value}: the entries of a registered
     * value, the components of a record, the elements of a list; 0 for anything else.
     */
    static double maxAbs(Object value) {
        if (value instanceof Record) {
            return maxAbs(componentValues((Record) value));
        }
        if (value instanceof Iterable) {
            double m = 0.0;
            for (Object element : (Iterable<?>) value) {
                m = Math.max(m, maxAbs(element));
            }
            return m;
        }
        ValueType<Object> type = type(value);
        double[] entries = type == null ? null : type.entries(value);
        double m = 0.0;
        if (entries != null) {
            for (double v : entries) {
                if (Double.isFinite(v)) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        return m;
    }

    /** Describes what a value is, for messages: "a 3×2 matrix", "a vector of length 4", "a number". */
    static String describeType(Object value) {
        if (value == null) {
            return "null";
        }
        ValueType<Object> type = type(value);
        if (type != null) {
            return type.describe(value);
        }
        if (value instanceof List) {
            return "a list of " + ((List<?>) value).size() + " elements";
        }
        if (value instanceof Foreign) {
            return ((Foreign) value).describe();
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static ValueType<Object> type(Object value) {
        return ValueTypes.of(value);
    }
}
