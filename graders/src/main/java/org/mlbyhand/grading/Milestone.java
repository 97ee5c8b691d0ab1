package org.mlbyhand.grading;

import java.time.Duration;

/**
 * A long end-to-end check of a problem set (train the learner's MNIST network to 98%, train the
 * learner's transformer until it writes words), graded apart from the quick exercises: listed on the
 * scoreboard in a section of its own with its last result, and run only when asked
 * ({@code -Dmilestone=NAME}, or {@code -Dmilestones} for every milestone of the selected problem sets).
 * It reports {@link Progress} while it runs, and its {@link Budget} is its own: ten minutes per check,
 * a 2 GB heap, the optimising JIT and no shrinking, unless it says otherwise. When the budget runs out,
 * the report says how far it got: "stopped after 10 min: epoch 7, 96.1% test accuracy, needs 98.0%".
 *
 * @param <F> the function type of the learner's code the milestone drives
 */
public abstract class Milestone<F> extends Grader<F> {
    /** A milestone's default budget. */
    public static final Budget LONG = new Budget(Duration.ofMinutes(10), 2048, true, false);

    @Override
    public Budget budget() {
        return LONG;
    }
}
