package org.mlbyhand.graders.ps5;

import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Alternative;

/** Correct broadcast shapes written differently from core's, each of which the grader must accept. */
final class BroadcastShapeAlternatives {
    private BroadcastShapeAlternatives() {
    }

    static final List<Alternative<BinaryOperator<int[]>>> ALL = List.of(
            new Alternative<>("both padded with 1s on the left to one length, then zipped", (a, b) -> {
                int n = Math.max(a.length, b.length);
                int[] pa = padded(a, n);
                int[] pb = padded(b, n);
                int[] out = new int[n];
                for (int k = 0; k < n; k++) {
                    if (pa[k] != pb[k] && pa[k] != 1 && pb[k] != 1) {
                        throw new ShapeMismatchException("cannot broadcast " + Arrays.toString(a) + " with "
                                + Arrays.toString(b));
                    }
                    out[k] = pa[k] == 1 ? pb[k] : pa[k];
                }
                return out;
            }),
            new Alternative<>("recursively on the last axes", BroadcastShapeAlternatives::recursive));

    private static int[] padded(int[] s, int n) {
        int[] p = new int[n];
        Arrays.fill(p, 1);
        System.arraycopy(s, 0, p, n - s.length, s.length);
        return p;
    }

    private static int[] recursive(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return (a.length == 0 ? b : a).clone();
        }
        int x = a[a.length - 1];
        int y = b[b.length - 1];
        if (x != y && x != 1 && y != 1) {
            throw new ShapeMismatchException("sizes " + x + " and " + y + " do not broadcast");
        }
        int[] head = recursive(Arrays.copyOf(a, a.length - 1), Arrays.copyOf(b, b.length - 1));
        int[] out = Arrays.copyOf(head, head.length + 1);
        out[head.length] = x == 1 ? y : x;
        return out;
    }
}
