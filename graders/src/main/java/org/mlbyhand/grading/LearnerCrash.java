package org.mlbyhand.grading;

import java.util.List;
import org.mlbyhand.core.property.FailureKind;

/**
 * The learner's code threw: told apart from a wrong answer, and shrunk only towards inputs on which it
 * throws the same exception class.
 */
final class LearnerCrash extends RuntimeException implements FailureKind {
    private static final long serialVersionUID = 1L;
    private final transient Thrown thrown;
    private final transient List<Observation> observations;

    LearnerCrash(Thrown thrown, List<Observation> observations) {
        super(thrown.toString(), null, false, false);
        this.thrown = thrown;
        this.observations = List.copyOf(observations);
    }

    /** What the learner's code threw. */
    Thrown thrown() {
        return thrown;
    }

    /** The calls of the learner's code the check made, the last one the call that threw. */
    List<Observation> observations() {
        return observations;
    }

    @Override
    public String failureKind() {
        return thrown.type();
    }
}
