package org.mlbyhand.core.metrics;

import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The checks particular to metrics (equal lengths, binary labels, probabilities); finite entries and
 * class labels are checked by {@link org.mlbyhand.core.linalg.Arguments}.
 */
final class Checks {
    private Checks() {
    }

    static void sameLength(String who, String a, int na, String b, int nb) {
        if (na != nb) {
            throw new ShapeMismatchException(who + ": " + a + " has length " + na + ", " + b + " has length " + nb);
        }
        if (na == 0) {
            throw new IllegalArgumentException(who + ": " + a + " is empty");
        }
    }

    static void binary(String who, String name, int[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException(who + ": " + name + "[" + i + "] = " + y[i]
                        + "; binary labels are 0 (negative) and 1 (positive); pass an Average for more classes");
            }
        }
    }

    static void probability(String who, String name, double p, String where) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(who + ": " + name + where + " = " + p + " is not a probability in [0, 1]");
        }
    }
}
