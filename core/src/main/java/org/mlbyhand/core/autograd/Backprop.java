package org.mlbyhand.core.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The backward pass of the tensor engine, the part of autograd a learner never rewrites:
 * <pre>{@code
 *   order ← the nodes that lead to the output, each after every node that uses its output
 *   pending[output] ← upstream gradient (1 for a one-entry output)
 *   for op in order:                           (grad mode off)
 *       g ← pending.remove(op.output)
 *       grads ← rules.backward(op, g)          the local rule, reference or substituted
 *       for each input x of op that requires grad:
 *           x is a leaf ?  x.grad += grads[i]  :  pending[x] += grads[i]
 * }</pre>
 * Because a node runs only after every use of its output has added to pending, a tensor used twice
 * (x·x, a shared subexpression) receives the sum of both contributions, as the chain rule requires.
 */
final class Backprop {
    private Backprop() {
    }

    /**
     * Runs the backward pass from root.
     *
     * @param seed ∂L/∂root, root's shape; null for 1 when root has one entry
     */
    static void run(Tensor root, Tensor seed, Rules rules, boolean retainGraph) {
        if (!root.requiresGrad) {
            throw new IllegalStateException("backward: this tensor does not require grad: none of its inputs"
                    + " requires grad, or it was made under GradMode.noGrad()");
        }
        Tensor g0 = upstream(root, seed);
        if (root.gradFn == null) {
            accumulateGrad(root, g0);
            return;
        }
        Map<Tensor, Tensor> pending = new IdentityHashMap<>();
        pending.put(root, g0);
        try (Scope s = GradMode.noGrad()) {
            for (Op op : reverseTopological(root.gradFn)) {
                Tensor out = op.output();
                Tensor g = pending.remove(out);
                if (g == null) {
                    continue;                               // every path from op to root had a null gradient
                }
                if (out.retainsGrad) {
                    accumulateGrad(out, g);
                }
                if (op.isFreed()) {
                    throw new IllegalStateException("backward: the graph through " + op.name() + " was freed by"
                            + " an earlier backward; to run backward through it twice, pass retainGraph = true"
                            + " to the first one: backward(grad, rules, true)");
                }
                Tensor[] grads = rules.backward(op, g);
                Anomaly.checkBackward(op, grads);
                for (int i = 0; i < grads.length; i++) {
                    Tensor x = op.input(i);
                    if (grads[i] == null || !x.requiresGrad) {
                        continue;
                    }
                    if (x.gradFn == null) {
                        accumulateGrad(x, grads[i]);
                    } else {
                        pending.merge(x, grads[i], Tensor::add);
                    }
                }
                if (!retainGraph) {
                    op.free();
                }
            }
        }
    }

    /** Adds g into x's grad, making it on first use (a contiguous copy: g may be any view, even of another grad). */
    static void accumulateGrad(Tensor x, Tensor g) {
        if (x.grad == null) {
            x.grad = new Tensor(Strided.copy(g), x.shape.clone());
            return;
        }
        double[] v = Strided.values(g);
        double[] sum = x.grad.data;
        for (int k = 0; k < v.length; k++) {
            sum[k] += v[k];
        }
    }

    private static Tensor upstream(Tensor root, Tensor seed) {
        if (seed == null) {
            if (root.numel() != 1) {
                throw new IllegalArgumentException("backward: the output has shape " + Shapes.text(root.shape)
                        + "; only a one-entry output has the implicit upstream gradient 1. Pass ∂L/∂output,"
                        + " a tensor of shape " + Shapes.text(root.shape) + ": backward(grad)");
            }
            return Tensors.ones(root.shape);
        }
        if (!Arrays.equals(seed.shape, root.shape)) {
            throw new ShapeMismatchException("backward: the upstream gradient has shape " + Shapes.text(seed.shape)
                    + ", the output has shape " + Shapes.text(root.shape));
        }
        return seed;
    }

    /**
     * Returns the nodes that lead to root, root first, each before the nodes that made its inputs:
     * the reverse of a depth-first post-order (iterative, so deep graphs do not overflow the stack).
     */
    static List<Op> reverseTopological(Op root) {
        List<Op> postOrder = new ArrayList<>();
        Set<Op> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Op> stack = new ArrayDeque<>();
        Deque<Integer> nextInput = new ArrayDeque<>();
        stack.push(root);
        nextInput.push(0);
        seen.add(root);
        while (!stack.isEmpty()) {
            Op op = stack.peek();
            int i = nextInput.pop();
            Tensor[] inputs = op.inputs();
            if (i < inputs.length) {
                nextInput.push(i + 1);
                Op child = inputs[i].gradFn;
                if (child != null && inputs[i].requiresGrad && seen.add(child)) {
                    stack.push(child);
                    nextInput.push(0);
                }
            } else {
                postOrder.add(stack.pop());
            }
        }
        Collections.reverse(postOrder);
        return postOrder;
    }
}
