package org.mlbyhand.grading;

/**
 * Part of {@code core} that an exercise asks the learner to write themselves: a whole class
 * ({@code LinearRegression}) or one method of a class ({@code Matrix.multiply}). Before running the
 * learner's code, the engine reads its compiled classes and refuses a solution that refers to a
 * forbidden class or method, with a verdict of its own: "your code calls core's Matrix.multiply:
 * this exercise asks you to write it yourself".
 *
 * @param owner  the class, as a binary name ({@code "org.mlbyhand.core.linalg.Matrix"})
 * @param method the method's name, or null when the whole class is forbidden
 */
public record Forbidden(String owner, String method) {

    /** Forbids every use of {@code type}. */
    public static Forbidden type(Class<?> type) {
        return new Forbidden(type.getName(), null);
    }

    /** Forbids calls of {@code owner}'s methods named {@code method} (every overload). */
    public static Forbidden method(Class<?> owner, String method) {
        for (java.lang.reflect.Method m : owner.getDeclaredMethods()) {
            if (m.getName().equals(method)) {
                return new Forbidden(owner.getName(), method);
            }
        }
        throw new IllegalArgumentException(owner.getSimpleName() + " has no method named " + method);
    }

    /** How a learner reads it: {@code "core's Matrix.multiply"} or {@code "core's LinearRegression"}. */
    public String describe() {
        String simple = owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
        String where = owner.startsWith("org.mlbyhand.core.") ? "core's " : "";
        return where + simple + (method == null ? "" : "." + method);
    }
}
