package org.mlbyhand.graders.ps5;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code Strides} against the strides of a fresh core tensor ({@link Tensor#strides()}); with no
 * reference, the defining property of row-major order: the positions Σₖ iₖ·strideₖ of all indices, read
 * in row-major order, are 0, 1, 2, … with no gap and no repeat.
 */
public final class StridesGrader extends Grader<UnaryOperator<int[]>> {
    private static final CaseGen SHAPES = CaseGen.create().dim("d", 0, 4).value("shape", int[].class, List.of("d"),
            (rng, s) -> {
                int[] shape = new int[s[0]];
                for (int k = 0; k < shape.length; k++) {
                    shape[k] = rng.nextInt(1, 5);
                }
                return shape;
            }, shape -> java.util.Arrays.stream(shape).allMatch(n -> n >= 0));

    @Override
    public Exercise exercise() {
        return exercise(110, "strides", "Row-major strides", 5);
    }

    @Override
    public UnaryOperator<int[]> reference() {
        return shape -> Tensors.zeros(shape).strides();
    }

    @Override
    public List<Bug<UnaryOperator<int[]>>> bugs() {
        return StridesBugs.ALL;
    }

    @Override
    public List<Alternative<UnaryOperator<int[]>>> alternatives() {
        return StridesAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Tensor.class, "strides"), new Forbidden("org.mlbyhand.core.autograd.Shapes", null));
    }

    @Override
    public Object call(UnaryOperator<int[]> strides, Case c) {
        return strides.apply(c.labels("shape"));
    }

    @Override
    public String output() {
        return "strides";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("(2, 3, 4) → (12, 4, 1): one step along axis 0 skips a 3×4 block", shape(2, 3, 4), Tolerance.EXACT)
                .agrees("(5,) → (1,)", shape(5), Tolerance.EXACT)
                .agrees("(3, 1) → (1, 1)", shape(3, 1), Tolerance.EXACT)
                .agrees("a 0-d tensor has no axes and no strides: () → ()", shape(), Tolerance.EXACT)
                .agrees("matches core's strides on random shapes", SHAPES, Tolerance.EXACT)
                .holds("the positions Σ iₖ·strideₖ of all indices, in row-major order, are 0, 1, 2, …", SHAPES,
                        rowMajorPositions())
                .agrees("an axis of size 0 counts as 1: (2, 0, 3) → (3, 3, 1), as PyTorch", shape(2, 0, 3),
                        Tolerance.EXACT);
    }

    private static Case shape(int... sizes) {
        return Case.of("shape", sizes);
    }

    private static Invariant rowMajorPositions() {
        return (c, run) -> {
            int[] shape = c.labels("shape");
            int[] strides = (int[]) run.on(c);
            Expect.that(strides.length == shape.length, "strides must have one entry per axis: " + shape.length + ".");
            int n = 1;
            for (int size : shape) {
                n *= size;
            }
            int[] index = new int[shape.length];
            for (int expected = 0; expected < n; expected++) {
                int position = 0;
                for (int k = 0; k < shape.length; k++) {
                    position += index[k] * strides[k];
                }
                Expect.that(position == expected, "index " + java.util.Arrays.toString(index) + " is entry " + expected
                        + " in row-major order, but your strides " + java.util.Arrays.toString(strides)
                        + " put it at " + position + ".");
                for (int k = shape.length - 1; k >= 0 && ++index[k] == shape[k]; k--) {
                    index[k] = 0;
                }
            }
        };
    }
}
