package org.mlbyhand.core.property;

/**
 * Thrown by a test to end a {@link Property} search at once: it is not a failure of the input, so it
 * is neither shrunk nor reported as a counterexample. During the search it propagates to the caller;
 * during shrinking it ends the shrinking, and the smallest failing input found so far is returned.
 * (A time budget that runs out, or a process under test that died, are such events.)
 */
public class StopSearch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the event with a message saying why the search stopped. */
    public StopSearch(String message) {
        super(message, null, false, false);
    }
}
