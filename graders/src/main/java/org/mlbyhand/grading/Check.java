package org.mlbyhand.grading;

import java.time.Duration;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;

/**
 * One declared check of a grader: a name that reads as a sentence, the inputs it draws, and what it
 * demands of the learner's result.
 *
 * @param name      what is checked, {@code "matches the reference on random SPD matrices"}
 * @param inputs    where the inputs come from (a seeded generator, or one fixed case)
 * @param trials    how many inputs are drawn
 * @param kind      agreement with the reference, invariant, or expected exception
 * @param equivalence for agreement checks: what "equal to the reference" means
 * @param invariant for invariant checks
 * @param rejection for checks that the learner's code throws: the expected exception type
 * @param timeLimit the check's own time budget, or null for the grader's {@link Budget#perCheck()}
 */
public record Check(String name, Gen<Case> inputs, int trials, Kind kind, Equivalence equivalence,
                    Invariant invariant, Class<? extends Throwable> rejection, Duration timeLimit) {

    /** What a check demands. */
    public enum Kind { AGREES, HOLDS, REJECTS }

    /** Returns the check's seed: a fixed function of the exercise and check names, so every run draws the same inputs. */
    public long seed(Exercise exercise) {
        return ((long) (exercise.name() + " / " + name).hashCode()) & 0xFFFFFFFFL;
    }

    /** Returns the time this check may take under {@code budget}. */
    public Duration time(Budget budget) {
        return timeLimit != null ? timeLimit : budget.perCheck();
    }

    /** This check with its own time budget. */
    Check taking(Duration time) {
        return new Check(name, inputs, trials, kind, equivalence, invariant, rejection, time);
    }

    /** The tolerance of an agreement check's equivalence, or null for other checks. */
    public Tolerance tolerance() {
        return equivalence == null ? null : equivalence.tolerance();
    }
}
