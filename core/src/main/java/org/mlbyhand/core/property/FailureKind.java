package org.mlbyhand.core.property;

/**
 * A failure that says what kind it is, for shrinking: a smaller input replaces the current one only if
 * it fails the same way. By default that means an exception of the same class with a cause of the same
 * class; a failure implementing this interface is compared by {@link #failureKind()} instead (a crash
 * in another process carries the name of the exception it threw, not the exception itself).
 */
public interface FailureKind {
    /** Returns a name that is equal for failures of the same kind: {@code "java.lang.ArithmeticException"}. */
    String failureKind();
}
