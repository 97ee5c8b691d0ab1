package org.mlbyhand.graders.ps5;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.graders.ps5.Signatures.Position;
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
 * Grades {@code StorageOffset} on views that core's own ops make (transposes, slices with a step,
 * expanded axes of stride 0, permutations of a random tensor), whose shape, strides and offset the
 * case carries. Core computes the position privately ({@code Strided.position}), so the reference is
 * its formula, offset + Σₖ iₖ·strideₖ, with its bounds checks; with no reference, the property that
 * defines strides: index 0 is at the offset, and one more step along axis k moves strides[k] further.
 */
public final class StorageOffsetGrader extends Grader<Position> {
    /** A random core view and a random index in it. */
    private static final Gen<Case> VIEWS = StorageOffsetGrader::randomView;

    @Override
    public Exercise exercise() {
        return exercise(120, "offset", "Storage offset of an index", 5);
    }

    @Override
    public Position reference() {
        return (shape, strides, offset, index) -> {
            if (index.length != shape.length) {
                throw new IllegalArgumentException("position: " + index.length + " indices for shape "
                        + Arrays.toString(shape));
            }
            int p = offset;
            for (int k = 0; k < shape.length; k++) {
                if (index[k] < 0 || index[k] >= shape[k]) {
                    throw new IndexOutOfBoundsException("position: index " + Arrays.toString(index) + " in shape "
                            + Arrays.toString(shape));
                }
                p += index[k] * strides[k];
            }
            return p;
        };
    }

    @Override
    public List<Bug<Position>> bugs() {
        return StorageOffsetBugs.ALL;
    }

    @Override
    public List<Alternative<Position>> alternatives() {
        return StorageOffsetAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(new Forbidden("org.mlbyhand.core.autograd.Strided", null), Forbidden.type(Tensor.class));
    }

    @Override
    public Object call(Position position, Case c) {
        return position.position(c.labels("shape"), c.labels("strides"), c.integer("offset"), c.labels("index"));
    }

    @Override
    public String output() {
        return "position";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("a fresh 2×3 tensor, strides (3, 1), offset 0: [1, 2] is at 1·3 + 2·1 = 5",
                        view(new int[] {2, 3}, new int[] {3, 1}, 0, 1, 2), Tolerance.EXACT)
                .agrees("its transpose, the 3×2 view with strides (1, 3): [2, 1] is at 2·1 + 1·3 = 5, the same entry",
                        view(new int[] {3, 2}, new int[] {1, 3}, 0, 2, 1), Tolerance.EXACT)
                .agrees("rows 1… of a 4×3 tensor, the view with offset 3, strides (3, 1): [0, 2] is at 3 + 2 = 5",
                        view(new int[] {3, 3}, new int[] {3, 1}, 3, 0, 2), Tolerance.EXACT)
                .agrees("every other column of a 2×6 tensor from column 1: offset 1, strides (6, 2): [1, 2] is at"
                        + " 1 + 6 + 4 = 11", view(new int[] {2, 3}, new int[] {6, 2}, 1, 1, 2), Tolerance.EXACT)
                .agrees("a (1, 3) tensor expanded to (4, 3): strides (0, 1), so [3, 2] is at 2, as [0, 2] is",
                        view(new int[] {4, 3}, new int[] {0, 1}, 0, 3, 2), Tolerance.EXACT)
                .agrees("a 0-d tensor at offset 7: the empty index is at 7", view(new int[0], new int[0], 7), Tolerance.EXACT)
                .agrees("matches the formula on random views made by core (transpose, slice, expand, permute)", VIEWS,
                        Tolerance.EXACT)
                .holds("index 0 is at the offset, and one more step along axis k moves strides[k] further", VIEWS,
                        steps())
                .rejects("rejects a negative index: [−1, 0] in a 2×3 tensor",
                        view(new int[] {2, 3}, new int[] {3, 1}, 0, -1, 0), IndexOutOfBoundsException.class)
                .rejects("rejects [2, 0] in a 2×3 tensor: the rows are 0 and 1",
                        view(new int[] {2, 3}, new int[] {3, 1}, 0, 2, 0), IndexOutOfBoundsException.class)
                .rejects("rejects an index of 1 entry for a 2-d tensor",
                        view(new int[] {2, 3}, new int[] {3, 1}, 0, 1), IllegalArgumentException.class);
    }

    private static Case view(int[] shape, int[] strides, int offset, int... index) {
        return Case.of("shape", shape, "strides", strides, "offset", offset, "index", index);
    }

    private static Case randomView(Rng rng) {
        Tensor t = Tensors.zeros(TensorCases.shape(rng, 1, 3, 4));
        for (int op = rng.nextInt(1, 3); op > 0; op--) {
            int axis = rng.nextInt(t.ndim());
            switch (rng.nextInt(4)) {
                case 0 -> t = t.ndim() < 2 ? t : t.transpose(axis, (axis + 1) % t.ndim());
                case 1 -> {
                    int start = rng.nextInt(t.size(axis));
                    t = t.slice(axis, start, t.size(axis), rng.nextInt(1, 2));
                }
                case 2 -> {
                    int[] shape = t.unsqueeze(axis).shape();
                    shape[axis] = rng.nextInt(1, 3);
                    t = t.unsqueeze(axis).expand(shape);
                }
                default -> {
                    int[] dims = rng.permutation(t.ndim());
                    t = t.permute(dims);
                }
            }
        }
        int[] index = new int[t.ndim()];
        for (int k = 0; k < index.length; k++) {
            index[k] = rng.nextInt(t.size(k));
        }
        return view(t.shape(), t.strides(), t.offset(), index);
    }

    private static Invariant steps() {
        return (c, run) -> {
            int[] shape = c.labels("shape");
            int[] strides = c.labels("strides");
            int offset = c.integer("offset");
            int[] index = c.labels("index");
            int origin = (Integer) run.on(view(shape, strides, offset, new int[shape.length]));
            Expect.that(origin == offset, "index " + Arrays.toString(new int[shape.length]) + " must be at the offset "
                    + offset + ", your code says " + origin + ".");
            int here = (Integer) run.on(c);
            for (int k = 0; k < shape.length; k++) {
                if (index[k] + 1 < shape[k]) {
                    int[] next = index.clone();
                    next[k]++;
                    int there = (Integer) run.on(view(shape, strides, offset, next));
                    Expect.that(there - here == strides[k], "one step along axis " + k + ", from "
                            + Arrays.toString(index) + " to " + Arrays.toString(next) + ", must move strides[" + k
                            + "] = " + strides[k] + " in storage; your positions " + here + " and " + there
                            + " differ by " + (there - here) + ".");
                }
            }
        };
    }
}
