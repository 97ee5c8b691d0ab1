package org.mlbyhand.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * An exception thrown by code under grading, as plain data: it may have been thrown in the sandbox's
 * process, and the grading process never loads or deserialises a class the learner wrote. Its
 * {@code lineage} (the class and its superclasses, by name) answers "is it an
 * IllegalArgumentException?" without loading anything.
 *
 * @param type    the exception's class name, {@code "java.lang.ArithmeticException"}
 * @param lineage the class and its superclasses up to {@code java.lang.Throwable}, by name
 * @param message the message, or null (at most {@value #MAX_MESSAGE} characters)
 * @param frames  the stack trace (at most {@value #MAX_FRAMES} frames)
 * @param cause   the cause, or null (at most {@value #MAX_CAUSES} levels deep)
 */
public record Thrown(String type, List<String> lineage, String message, List<StackTraceElement> frames, Thrown cause) {
    /** The name of the exception every shipped stub throws: its outcome means "not started". */
    public static final String NOT_IMPLEMENTED = "org.mlbyhand.exercises.NotImplementedYet";
    /** Longest message kept. */
    public static final int MAX_MESSAGE = 2000;
    /** Most frames kept. */
    public static final int MAX_FRAMES = 64;
    /** Deepest cause chain kept. */
    public static final int MAX_CAUSES = 4;

    /** Copies the lists and cuts the message to {@value #MAX_MESSAGE} characters. */
    public Thrown {
        lineage = List.copyOf(lineage);
        frames = List.copyOf(frames.subList(0, Math.min(frames.size(), MAX_FRAMES)));
        message = message == null || message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE) + "… (" + (message.length() - MAX_MESSAGE) + " characters cut)";
    }

    /** Returns {@code t} as plain data. */
    public static Thrown of(Throwable t) {
        return of(t, MAX_CAUSES);
    }

    private static Thrown of(Throwable t, int depth) {
        List<String> lineage = new ArrayList<>();
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            lineage.add(c.getName());
        }
        String message;
        try {
            message = t.getMessage();
        } catch (RuntimeException e) {
            message = "(its getMessage() threw " + e.getClass().getName() + ")";
        }
        Thrown cause = t.getCause() != null && t.getCause() != t && depth > 1 ? of(t.getCause(), depth - 1) : null;
        return new Thrown(t.getClass().getName(), lineage, message, List.of(t.getStackTrace()), cause);
    }

    /** True when the exception is a {@code type} or a subclass of it. */
    public boolean is(Class<? extends Throwable> type) {
        return lineage.contains(type.getName());
    }

    /** True for the stub's NotImplementedYet: the exercise is not started. */
    public boolean notImplemented() {
        return type.equals(NOT_IMPLEMENTED);
    }

    /** The class's simple name, {@code "ArithmeticException"}. */
    public String simpleName() {
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** As {@link Throwable#toString()}: {@code "java.lang.ArithmeticException: / by zero"}. */
    @Override
    public String toString() {
        return message == null ? type : type + ": " + message;
    }
}
