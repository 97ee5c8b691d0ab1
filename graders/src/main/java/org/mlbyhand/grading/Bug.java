package org.mlbyhand.grading;

import java.util.List;

/**
 * A classic mistake in an exercise, written out as working code. Each grader lists its bugs; the
 * maintainers' suite checks that the grader rejects every one of them, and when a learner's answer
 * matches a bug's answer on the failing input, the learner is shown that bug's hint. A bug may declare
 * further hints, each a step closer (the derivation, then where the formula goes wrong), never the
 * code: a learner asks for the next one with {@code -Dhint=more} (in watch mode, failing the same
 * check again does). In a bug list, {@code new Bug<>(name, hint, implementation, List.of(more...))}.
 *
 * @param name           what the mistake is, {@code "inner sum starts at k = 1"}
 * @param hint           what to tell a learner whose answer matches this mistake
 * @param implementation the buggy code, with the exercise's signature
 * @param more           further hints, in the order they are given
 * @param <F> the exercise's function type
 */
public record Bug<F>(String name, String hint, F implementation, List<String> more) {

    /** Copies the list of further hints. */
    public Bug {
        more = List.copyOf(more);
    }

    /** A bug with one hint. */
    public Bug(String name, String hint, F implementation) {
        this(name, hint, implementation, List.of());
    }

    /** This bug with further hints, given one at a time as the learner asks for more. */
    public Bug<F> withMore(String... hints) {
        return new Bug<>(name, hint, implementation, List.of(hints));
    }

    /** The hint and the further hints, in order. */
    public List<String> hints() {
        List<String> all = new java.util.ArrayList<>();
        all.add(hint);
        all.addAll(more);
        return all;
    }
}
