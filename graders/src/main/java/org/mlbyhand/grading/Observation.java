package org.mlbyhand.grading;

import org.mlbyhand.core.property.Case;

/**
 * One call of the learner's code that a check made: the input and what the code did. A failure
 * carries the observations that led to it, so the hint search can run every classic bug on exactly
 * those inputs.
 *
 * @param input   the input the code was called with (not modified)
 * @param outcome what it did
 */
public record Observation(Case input, Outcome outcome) {
}
