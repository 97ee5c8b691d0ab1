package org.mlbyhand.core.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The structural edits behind {@link CaseGen#shrink}: delete one index of a dimension, replace one argument. */
final class Shrinking {
    private Shrinking() {
    }

    /** Returns {@code c} with index {@code i} of dimension {@code label} removed from every argument that uses it. */
    static Case deleteIndex(Case c, String label, int i) {
        List<Case.Arg> args = new ArrayList<>();
        for (Case.Arg a : c.args()) {
            Object v = a.value();
            for (int axis = 0; axis < a.axes().size(); axis++) {
                if (label.equals(a.axes().get(axis))) {
                    v = typeOf(v).deleteIndex(v, axis, i);
                }
            }
            args.add(new Case.Arg(a.name(), a.axes(), v));
        }
        Map<String, Integer> dims = new LinkedHashMap<>(c.dims());
        dims.put(label, dims.get(label) - 1);
        return new Case(args, dims);
    }

    /** Returns {@code c} with argument number {@code k} replaced by {@code value}. */
    static Case replace(Case c, int k, Object value) {
        List<Case.Arg> args = new ArrayList<>(c.args());
        Case.Arg old = args.get(k);
        args.set(k, new Case.Arg(old.name(), old.axes(), value));
        return new Case(args, c.dims());
    }

    private static ValueType<Object> typeOf(Object value) {
        return ValueTypes.of(value);
    }
}
