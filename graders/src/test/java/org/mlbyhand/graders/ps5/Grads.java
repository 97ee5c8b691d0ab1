package org.mlbyhand.graders.ps5;

import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mlbyhand.core.autograd.GradMode;
import org.mlbyhand.core.autograd.Scope;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Invariant;

/**
 * The gradients the tensor graders compare, named as the learner reads them in a failure ("at dW1[0][2]"),
 * and the reference-free check of gradients that a learner's rule gives in core's engine.
 */
final class Grads {
    private Grads() {
    }

    /** ∂L/∂A and ∂L/∂B of a product. */
    record Product(Tensor dA, Tensor dB) {
    }

    /** ∂L/∂x, ∂L/∂w and ∂L/∂b of L = Σ u ∘ tanh(x ∘ w + b). */
    record Xwb(Tensor dx, Tensor dw, Tensor db) {
    }

    /** ∂L/∂X, ∂L/∂W1 and ∂L/∂W2 of a two-layer network. */
    record TwoLayers(Tensor dX, Tensor dW1, Tensor dW2) {
    }

    /** ∂L/∂x of a graph of one input. */
    record OfX(Tensor dx) {
    }

    /** ∂L/∂X and ∂L/∂W of a linear classifier. */
    record Linear(Tensor dX, Tensor dW) {
    }

    /** ∂L/∂E and ∂L/∂W of an embedding followed by a layer. */
    record Embedded(Tensor dE, Tensor dW) {
    }

    /**
     * The gradients the learner's rule gives in core's engine (the learner's result on the case) are the
     * central differences of the loss, computed by core's forward passes alone. Each entry is judged
     * within {@link CentralDifferences#AGREEMENT} of the larger of the gradient's largest entry and
     * 0.001·max(1, |L|): central differences carry a round-off error of about 1e-10·|L|, which a gradient
     * much smaller than the loss would otherwise drown in.
     *
     * @param inputs the tensors differentiated, from the case
     * @param loss   the loss of those tensors (the case gives the rest: axes, labels, indices)
     * @param named  the gradients as the record the grader's call returns
     */
    static Invariant matchDifferences(Function<Case, Tensor[]> inputs, BiFunction<Case, Tensor[], Tensor> loss,
                                      Function<Tensor[], Object> named) {
        return (c, run) -> {
            Tensor[] x = inputs.apply(c);
            Tensor[] numeric = CentralDifferences.gradients(t -> loss.apply(c, t), x).toArray(new Tensor[0]);
            double L;
            try (Scope s = GradMode.noGrad()) {
                L = loss.apply(c, x).item();
            }
            Object mine = run.on(c);
            Expect.that(mine instanceof Record && mine.getClass() == named.apply(numeric).getClass(),
                    "your rule's gradients could not be read.");
            RecordComponent[] parts = mine.getClass().getRecordComponents();
            double scale = 1e-3 * Math.max(1.0, Math.abs(L));
            for (Tensor n : numeric) {
                for (double v : n.toArray()) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
            for (int i = 0; i < numeric.length; i++) {
                Tensor got = component(parts[i], mine);
                Expect.that(java.util.Arrays.equals(got.shape(), numeric[i].shape()), parts[i].getName()
                        + " has shape " + java.util.Arrays.toString(got.shape()) + ", expected "
                        + java.util.Arrays.toString(numeric[i].shape()) + ".");
                double[] a = got.toArray();
                double[] e = numeric[i].toArray();
                for (int k = 0; k < e.length; k++) {
                    Expect.that(Math.abs(a[k] - e[k]) <= CentralDifferences.AGREEMENT.relative() * scale,
                            String.format(Locale.ROOT, "at %s%s: central differences give %.10g, core's engine with your"
                                    + " rule gives %.10g  (tolerance %s of %.3g, the larger of the gradient's largest"
                                    + " entry and 0.001·max(1, |L|))", parts[i].getName(),
                                    index(numeric[i].shape(), k), e[k], a[k], CentralDifferences.AGREEMENT, scale));
                }
            }
        };
    }

    private static Tensor component(RecordComponent part, Object record) {
        try {
            java.lang.reflect.Method accessor = part.getAccessor();
            accessor.setAccessible(true);
            return (Tensor) accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "[1][0]" for entry k of a tensor of the shape, row-major. */
    private static String index(int[] shape, int k) {
        StringBuilder s = new StringBuilder();
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            s.insert(0, "[" + k % shape[axis] + "]");
            k /= shape[axis];
        }
        return s.toString();
    }
}
