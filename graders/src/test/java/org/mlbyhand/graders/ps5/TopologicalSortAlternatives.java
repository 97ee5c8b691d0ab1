package org.mlbyhand.graders.ps5;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.TopoSort;
import org.mlbyhand.grading.Alternative;

/**
 * Correct topological sorts written differently from core's depth-first post-order, each giving another
 * valid order on most graphs; the grader must accept every one.
 */
final class TopologicalSortAlternatives {
    private TopologicalSortAlternatives() {
    }

    static final List<Alternative<TopoSort>> ALL = List.of(
            new Alternative<>("recursive depth-first search, second operand first", (a, b, root) -> {
                List<Integer> out = new ArrayList<>();
                visit(root, a, b, new boolean[a.length], out);
                return out.stream().mapToInt(Integer::intValue).toArray();
            }),
            new Alternative<>("Kahn's algorithm on the nodes the root depends on, leaves first",
                    TopologicalSortAlternatives::kahn),
            new Alternative<>("root first by counting uses (as PyTorch's engine), then reversed",
                    TopologicalSortAlternatives::byUses));

    private static void visit(int v, int[] a, int[] b, boolean[] seen, List<Integer> out) {
        if (v < 0 || seen[v]) {
            return;
        }
        seen[v] = true;
        visit(b[v], a, b, seen, out);
        visit(a[v], a, b, seen, out);
        out.add(v);
    }

    private static int[] kahn(int[] a, int[] b, int root) {
        boolean[] needed = Graphs.reachable(a, b, root);
        int n = a.length;
        int[] missing = new int[n];                            // operands not yet in the order
        List<List<Integer>> users = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            users.add(new ArrayList<>());
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            if (!needed[v]) {
                continue;
            }
            for (int u : new int[] {a[v], b[v]}) {
                if (u >= 0) {
                    missing[v]++;
                    users.get(u).add(v);
                }
            }
            if (missing[v] == 0) {
                ready.add(v);
            }
        }
        List<Integer> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            int v = ready.poll();
            out.add(v);
            for (int w : users.get(v)) {
                if (--missing[w] == 0) {
                    ready.add(w);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A node is emitted once every node using it was: root first; the reverse puts each node after its operands. */
    private static int[] byUses(int[] a, int[] b, int root) {
        boolean[] needed = Graphs.reachable(a, b, root);
        int[] uses = new int[a.length];
        for (int v = 0; v < a.length; v++) {
            if (needed[v]) {
                for (int u : new int[] {a[v], b[v]}) {
                    if (u >= 0) {
                        uses[u]++;
                    }
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        Deque<Integer> ready = new ArrayDeque<>(List.of(root));
        while (!ready.isEmpty()) {
            int v = ready.pop();
            out.add(v);
            for (int u : new int[] {a[v], b[v]}) {
                if (u >= 0 && --uses[u] == 0) {
                    ready.push(u);
                }
            }
        }
        Collections.reverse(out);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
