package org.mlbyhand.grading;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Stack traces cut to the learner's own code: the exception, then only the frames in
 * {@code org.mlbyhand.exercises}. With {@code -Dgrade.trace=full}, the complete trace.
 */
final class Traces {
    private static final String LEARNER_PACKAGE = "org.mlbyhand.exercises.";
    private static final int MAX_FRAMES = 6;

    private Traces() {
    }

    static String describe(Thrown t) {
        if ("full".equals(System.getProperty(FailureReport.TRACE_PROPERTY))) {
            return "  your code threw:\n" + full(t).indent(4);
        }
        StringBuilder s = new StringBuilder("  your code threw ").append(t).append('\n');
        int shown = 0;
        for (StackTraceElement frame : t.frames()) {
            if (frame.getClassName().startsWith(LEARNER_PACKAGE) && shown < MAX_FRAMES) {
                s.append("      at ").append(frame).append('\n');
                shown++;
            }
        }
        s.append("      (frames outside your code hidden; full trace: add -Dgrade.trace=full)\n");
        return s.toString();
    }

    /** The whole trace of a learner's exception, causes included. */
    static String full(Thrown t) {
        StringBuilder s = new StringBuilder();
        for (Thrown c = t; c != null; c = c.cause()) {
            s.append(c == t ? "" : "Caused by: ").append(c).append('\n');
            for (StackTraceElement frame : c.frames()) {
                s.append("\tat ").append(frame).append('\n');
            }
        }
        return s.toString();
    }

    /** The whole trace of an exception of the engine's. */
    static String full(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString().indent(4);
    }
}
