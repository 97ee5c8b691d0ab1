package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;

/** Tensors for the cases of problem set 5: hand-picked ones written as rows, random ones and random shapes. */
final class TensorCases {
    private TensorCases() {
    }

    /** Adds an N(0, 1) tensor whose axes are the named dimensions (it shrinks with them). */
    static CaseGen gaussian(CaseGen gen, String name, String... axes) {
        return gen.value(name, Tensor.class, List.of(axes), (rng, s) -> Tensors.randn(rng, s), t -> true);
    }

    /** The 1-d tensor of these entries. */
    static Tensor vector(double... v) {
        return Tensors.of(v);
    }

    /** The 2-d tensor of these rows. */
    static Tensor rows(double[]... r) {
        return Tensors.of(r);
    }

    /** A random shape of 0 … maxAxes axes, each of size 1 … maxSize. */
    static int[] shape(Rng rng, int minAxes, int maxAxes, int maxSize) {
        int[] s = new int[rng.nextInt(minAxes, maxAxes)];
        for (int k = 0; k < s.length; k++) {
            s[k] = rng.nextInt(1, maxSize);
        }
        return s;
    }

    /**
     * Returns a shape that broadcasts to {@code full}: some leading axes dropped, some sizes set to 1
     * (each with probability one half).
     */
    static int[] broadcastable(Rng rng, int[] full) {
        int drop = rng.nextInt(0, full.length);
        int[] s = java.util.Arrays.copyOfRange(full, rng.nextDouble() < 0.5 ? drop : 0, full.length);
        for (int k = 0; k < s.length; k++) {
            if (rng.nextDouble() < 0.4) {
                s[k] = 1;
            }
        }
        return s;
    }

    /** A random N(0, 1) tensor of the shape. */
    static Tensor gaussian(Rng rng, int... shape) {
        return Tensors.randn(rng, shape);
    }
}
