package org.mlbyhand.core.metrics;

import org.mlbyhand.core.linalg.ShapeMismatchException;

/** Argument checks shared by the metrics, each throwing with a message that names the problem. */
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

    static void finite(String who, String name, double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(who + ": " + name + " has " + x[i] + " at [" + i + "]");
            }
        }
    }

    static void labels(String who, String name, int[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException(who + ": " + name + "[" + i + "] = " + y[i]
                        + " is negative; class labels are 0, 1, …, k−1");
            }
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
