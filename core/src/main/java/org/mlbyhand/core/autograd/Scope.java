package org.mlbyhand.core.autograd;

/**
 * A setting of the current thread that holds until closed, for try-with-resources: closing restores
 * the value the setting had before the scope opened, so scopes nest and nothing leaks past them.
 * <pre>{@code
 *   try (Scope s = GradMode.noGrad()) {
 *       ...                        // no graph is recorded here
 *   }                              // recording is back as it was
 * }</pre>
 */
@FunctionalInterface
public interface Scope extends AutoCloseable {
    /** Restores the setting as it was when this scope opened. */
    @Override
    void close();
}
