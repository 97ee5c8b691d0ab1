package org.mlbyhand.graders.ps5;

import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in broadcasting two shapes, each a complete implementation the grader must reject.
 * The first case, (3, 1) with (3,), tells the alignment apart: aligned at the first axis it gives
 * (3, 1); demanding equal sizes throws. Taking the larger size is right until an axis of size 0 (and it
 * never rejects); the missing check returns where it should throw.
 */
final class BroadcastShapeBugs {
    private BroadcastShapeBugs() {
    }

    private enum Slip { LEFT_ALIGNED, EQUAL_ONLY, FIRST_LENGTH, LARGER, NO_CHECK }

    static final List<Bug<BinaryOperator<int[]>>> ALL = List.of(
            new Bug<>("aligned at the first axis instead of the last",
                    "broadcasting aligns the shapes at their last axis: (3,) lines up with the last axis of (3, 1),"
                            + " so the shorter shape gets 1s on the left, (1, 3), and the result is (3, 3).",
                    (a, b) -> shape(a, b, Slip.LEFT_ALIGNED)),
            new Bug<>("equal sizes demanded: a size 1 does not stretch",
                    "where one size is 1, it stretches to the other: (3, 1) with (1, 3) is (3, 3). Only two different"
                            + " sizes neither of which is 1 are an error.",
                    (a, b) -> shape(a, b, Slip.EQUAL_ONLY)),
            new Bug<>("the result as long as the first shape",
                    "the result has as many axes as the longer shape: (3,) with (2, 3) is (2, 3).",
                    (a, b) -> shape(a, b, Slip.FIRST_LENGTH)),
            new Bug<>("the larger size on every axis",
                    "a size 1 takes the other size, whatever it is, even 0: (3, 1) with (0,) is (3, 0), not (3, 1)."
                            + " The larger size is not the rule (and it never finds shapes that do not fit).",
                    (a, b) -> shape(a, b, Slip.LARGER)),
            new Bug<>("no check: shapes that do not fit are accepted",
                    "when two sizes differ and neither is 1, the shapes do not broadcast: throw ShapeMismatchException"
                            + " naming both.",
                    (a, b) -> shape(a, b, Slip.NO_CHECK)));

    private static int[] shape(int[] a, int[] b, Slip slip) {
        int n = slip == Slip.FIRST_LENGTH ? a.length : Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int da;
            int db;
            if (slip == Slip.LEFT_ALIGNED) {
                da = k < a.length ? a[k] : 1;
                db = k < b.length ? b[k] : 1;
            } else {
                int fromEnd = n - 1 - k;
                da = fromEnd < a.length ? a[a.length - 1 - fromEnd] : 1;
                db = fromEnd < b.length ? b[b.length - 1 - fromEnd] : 1;
            }
            boolean fits = slip == Slip.EQUAL_ONLY ? da == db : da == db || da == 1 || db == 1;
            if (!fits && slip != Slip.NO_CHECK && slip != Slip.LARGER) {
                throw new ShapeMismatchException("broadcast: " + Arrays.toString(a) + " and " + Arrays.toString(b));
            }
            out[k] = slip == Slip.LARGER ? Math.max(da, db) : da == 1 ? db : da;
        }
        return out;
    }
}
