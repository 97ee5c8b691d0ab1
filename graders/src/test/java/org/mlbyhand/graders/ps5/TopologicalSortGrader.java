package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.graders.ps5.Signatures.TopoSort;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;

/**
 * Grades {@code TopologicalSort}. There are usually several right orders, so no order is demanded:
 * {@link Graphs#VALID_ORDER} accepts any in which every node the root depends on appears once, after
 * its operands, and says which node breaks that rule otherwise; core's depth-first post-order is only
 * shown as one right answer. Hand-picked graphs first (a node used by two nodes, x·x, a shared
 * subexpression used three times, nodes the root does not use, a leaf root), then random graphs
 * numbered at random.
 */
public final class TopologicalSortGrader extends Grader<TopoSort> {

    @Override
    public Exercise exercise() {
        return exercise(60, "topo-sort", "Topological order", 10);
    }

    @Override
    public TopoSort reference() {
        return Graphs::postOrder;
    }

    @Override
    public List<Bug<TopoSort>> bugs() {
        return TopologicalSortBugs.ALL;
    }

    @Override
    public List<Alternative<TopoSort>> alternatives() {
        return TopologicalSortAlternatives.ALL;
    }

    /** The sort is core's engine's own (private to Value.backward and Backprop): the stub uses the JDK only. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Value.class), Forbidden.type(Rules.class),
                new Forbidden("org.mlbyhand.core.autograd.Backprop", null));
    }

    @Override
    public Object call(TopoSort sort, Case c) {
        int[] a = c.labels("a");
        int[] b = c.labels("b");
        int root = c.integer("root");
        int[] order = sort.order(a, b, root);
        return new Graphs.Ordering(order, c.labels("a").clone(), c.labels("b").clone(), root);
    }

    @Override
    public String output() {
        return "order";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("node 2 = op(0, 3), node 3 = op(0, 1), root 2: node 0 is used by both 2 and 3, so [0, 1, 3, 2]"
                        + " and [1, 0, 3, 2] are right", graph(new int[] {-1, -1, 0, 0}, new int[] {-1, -1, 3, 1}, 2),
                        Graphs.VALID_ORDER)
                .agrees("x · x: node 0 = op(1, 1), root 0; node 1 is used twice by one op and appears once: [1, 0]",
                        graph(new int[] {1, -1}, new int[] {1, -1}, 0), Graphs.VALID_ORDER)
                .agrees("s = x·y (node 5), t = tanh s (2), u = s + t (1), root v = u·x (3), leaves x (4), y (0): s is"
                        + " used by t and u, x by s and v", graph(new int[] {-1, 5, 5, 1, -1, 4},
                        new int[] {-1, 2, -1, 4, -1, 0}, 3), Graphs.VALID_ORDER)
                .agrees("root 0 = op(1), while node 3 = op(1, 2) and leaf 2 do not lead to it: only [1, 0]",
                        graph(new int[] {1, -1, -1, 1}, new int[] {-1, -1, -1, 2}, 0), Graphs.VALID_ORDER)
                .agrees("a root that is a leaf: [1]", graph(new int[] {-1, -1, -1}, new int[] {-1, -1, -1}, 1),
                        Graphs.VALID_ORDER)
                .agrees("every node after its operands, on random graphs of up to 8 nodes numbered at random",
                        GraphCases.forSort(8), Graphs.VALID_ORDER)
                .agrees("every node after its operands, on random graphs of up to 60 nodes",
                        GraphCases.forSort(60), Graphs.VALID_ORDER);
    }

    private static Case graph(int[] a, int[] b, int root) {
        return Case.of("a", a, "b", b, "root", root);
    }
}
