package org.mlbyhand.exercises.ps5;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · topo-sort — order the nodes of a computation graph so that every node comes after its operands.
 *
 * <p>The backward pass visits the graph from the root back to the leaves, and a node may pass its
 * gradient on only once that gradient is complete, that is, once every node using it has been visited.
 * So the engine first lists the nodes the root depends on, each after the nodes it is computed from
 * (a <em>topological order</em>), then walks that list from the end. micrograd builds it by a depth-first
 * search that appends a node after visiting its operands:
 * <pre>{@code
 *   visit(v):  if v not yet seen:  mark v seen;  visit(a[v]);  visit(b[v]);  append v
 *   visit(root)                    → every node after its operands, the root last
 * }</pre>
 * The graph comes as two arrays, one entry per node: node v = op(a[v], b[v]), where −1 means "no
 * operand" (a leaf has a[v] = b[v] = −1; an op of one operand has b[v] = −1). A node may use the same
 * operand twice (x·x: a[v] = b[v]), and several nodes may use one node. The nodes are numbered in no
 * particular order, and some may not lead to the root at all.
 *
 * <p>Return the nodes the root depends on, the root included, each exactly once, each after its
 * operands. Any such order is accepted: there are usually several. Nothing else belongs in it.
 *
 * <p>Use only the JDK; core's engine sorts privately inside {@code Value.backward}, which this exercise
 * asks you to write.
 *
 * <p>Classic traps: without a "seen" set, a node used twice appears twice; appending a node before
 * visiting its operands, or reversing the list, builds the order from the wrong end (root first);
 * listing every node of the arrays, or sorting by number, instead of following the operands from the
 * root; following a[v] and forgetting b[v].
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=topo-sort}
 */
public final class TopologicalSort {
    private TopologicalSort() {
    }

    /**
     * Returns the nodes the root depends on, each once, each after its operands.
     *
     * @param a    the first operand of each node, or −1 (length n, not modified)
     * @param b    the second operand of each node, or −1 (length n, not modified)
     * @param root the node whose dependencies are ordered, in [0, n)
     * @return the order, ending with the root
     */
    public static int[] order(int[] a, int[] b, int root) {
        // TODO: depth-first from the root, appending each node after its operands.
        throw new NotImplementedYet("ps5 topo-sort");
    }
}
