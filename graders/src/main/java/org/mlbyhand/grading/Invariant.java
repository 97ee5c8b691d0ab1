package org.mlbyhand.grading;

import org.mlbyhand.core.property.Case;

/**
 * A property of the learner's result that needs no reference (A = L·Lᵀ, (AB)ᵀ = BᵀAᵀ, ...). It
 * calls the learner's code through {@code run} as often as it needs, and fails by throwing, usually
 * through {@link Expect}.
 */
@FunctionalInterface
public interface Invariant {
    /** Checks the invariant on {@code c}; {@code run.on(x)} returns the learner's result on x. */
    void check(Case c, Run run) throws Exception;

    /** Runs the learner's code on a case, guarded by the engine (exceptions, null, mutation). */
    @FunctionalInterface
    interface Run {
        /** Returns the learner's result on {@code c} (c is not modified). */
        Object on(Case c);
    }
}
