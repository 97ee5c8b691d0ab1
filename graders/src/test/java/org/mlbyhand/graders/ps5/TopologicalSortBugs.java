package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.TopoSort;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the topological sort, each a complete implementation the grader must reject.
 * The first hand-picked graph (node 2 = op(0, 3), node 3 = op(0, 1)) tells them apart: the order read
 * from the wrong end is [2, 3, 1, 0] (a valid order reversed), the pre-order [2, 0, 3, 1] is not even
 * that, the missing seen set repeats node 0, following only a[v] loses nodes 1 and 3, and sorting by
 * number gives [0, 1, 2, 3]. Listing every node is right there; it fails on the graph with nodes that
 * do not lead to the root.
 */
final class TopologicalSortBugs {
    private TopologicalSortBugs() {
    }

    static final List<Bug<TopoSort>> ALL = List.of(
            new Bug<>("the order built from the wrong end: root first",
                    "your order starts at the root and ends at the leaves: it is a valid order read backwards. The"
                            + " backward pass walks the list from its end, so the list itself must put every node"
                            + " after its operands: append a node once its operands are in, and do not reverse.",
                    (a, b, root) -> reversed(Graphs.postOrder(a, b, root))),
            new Bug<>("a node appended before its operands (pre-order)",
                    "you append a node before visiting its operands (pre-order). Append it after: visit a[v], visit"
                            + " b[v], then append v (post-order), so that every operand is in the list first.",
                    (a, b, root) -> preOrder(a, b, root)),
            new Bug<>("no seen set: a shared node appears once per use",
                    "a node used twice (by one op, as in x·x, or by two nodes) appears twice in your order: keep a"
                            + " set of the nodes already visited, and skip them.",
                    (a, b, root) -> withoutSeenSet(a, b, root)),
            new Bug<>("only the first operand followed",
                    "your order misses nodes that are only second operands: visit b[v] as well as a[v].",
                    (a, b, root) -> firstOperandsOnly(a, b, root)),
            new Bug<>("nodes sorted by number",
                    "the nodes are not numbered in the order they were computed: a node may have a smaller number"
                            + " than its operands. Follow the operands from the root instead of sorting by number.",
                    (a, b, root) -> byNumber(a, b, root)),
            new Bug<>("every node of the arrays, not only those the root depends on",
                    "your order has nodes the root is not computed from. Start from the root and follow the"
                            + " operands: only the nodes you reach belong in the order.",
                    TopologicalSortBugs::everyNode));

    private static int[] reversed(int[] order) {
        int[] r = new int[order.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = order[r.length - 1 - k];
        }
        return r;
    }

    private static int[] preOrder(int[] a, int[] b, int root) {
        List<Integer> out = new ArrayList<>();
        preVisit(root, a, b, new boolean[a.length], out);
        return toArray(out);
    }

    private static void preVisit(int v, int[] a, int[] b, boolean[] seen, List<Integer> out) {
        if (v < 0 || seen[v]) {
            return;
        }
        seen[v] = true;
        out.add(v);
        preVisit(a[v], a, b, seen, out);
        preVisit(b[v], a, b, seen, out);
    }

    private static int[] withoutSeenSet(int[] a, int[] b, int root) {
        List<Integer> out = new ArrayList<>();
        visitAll(root, a, b, out);
        return toArray(out);
    }

    private static void visitAll(int v, int[] a, int[] b, List<Integer> out) {
        if (v < 0 || out.size() > 10_000) {
            return;
        }
        visitAll(a[v], a, b, out);
        visitAll(b[v], a, b, out);
        out.add(v);
    }

    private static int[] firstOperandsOnly(int[] a, int[] b, int root) {
        List<Integer> out = new ArrayList<>();
        boolean[] seen = new boolean[a.length];
        for (int v = root; v >= 0 && !seen[v]; v = a[v]) {
            seen[v] = true;
            out.add(0, v);
        }
        return toArray(out);
    }

    private static int[] byNumber(int[] a, int[] b, int root) {
        int[] order = Graphs.postOrder(a, b, root);
        Arrays.sort(order);
        return order;
    }

    /** Kahn's algorithm over all n nodes: a valid order of the whole arrays. */
    private static int[] everyNode(int[] a, int[] b, int root) {
        int n = a.length;
        int[] pending = new int[n];
        for (int v = 0; v < n; v++) {
            pending[v] = (a[v] >= 0 ? 1 : 0) + (b[v] >= 0 ? 1 : 0);
        }
        List<Integer> out = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (boolean progress = true; progress; ) {
            progress = false;
            for (int v = 0; v < n; v++) {
                if (!done[v] && pending[v] == 0) {
                    done[v] = true;
                    out.add(v);
                    progress = true;
                    for (int u = 0; u < n; u++) {
                        pending[u] -= (a[u] == v ? 1 : 0) + (b[u] == v ? 1 : 0);
                    }
                }
            }
        }
        return toArray(out);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
