package org.mlbyhand.grading.sandbox;

import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Grader;

/**
 * Which implementation to run, as text that crosses the process boundary: {@code learner},
 * {@code reference}, {@code bug:NAME} for one of the grader's classic bugs, or
 * {@code alternative:NAME} for one of its correct alternatives.
 */
public final class Target {
    /** The learner's code in the exercises module. */
    public static final String LEARNER = "learner";
    /** The reference built from core. */
    public static final String REFERENCE = "reference";
    private static final String BUG = "bug:";
    private static final String ALTERNATIVE = "alternative:";

    private Target() {
    }

    /** Returns the spec for the bug named {@code name}. */
    public static String bug(String name) {
        return BUG + name;
    }

    /** Returns the spec for the correct alternative named {@code name}. */
    public static String alternative(String name) {
        return ALTERNATIVE + name;
    }

    /** Returns the implementation {@code spec} names in {@code grader}. */
    static <F> F resolve(Grader<F> grader, String spec) throws LearnerBinding.BindingException {
        if (spec.equals(LEARNER)) {
            return LearnerBinding.bind(grader);
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
        if (spec.startsWith(ALTERNATIVE)) {
            String name = spec.substring(ALTERNATIVE.length());
            for (Alternative<F> alternative : grader.alternatives()) {
                if (alternative.name().equals(name)) {
                    return alternative.implementation();
                }
            }
            throw new IllegalArgumentException(grader.exercise().name() + " has no alternative named '" + name + "'");
        }
        throw new IllegalArgumentException("unknown target '" + spec + "': use learner, reference, bug:NAME or alternative:NAME");
    }
}
