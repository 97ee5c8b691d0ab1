package org.mlbyhand.grading;

import java.time.Duration;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.StopSearch;

/**
 * A call of the learner's code that the sandbox had to stop: it ran past the check's time budget, or
 * the process running it ended (System.exit, out of memory, a crash of the JVM). The grading of that
 * exercise ends here, and the report says on which input and after how long.
 */
public final class CallStopped extends StopSearch {
    private static final long serialVersionUID = 1L;

    /** Why the call was stopped. */
    public enum Reason {
        /** The check's time budget ran out while the call was running, or before it started. */
        TIMED_OUT,
        /** The process running the learner's code ended during the call. */
        PROCESS_ENDED
    }

    private final Reason reason;
    private final transient Case input;
    private final Duration running;
    private final String details;
    private final String lastProgress;

    /**
     * @param reason       why it was stopped
     * @param input        the input of the call that was stopped
     * @param running      how long the call had been running
     * @param details      for an ended process: its exit code and last error output
     * @param lastProgress the last {@link Progress} line the call reported, or null
     */
    public CallStopped(Reason reason, Case input, Duration running, String details, String lastProgress) {
        super(reason + " after " + running.toMillis() + " ms");
        this.reason = reason;
        this.input = input;
        this.running = running;
        this.details = details;
        this.lastProgress = lastProgress;
    }

    /** The last progress line the stopped call reported, or null. */
    public String lastProgress() {
        return lastProgress;
    }

    /** Why the call was stopped. */
    public Reason reason() {
        return reason;
    }

    /** The input of the call that was stopped. */
    public Case input() {
        return input;
    }

    /** How long the call had been running when it was stopped. */
    public Duration running() {
        return running;
    }

    /** For an ended process, its exit code and last error output; otherwise "". */
    public String details() {
        return details;
    }
}
