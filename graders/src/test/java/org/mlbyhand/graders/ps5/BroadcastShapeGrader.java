package org.mlbyhand.graders.ps5;

import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
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
 * Grades {@code BroadcastShape} against the shape of core's sum of two tensors of zeros; with no
 * reference, that broadcasting is symmetric and that the result broadcasts with either shape to
 * itself.
 */
public final class BroadcastShapeGrader extends Grader<BinaryOperator<int[]>> {
    /** Two shapes made from one by dropping leading axes and setting sizes to 1. */
    private static final Gen<Case> PAIRS = rng -> {
        int[] full = TensorCases.shape(rng, 0, 4, 4);
        return pair(TensorCases.broadcastable(rng, full), TensorCases.broadcastable(rng, full));
    };

    @Override
    public Exercise exercise() {
        return exercise(130, "broadcast", "Broadcast shape", 5);
    }

    @Override
    public BinaryOperator<int[]> reference() {
        return (a, b) -> Tensors.zeros(a).add(Tensors.zeros(b)).shape();
    }

    @Override
    public List<Bug<BinaryOperator<int[]>>> bugs() {
        return BroadcastShapeBugs.ALL;
    }

    @Override
    public List<Alternative<BinaryOperator<int[]>>> alternatives() {
        return BroadcastShapeAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Tensor.class), Forbidden.type(Tensors.class),
                new Forbidden("org.mlbyhand.core.autograd.Shapes", null));
    }

    @Override
    public Object call(BinaryOperator<int[]> broadcast, Case c) {
        return broadcast.apply(c.labels("a"), c.labels("b"));
    }

    @Override
    public String output() {
        return "shape";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("(3, 1) with (3,): (3,) lines up with the last axis, so (3, 3)", pair(new int[] {3, 1}, new int[] {3}),
                        Tolerance.EXACT)
                .agrees("(2, 1, 4) with (3, 1) → (2, 3, 4)", pair(new int[] {2, 1, 4}, new int[] {3, 1}), Tolerance.EXACT)
                .agrees("(3,) with (2, 3) → (2, 3)", pair(new int[] {3}, new int[] {2, 3}), Tolerance.EXACT)
                .agrees("a 0-d tensor broadcasts to anything: (5,) with () → (5,)", pair(new int[] {5}, new int[0]),
                        Tolerance.EXACT)
                .agrees("matches core's broadcasting on random shapes that fit", PAIRS, Tolerance.EXACT)
                .holds("broadcast(a, b) = broadcast(b, a), and the result broadcasts with a (or b) to itself", PAIRS,
                        symmetricAndStable())
                .agrees("a size 1 stretches to any size, even 0: (3, 1) with (0,) → (3, 0)",
                        pair(new int[] {3, 1}, new int[] {0}), Tolerance.EXACT)
                .rejects("rejects (2, 3) with (4,): 3 ≠ 4 and neither is 1", pair(new int[] {2, 3}, new int[] {4}),
                        ShapeMismatchException.class)
                .rejects("rejects (2, 3) with (3, 2)", pair(new int[] {2, 3}, new int[] {3, 2}),
                        ShapeMismatchException.class);
    }

    private static Case pair(int[] a, int[] b) {
        return Case.of("a", a, "b", b);
    }

    private static Invariant symmetricAndStable() {
        return (c, run) -> {
            int[] a = c.labels("a");
            int[] b = c.labels("b");
            int[] ab = (int[]) run.on(c);
            int[] ba = (int[]) run.on(pair(b, a));
            Expect.that(Arrays.equals(ab, ba), "broadcasting is symmetric, but your code gives " + Arrays.toString(ab)
                    + " for (a, b) and " + Arrays.toString(ba) + " for (b, a).");
            int[] again = (int[]) run.on(pair(a, ab));
            Expect.that(Arrays.equals(again, ab), "a broadcasts to the result " + Arrays.toString(ab)
                    + ", so broadcasting a with it must give it back; your code gives " + Arrays.toString(again) + ".");
        };
    }
}
