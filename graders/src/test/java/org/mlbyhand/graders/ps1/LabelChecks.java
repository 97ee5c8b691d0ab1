package org.mlbyhand.graders.ps1;

/**
 * The argument checks core's losses make, for the buggy implementations of the classification
 * exercises: each bug checks its input as the reference does, so that it is rejected for its one
 * mistake only.
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

    /** Throws IllegalArgumentException if an entry of x is NaN or infinite. */
    static void finite(String who, String name, double... x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(who + ": " + name + "[" + i + "] = " + x[i]);
            }
        }
    }
}
