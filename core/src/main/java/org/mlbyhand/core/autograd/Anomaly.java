package org.mlbyhand.core.autograd;

/**
 * Anomaly mode, as PyTorch's {@code torch.autograd.detect_anomaly()}: inside a {@link #detect()} scope
 * every op checks what it makes, and the first NaN or infinity throws an {@link AnomalyException}
 * naming the op that made it:
 * <ul>
 *   <li>forward: an op whose inputs were all finite but whose output is not ({@code exp} of 800,
 *       {@code log} of 0, 0/0); when an input was already not finite, the input is named instead,
 *       since the op only passed the value on;</li>
 *   <li>backward: a rule that returns a gradient holding a NaN or infinity.</li>
 * </ul>
 * Checking costs a pass over every value, so it is off by default; the setting is per thread and
 * restored when the scope closes.
 */
public final class Anomaly {
    private static final ThreadLocal<Boolean> DETECTING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private Anomaly() {
    }

    /** Turns anomaly detection on for this thread until the returned scope is closed. */
    public static Scope detect() {
        boolean before = DETECTING.get();
        DETECTING.set(true);
        return () -> DETECTING.set(before);
    }

    /** Returns true inside a {@link #detect()} scope. */
    public static boolean isDetecting() {
        return DETECTING.get();
    }

    /** Throws if, in anomaly mode, op made a non-finite output (class comment). */
    static void checkForward(Op op, Tensor out, Tensor[] inputs) {
        if (!isDetecting()) {
            return;
        }
        int bad = firstNonFinite(out);
        if (bad < 0) {
            return;
        }
        for (int i = 0; i < inputs.length; i++) {
            int badInput = firstNonFinite(inputs[i]);
            if (badInput >= 0) {
                throw new AnomalyException("anomaly: input " + i + " of " + op.name() + " already holds "
                        + entry(inputs[i], badInput) + " (" + (inputs[i].gradFn == null ? "a leaf"
                        : "made by " + inputs[i].gradFn.name()) + "), so " + op.name() + " did not make it");
            }
        }
        throw new AnomalyException("anomaly: " + op.name() + " made " + entry(out, bad) + " of its "
                + Shapes.text(out.shape) + " output from finite inputs");
    }

    /** Throws if, in anomaly mode, the backward of op returned a non-finite gradient. */
    static void checkBackward(Op op, Tensor[] grads) {
        if (!isDetecting()) {
            return;
        }
        for (int i = 0; i < grads.length; i++) {
            int bad = grads[i] == null ? -1 : firstNonFinite(grads[i]);
            if (bad >= 0) {
                throw new AnomalyException("anomaly: the backward of " + op.name() + " made " + entry(grads[i], bad)
                        + " in the gradient of input " + i + ", shape " + Shapes.text(grads[i].shape));
            }
        }
    }

    private static int firstNonFinite(Tensor t) {
        double[] v = Strided.values(t);
        for (int k = 0; k < v.length; k++) {
            if (!Double.isFinite(v[k])) {
                return k;
            }
        }
        return -1;
    }

    private static String entry(Tensor t, int k) {
        double v = Strided.values(t)[k];
        return v + (t.ndim() == 0 ? "" : " at " + TensorFormat.index(t.shape, k));
    }
}
