package org.mlbyhand.grading;

/**
 * A classic mistake in an exercise, written out as working code. Each grader lists its bugs; the
 * maintainers' suite checks that the grader rejects every one of them, and when a learner's answer
 * matches a bug's answer on the failing input, the learner is shown that bug's hint.
 *
 * @param name           what the mistake is, {@code "inner sum starts at k = 1"}
 * @param hint           what to tell a learner whose answer matches this mistake
 * @param implementation the buggy code, with the exercise's signature
 * @param <F> the exercise's function type
 */
public record Bug<F>(String name, String hint, F implementation) {
}
