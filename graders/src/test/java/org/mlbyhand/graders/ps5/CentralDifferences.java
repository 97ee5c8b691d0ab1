package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.mlbyhand.core.autograd.GradMode;
import org.mlbyhand.core.autograd.Scope;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.grading.Tolerance;

/**
 * Gradients that need no reference: central differences, in float64,
 * <pre>{@code
 *   ∂L/∂xₖ ≈ (L(x + h·eₖ) − L(x − h·eₖ)) / 2h,      h = STEP · max(1, |xₖ|)
 * }</pre>
 * whose error is O(h²·L‴) from truncation plus O(ε·|L|/h) ≈ 1e-10·|L| from round-off, so a correct
 * gradient agrees with them to {@link #AGREEMENT} on the scale of the gradient's largest entry. The
 * points are kept away from kinks (relu at 0, ties of max) by the checks' generators.
 */
final class CentralDifferences {
    /** The relative step h. */
    static final double STEP = 1e-6;
    /** How closely an analytic gradient must match central differences, relative to its largest entry. */
    static final Tolerance AGREEMENT = new Tolerance("central differences", 1e-6);

    private CentralDifferences() {
    }

    /** Returns f′(x) by central differences. */
    static double derivative(DoubleUnaryOperator f, double x) {
        double h = STEP * Math.max(1.0, Math.abs(x));
        double up = x + h;
        double down = x - h;
        return (f.applyAsDouble(up) - f.applyAsDouble(down)) / (up - down);
    }

    /**
     * Returns ∂L/∂inputs by central differences, one tensor per input, for L = f(inputs) a one-entry
     * tensor computed by core's forward passes (no graph is recorded; inputs are not modified).
     */
    static List<Tensor> gradients(Function<Tensor[], Tensor> f, Tensor... inputs) {
        double[][] values = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            values[i] = inputs[i].toArray();
        }
        List<Tensor> out = new ArrayList<>();
        try (Scope s = GradMode.noGrad()) {
            for (int i = 0; i < inputs.length; i++) {
                double[] d = new double[values[i].length];
                for (int k = 0; k < d.length; k++) {
                    int input = i;
                    int entry = k;
                    d[k] = derivative(v -> {
                        double old = values[input][entry];
                        values[input][entry] = v;
                        double L = f.apply(tensors(values, inputs)).item();
                        values[input][entry] = old;
                        return L;
                    }, values[i][k]);
                }
                out.add(Tensors.fromArray(d, inputs[i].shape()));
            }
        }
        return out;
    }

    private static Tensor[] tensors(double[][] values, Tensor[] like) {
        Tensor[] t = new Tensor[like.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = Tensors.fromArray(values[i], like[i].shape());
        }
        return t;
    }
}
