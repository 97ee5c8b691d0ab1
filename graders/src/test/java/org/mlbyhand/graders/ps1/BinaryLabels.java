package org.mlbyhand.graders.ps1;

/** Conditions on binary labels that the ps1 graders' case generators require. */
final class BinaryLabels {
    private BinaryLabels() {
    }

    /** Returns true when y holds at least one 0 and at least one 1. */
    static boolean bothClasses(int[] y) {
        boolean zero = false;
        boolean one = false;
        for (int label : y) {
            zero |= label == 0;
            one |= label == 1;
        }
        return zero && one;
    }
}
