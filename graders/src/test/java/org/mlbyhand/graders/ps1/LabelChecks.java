package org.mlbyhand.graders.ps1;

/**
 * Checks of class labels: those core's losses make, for the buggy implementations of the
 * classification exercises (each bug checks its input as the reference does, so that it is rejected for
 * its one mistake only), and the condition the generators of binary problems require.
 */
final class LabelChecks {
    private LabelChecks() {
    }

    /** Throws IllegalArgumentException if y is empty or has a label outside [0, classes). */
    static void labels(String who, int[] y, int classes) {
        if (y.length == 0) {
            throw new IllegalArgumentException(who + ": y is empty");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= classes) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + " is outside [0, " + classes + ")");
            }
        }
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
