package org.mlbyhand.core.autograd;

import java.util.function.Function;
import org.mlbyhand.core.random.Rng;

/**
 * The gradient check: compares the gradients the engine computes with central differences, in
 * float64, as CS231n teaches it.
 * <pre>{@code
 *   L(x) = Σ u ∘ f(x)                    u = 1 for a one-entry output, else fixed N(0, 1) weights (seeded)
 *   numeric  nₖ = (L(x + h·eₖ) − L(x − h·eₖ)) / 2h,     h = 1e-6
 *   analytic aₖ = ∂L/∂xₖ from backward
 *   relative error  e = |a − n| / max(|a|, |n|)        (0 when both are 0)
 * }</pre>
 * How to read e (CS231n, "Gradient checks"): e &gt; 1e-2 means the gradient is almost surely wrong;
 * 1e-2 &gt; e &gt; 1e-4 should make you uncomfortable; 1e-4 &gt; e is fine for a function with kinks
 * (relu, max, abs) but too high without; e &lt; 1e-7 is fine. In float64 with h = 1e-6 the central
 * difference has a truncation error ≈ h²·|f‴| ≈ 1e-12 and a round-off error ≈ 2⁻⁵²·|L|/h ≈ 2e-10·|L|;
 * so an entry whose absolute error is below the noise floor 1e-8·max(1, |L|) is not counted, whatever
 * its relative error (both a and n are then round-off around 0). Keep inputs away from kinks by more
 * than h: a check across a kink compares two one-sided slopes.
 *
 * <p>The engine's backward runs with the given {@link Rules}, so a grader checks one substituted rule
 * end to end. The inputs are copied: the caller's tensors are not modified.
 */
public final class Gradcheck {
    /** The step h of the central differences. */
    public static final double STEP = 1e-6;
    /** The seed of the weights u that reduce a non-scalar output to a number. */
    public static final long SEED = 20_170_417L;

    private Gradcheck() {
    }

    /**
     * What a check found: the largest relative error over the counted entries, and where: input number
     * {@code input} (−1 if there was no entry), entry {@code index} ({@code "[1][0]"}), with the two
     * gradients there; the absolute noise floor below which an entry is not counted; the entries checked.
     */
    public record Result(double maxRelativeError, int input, String index, double analytic, double numeric,
                         double noiseFloor, int entries) {

        /** Returns true when every counted entry has relative error at most tolerance. */
        public boolean passes(double tolerance) {
            return maxRelativeError <= tolerance;
        }

        /**
         * Throws an {@link AssertionError} naming the argument, the entry, both gradients and the relative
         * error unless {@link #passes}(tolerance).
         */
        public void assertWithin(double tolerance) {
            if (!passes(tolerance)) {
                throw new AssertionError("gradient check failed at input " + input + index + ": backward gives " + analytic
                        + ", central differences give " + numeric + " (relative error " + String.format(java.util.Locale.ROOT,
                        "%.1e", maxRelativeError) + ", tolerance " + tolerance + "; " + entries + " entries checked)");
            }
        }
    }

    /** Checks f's gradients with respect to every input, with the reference rules. */
    public static Result check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        return check(Rules.reference(), f, inputs);
    }

    /**
     * Checks f's gradients with respect to every input (class comment).
     *
     * @param rules  the local rules the backward pass uses
     * @param f      the function; it receives copies of inputs that require grad, and must be deterministic
     * @param inputs the points to check at (not modified); pass only the inputs to differentiate, and
     *               let f close over the others (index tensors, labels)
     * @return the worst entry over all inputs
     */
    public static Result check(Rules rules, Function<Tensor[], Tensor> f, Tensor... inputs) {
        Tensor[] x = new Tensor[inputs.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Tensors.fromArray(inputs[i].toArray(), inputs[i].shape()).requiringGrad();
        }
        Tensor y = f.apply(x);
        Tensor u = y.numel() == 1 ? Tensors.ones(y.shape) : Tensors.randn(new Rng(SEED), y.shape);
        double l0 = dot(u, y);
        y.backward(u, rules, false);
        double floor = 1e-8 * Math.max(1.0, Math.abs(l0));
        double worst = -1.0;
        int worstInput = -1;
        int worstEntry = -1;
        double worstA = 0.0;
        double worstN = 0.0;
        int entries = 0;
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < x[i].data.length; k++, entries++) {
                double a = x[i].hasGrad() ? x[i].grad().data[k] : 0.0;      // an input backward never reached: 0
                double n = centralDifference(f, x, u, i, k);
                double rel = Math.abs(a - n) <= floor ? 0.0 : relativeError(a, n);
                if (rel > worst) {
                    worst = rel;
                    worstInput = i;
                    worstEntry = k;
                    worstA = a;
                    worstN = n;
                }
            }
        }
        String index = worstInput < 0 ? "" : TensorFormat.index(x[worstInput].shape, worstEntry);
        return new Result(Math.max(worst, 0.0), worstInput, index, worstA, worstN, floor, entries);
    }

    /**
     * Returns |a − n| / max(|a|, |n|), the relative error of an analytic against a numeric gradient; 0 when
     * both are 0.
     */
    public static double relativeError(double a, double n) {
        double scale = Math.max(Math.abs(a), Math.abs(n));
        return scale == 0.0 ? 0.0 : Math.abs(a - n) / scale;
    }

    private static double centralDifference(Function<Tensor[], Tensor> f, Tensor[] x, Tensor u, int i, int k) {
        double old = x[i].data[k];
        try (Scope s = GradMode.noGrad()) {
            x[i].data[k] = old + STEP;
            double plus = dot(u, f.apply(x));
            x[i].data[k] = old - STEP;
            double minus = dot(u, f.apply(x));
            return (plus - minus) / (2 * STEP);
        } finally {
            x[i].data[k] = old;
        }
    }

    private static double dot(Tensor u, Tensor y) {
        double[] a = Strided.values(u);
        double[] b = Strided.values(y);
        double s = 0.0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
