package org.mlbyhand.core.property;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlbyhand.core.linalg.Matrix;

/** The structural edits behind {@link CaseGen#shrink}: delete one index of a dimension, replace one argument. */
final class Shrinking {
    private Shrinking() {
    }

    /** Returns {@code c} with index {@code i} of dimension {@code label} removed from every argument that uses it. */
    static Case deleteIndex(Case c, String label, int i) {
        List<Case.Arg> args = new ArrayList<>();
        for (Case.Arg a : c.args()) {
            Object v = a.value();
            if (v instanceof Matrix) {
                Matrix A = (Matrix) v;
                int[] rows = keep(A.rows(), label.equals(a.axes().get(0)) ? i : -1);
                int[] cols = keep(A.cols(), label.equals(a.axes().get(1)) ? i : -1);
                v = select(A, rows, cols);
            } else if (Case.isArray(v) && label.equals(a.axes().get(0))) {
                v = withoutIndex(v, i);
            }
            args.add(new Case.Arg(a.name(), a.axes(), v));
        }
        Map<String, Integer> dims = new LinkedHashMap<>(c.dims());
        dims.put(label, dims.get(label) - 1);
        return new Case(args, dims);
    }

    /** Returns a copy of the array {@code x} (double[] or int[]) without entry i. */
    private static Object withoutIndex(Object x, int i) {
        int n = Array.getLength(x);
        Object y = Array.newInstance(x.getClass().getComponentType(), n - 1);
        System.arraycopy(x, 0, y, 0, i);
        System.arraycopy(x, i + 1, y, i, n - 1 - i);
        return y;
    }

    /** Returns {@code c} with argument number {@code k} replaced by {@code value}. */
    static Case replace(Case c, int k, Object value) {
        List<Case.Arg> args = new ArrayList<>(c.args());
        Case.Arg old = args.get(k);
        args.set(k, new Case.Arg(old.name(), old.axes(), value));
        return new Case(args, c.dims());
    }

    private static int[] keep(int n, int dropped) {
        return java.util.stream.IntStream.range(0, n).filter(j -> j != dropped).toArray();
    }

    private static Matrix select(Matrix A, int[] rows, int[] cols) {
        Matrix S = Matrix.zeros(rows.length, cols.length);
        for (int r = 0; r < rows.length; r++) {
            for (int q = 0; q < cols.length; q++) {
                S.set(r, q, A.get(rows[r], cols[q]));
            }
        }
        return S;
    }
}
