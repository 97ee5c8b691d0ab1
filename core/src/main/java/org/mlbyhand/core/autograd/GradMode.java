package org.mlbyhand.core.autograd;

/**
 * Whether ops record the graph on this thread, as PyTorch's {@code torch.no_grad()}. Recording is on
 * by default; inside a {@link #noGrad()} scope ops compute their values only, and their outputs do
 * not require grad. The backward pass runs its rules in such a scope, and so should an optimizer
 * step. The setting is per thread and restored when the scope closes.
 */
public final class GradMode {
    private static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> Boolean.TRUE);

    private GradMode() {
    }

    /** Returns true when ops on this thread record the graph. */
    public static boolean isEnabled() {
        return ENABLED.get();
    }

    /** Turns recording off on this thread until the returned scope is closed. */
    public static Scope noGrad() {
        return set(false);
    }

    /** Turns recording on on this thread (inside a noGrad scope, say) until the returned scope is closed. */
    public static Scope enableGrad() {
        return set(true);
    }

    private static Scope set(boolean enabled) {
        boolean before = ENABLED.get();
        ENABLED.set(enabled);
        return () -> ENABLED.set(before);
    }
}
