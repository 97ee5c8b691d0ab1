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

    static String describe(Throwable t) {
        if ("full".equals(System.getProperty(FailureReport.TRACE_PROPERTY))) {
            return "  your code threw:\n" + full(t);
        }
        StringBuilder s = new StringBuilder("  your code threw ").append(t).append('\n');
        int shown = 0;
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith(LEARNER_PACKAGE) && shown < MAX_FRAMES) {
                s.append("      at ").append(frame).append('\n');
                shown++;
            }
        }
        s.append("      (frames outside your code hidden; full trace: add -Dgrade.trace=full)\n");
        return s.toString();
    }

    static String full(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString().indent(4);
    }
}
