package org.mlbyhand.graders.ps5;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.mlbyhand.grading.Difference;
import org.mlbyhand.grading.Equivalence;
import org.mlbyhand.grading.Tolerance;

/**
 * Computation graphs as arrays, the input of the topological-sort and backward-pass exercises: node v
 * is computed from its operands a[v] and b[v] (−1 for none: a leaf has a[v] = b[v] = −1, an op of one
 * operand b[v] = −1), as core's {@code Value} records them. Here are the order core's engine uses
 * (its sort is private to {@code Value}; this is the same depth-first post-order on arrays), what makes
 * an order valid, and the rule by which the topological-sort grader accepts any valid order.
 */
final class Graphs {
    /**
     * A learner's order with the graph it orders, so that it can be judged without a reference.
     *
     * @param order the order returned (null if none was)
     * @param a     first operands
     * @param b     second operands
     * @param root  the node whose dependencies are ordered
     */
    record Ordering(int[] order, int[] a, int[] b, int root) {
    }

    /**
     * Any order in which every node the root depends on appears once, after its operands, is right.
     * Two wrong orders count as the same mistake (for choosing a hint) when they hold the same wrong
     * nodes, or are both valid orders read from the wrong end, or are equal.
     */
    static final Equivalence VALID_ORDER = new Equivalence() {
        @Override
        public Judgement judge(String output, Object expected, Object actual, double floor) {
            Ordering a = (Ordering) actual;
            String problem = problem(a);
            if (problem == null) {
                return new Judgement(null, null);
            }
            Ordering e = (Ordering) expected;
            if (problem(e) != null && flaw(e).equals(flaw(a))) {
                return new Judgement(null, null);
            }
            return new Judgement(new Difference(problem + "\n  (any order is accepted in which every node the root"
                    + " depends on appears once, after its operands; " + Arrays.toString(e.order())
                    + " is one)", null), null);
        }

        @Override
        public Tolerance tolerance() {
            return Tolerance.EXACT;
        }
    };

    private Graphs() {
    }

    /** Core's order: depth-first from the root, each node after its operands (a before b); iterative. */
    static int[] postOrder(int[] a, int[] b, int root) {
        List<Integer> order = new ArrayList<>();
        boolean[] seen = new boolean[a.length];
        Deque<int[]> stack = new ArrayDeque<>();                  // {node, operands visited}
        stack.push(new int[] {root, 0});
        seen[root] = true;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            int v = top[0];
            int next = top[1] == 0 ? a[v] : top[1] == 1 ? b[v] : -2;
            top[1]++;
            if (next == -2) {
                order.add(stack.pop()[0]);
            } else if (next >= 0 && !seen[next]) {
                seen[next] = true;
                stack.push(new int[] {next, 0});
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Returns which nodes the root depends on, itself included. */
    static boolean[] reachable(int[] a, int[] b, int root) {
        boolean[] r = new boolean[a.length];
        Deque<Integer> todo = new ArrayDeque<>(List.of(root));
        r[root] = true;
        while (!todo.isEmpty()) {
            int v = todo.pop();
            for (int u : new int[] {a[v], b[v]}) {
                if (u >= 0 && !r[u]) {
                    r[u] = true;
                    todo.push(u);
                }
            }
        }
        return r;
    }

    /** Returns what is wrong with an order, as one line for the learner, or null when it is valid. */
    static String problem(Ordering o) {
        int[] order = o.order();
        if (order == null) {
            return "your code returned null instead of an order.";
        }
        int n = o.a().length;
        boolean[] needed = reachable(o.a(), o.b(), o.root());
        int[] place = new int[n];
        Arrays.fill(place, -1);
        String shown = " in your order " + Arrays.toString(order);
        for (int k = 0; k < order.length; k++) {
            int v = order[k];
            if (v < 0 || v >= n) {
                return v + shown + " is not a node: the nodes are 0 … " + (n - 1) + ".";
            }
            if (place[v] >= 0) {
                return "node " + v + " appears twice" + shown + ": each node must appear once, however many"
                        + " nodes use it.";
            }
            if (!needed[v]) {
                return "node " + v + shown + " is not one the root " + o.root() + " depends on: only the nodes the"
                        + " root is computed from, directly or not, belong in the order.";
            }
            place[v] = k;
        }
        for (int v = 0; v < n; v++) {
            if (needed[v] && place[v] < 0) {
                return "your order " + Arrays.toString(order) + " leaves out node " + v + ", which the root "
                        + o.root() + " depends on.";
            }
        }
        for (int v : order) {
            for (int u : new int[] {o.a()[v], o.b()[v]}) {
                if (u >= 0 && place[u] > place[v]) {
                    return "node " + v + " comes before its operand " + u + shown + ": every node must come after"
                            + " the nodes it is computed from.";
                }
            }
        }
        return null;
    }

    /** What kind of wrong an order is: its nodes if they are not the right ones, else "root first", else itself. */
    private static String flaw(Ordering o) {
        if (o.order() == null) {
            return "null";
        }
        boolean[] needed = reachable(o.a(), o.b(), o.root());
        int[] sorted = o.order().clone();
        Arrays.sort(sorted);
        int[] right = java.util.stream.IntStream.range(0, needed.length).filter(v -> needed[v]).toArray();
        if (!Arrays.equals(sorted, right)) {
            return "nodes " + Arrays.toString(sorted);
        }
        int[] reversed = new int[o.order().length];
        for (int k = 0; k < reversed.length; k++) {
            reversed[k] = o.order()[reversed.length - 1 - k];
        }
        if (problem(new Ordering(reversed, o.a(), o.b(), o.root())) == null) {
            return "root first";
        }
        return "order " + Arrays.toString(o.order());
    }
}
