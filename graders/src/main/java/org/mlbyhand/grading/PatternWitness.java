package org.mlbyhand.grading;

import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Falsified;
import org.mlbyhand.core.property.StopSearch;
import org.mlbyhand.core.random.Rng;

/**
 * Finds a second failing input of another shape, on which a failure's {@link Pattern} must hold too
 * before a report shows it: "0.5 times the expected one" on a 1-entry input is as likely n·x as x/2.
 * The original failing input serves when shrinking changed the shape; otherwise the check's generator
 * is drawn on from where the search stopped, for up to {@value #DRAWS} more inputs.
 */
final class PatternWitness {
    private static final int DRAWS = 20;

    private PatternWitness() {
    }

    /** Returns the failure on another failing input of another shape, or null when there is none. */
    static <F> CheckFailure find(Check check, Exercise exercise, Attempt<F> attempt, Falsified<Case> found) {
        if (!(found.failure() instanceof CheckFailure) || ((CheckFailure) found.failure()).pattern() == null) {
            return null;
        }
        String shape = found.shrunk().shapes();
        if (!found.original().shapes().equals(shape) && attempt.firstFailure() instanceof CheckFailure) {
            return (CheckFailure) attempt.firstFailure();
        }
        if (check.trials() == 1) {
            return null;
        }
        Rng rng = new Rng(check.seed(exercise));
        for (int trial = 1; trial <= found.trial(); trial++) {
            check.inputs().generate(rng);
        }
        for (int draw = 0; draw < DRAWS; draw++) {
            Case c = check.inputs().generate(rng);
            if (c.shapes().equals(shape)) {
                continue;
            }
            try {
                attempt.run(c);
            } catch (CheckFailure f) {
                return f;
            } catch (StopSearch | LearnerCrash e) {
                return null;
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
