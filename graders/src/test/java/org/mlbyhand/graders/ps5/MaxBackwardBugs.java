package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.graders.ps5.Signatures.MaxRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of max along an axis, each a complete rule the grader must reject.
 * The tie rules are right where nothing ties and fail on x = [[4, 4, 1]], each with its own answer:
 * [[1, 1, 0]] (every maximum), [[0.5, 0.5, 0]] (shared), [[0, 1, 0]] (the last). Spreading g as it is
 * fails on the first case, whose reduced axis is the last of a 2×3 tensor.
 */
final class MaxBackwardBugs {
    private MaxBackwardBugs() {
    }

    private enum Slip { EVERY_MAX, SHARED, LAST_MAX, AXIS_NOT_BACK }

    static final List<Bug<MaxRule>> ALL = List.of(
            new Bug<>("g spread without putting the reduced axis back",
                    "g has lost the reduced axis; spread as it is, it lines up with the last axes of x. Put the axis"
                            + " back (size 1) before matching g with the entries of each run.",
                    (x, axis, keepdim, g) -> grad(x, axis, keepdim, g, Slip.AXIS_NOT_BACK)),
            new Bug<>("every tied maximum gets the whole gradient",
                    "max picks one entry: nudging the tied entries together moves the output by g·ε, not 2·g·ε. Core,"
                            + " as PyTorch's max(dim), gives all of g to the first maximum, the index argmax returns,"
                            + " and 0 to the other ties.",
                    (x, axis, keepdim, g) -> grad(x, axis, keepdim, g, Slip.EVERY_MAX)),
            new Bug<>("ties share the gradient evenly",
                    "splitting g among ties is amax's rule (a valid subgradient too), but max(axis) returns an index,"
                            + " the first maximum, and the whole gradient goes there.",
                    (x, axis, keepdim, g) -> grad(x, axis, keepdim, g, Slip.SHARED)),
            new Bug<>("the last maximum instead of the first",
                    "with ties the gradient goes to the first maximum along the axis: when scanning, move to a new"
                            + " entry only if it is strictly greater (>, not >=).",
                    (x, axis, keepdim, g) -> grad(x, axis, keepdim, g, Slip.LAST_MAX)));

    private static Tensor grad(Tensor x, int axis, boolean keepdim, Tensor g, Slip slip) {
        int[] shape = x.shape();
        Runs runs = new Runs(shape, axis);
        double[] v = x.toArray();
        double[] gv = g.toArray();
        if (slip == Slip.AXIS_NOT_BACK) {
            Tensor mask = Tensors.fromArray(firstMaxMask(v, runs), shape);
            return mask.mul(keepdim ? g : g.expand(shape)).contiguous();
        }
        double[] dx = new double[v.length];
        for (int r = 0; r < runs.count; r++) {
            double m = Double.NEGATIVE_INFINITY;
            int best = 0;
            int ties = 0;
            for (int i = 0; i < runs.n; i++) {
                double e = v[runs.at(r, i)];
                if (e > m || slip == Slip.LAST_MAX && e == m) {
                    m = e;
                    best = i;
                }
            }
            for (int i = 0; i < runs.n; i++) {
                ties += v[runs.at(r, i)] == m ? 1 : 0;
            }
            for (int i = 0; i < runs.n; i++) {
                boolean isMax = v[runs.at(r, i)] == m;
                if (slip == Slip.EVERY_MAX && isMax) {
                    dx[runs.at(r, i)] = gv[r];
                } else if (slip == Slip.SHARED && isMax) {
                    dx[runs.at(r, i)] = gv[r] / ties;
                } else if ((slip == Slip.LAST_MAX) && i == best) {
                    dx[runs.at(r, i)] = gv[r];
                }
            }
        }
        return Tensors.fromArray(dx, shape);
    }

    private static double[] firstMaxMask(double[] v, Runs runs) {
        double[] mask = new double[v.length];
        for (int r = 0; r < runs.count; r++) {
            int best = 0;
            for (int i = 1; i < runs.n; i++) {
                best = v[runs.at(r, i)] > v[runs.at(r, best)] ? i : best;
            }
            mask[runs.at(r, best)] = 1.0;
        }
        return mask;
    }
}
