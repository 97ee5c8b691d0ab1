package org.mlbyhand.exercises.ps5;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · backprop — the backward pass: every node's gradient from the local derivatives, accumulated.
 *
 * <p>The graph comes as arrays, numbered in a topological order (as your sort, or core's, would give
 * it): node v = op(a[v], b[v]), every operand has a smaller number than its user (−1 means "no
 * operand"), and the root is the last node, n − 1. Each op's local derivatives are already known:
 * da[v] = ∂v/∂a[v] and db[v] = ∂v/∂b[v] (ignore them where the operand is −1). Return, for every node,
 * the derivative of the root with respect to it:
 * <pre>{@code
 *   grad[n−1] = 1
 *   for v = n−1 down to 0:                 (each node after every node that uses it)
 *       grad[a[v]] += da[v] · grad[v]      (if a[v] ≥ 0)
 *       grad[b[v]] += db[v] · grad[v]      (if b[v] ≥ 0)
 * }</pre>
 * The += is the whole point: a node used twice (x·x, where a[v] = b[v]) or by two nodes receives the
 * sum of all its contributions, and the reverse order guarantees grad[v] is complete before it is passed
 * on. A node the root does not depend on keeps gradient 0.
 *
 * <p>Arguments (none modified): a and b, length n ≥ 1, each entry −1 or a node below v; da and db,
 * length n, finite. Return grad, length n.
 *
 * <p>Use only the JDK: do not build core {@code Value}s and call {@code backward()} or {@code grad()};
 * that is the engine you are writing.
 *
 * <p>Classic traps: = instead of += (a node used twice keeps only its last contribution); sweeping from
 * node 0 up (the wrong end); forgetting to seed the root with 1; adding the local derivative without
 * multiplying by grad[v] (the chain rule); forgetting the second operand; reading index −1.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=backprop}
 */
public final class BackwardPass {
    private BackwardPass() {
    }

    /**
     * Returns grad[v] = ∂root/∂(node v) for every node, the root being node n − 1.
     *
     * @param a  the first operand of each node, −1 or a smaller node (not modified)
     * @param b  the second operand of each node, −1 or a smaller node (not modified)
     * @param da ∂v/∂a[v] for each node v (not modified)
     * @param db ∂v/∂b[v] for each node v (not modified)
     * @return the gradients, length n
     */
    public static double[] gradients(int[] a, int[] b, double[] da, double[] db) {
        // TODO: seed the root with 1, then sweep from n − 1 down, accumulating with +=.
        throw new NotImplementedYet("ps5 backprop");
    }
}
