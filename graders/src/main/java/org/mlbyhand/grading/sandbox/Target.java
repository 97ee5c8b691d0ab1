package org.mlbyhand.grading.sandbox;

import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Grader;

/**
 * Which implementation to grade, as text that crosses the process boundary: {@code learner},
 * {@code reference}, or {@code bug:NAME} for one of the grader's classic bugs.
 */
public final class Target {
    /** The learner's code in the exercises module. */
    public static final String LEARNER = "learner";
    /** The reference built from core. */
    public static final String REFERENCE = "reference";
    private static final String BUG = "bug:";

    private Target() {
    }

    /** Returns the spec for the bug named {@code name}. */
    public static String bug(String name) {
        return BUG + name;
    }

    /** Returns the implementation {@code spec} names in {@code grader}. */
    public static <F> F resolve(Grader<F> grader, String spec) {
        if (spec.equals(LEARNER)) {
            return grader.learner();
        }
        if (spec.equals(REFERENCE)) {
            return grader.reference();
        }
        if (spec.startsWith(BUG)) {
            String name = spec.substring(BUG.length());
            for (Bug<F> bug : grader.bugs()) {
                if (bug.name().equals(name)) {
                    return bug.implementation();
                }
            }
            throw new IllegalArgumentException(grader.exercise().name() + " has no bug named '" + name + "'");
        }
        throw new IllegalArgumentException("unknown target '" + spec + "': use learner, reference or bug:NAME");
    }
}
