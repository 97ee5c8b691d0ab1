package org.mlbyhand.grading.sandbox;

/** The tags of the messages between the grading process and the sandbox, over their private socket. */
final class Message {
    /** Sandbox → grading: the target is bound, calls may start. */
    static final int READY = 1;
    /** Sandbox → grading: the target could not be bound (followed by the reason). */
    static final int SETUP_FAILED = 2;
    /** Grading → sandbox: call the target on this case. */
    static final int CALL = 3;
    /** Sandbox → grading: the call returned (followed by the value, the arguments after it, the nanoseconds). */
    static final int RETURNED = 4;
    /** Sandbox → grading: the call threw (followed by the exception, the arguments after it, the nanoseconds). */
    static final int THREW = 5;
    /** Grading → sandbox: no more calls; exit. */
    static final int END = 6;
    /** Sandbox → grading, during a call: one line of {@link org.mlbyhand.grading.Progress}. */
    static final int PROGRESS = 7;

    private Message() {
    }
}
