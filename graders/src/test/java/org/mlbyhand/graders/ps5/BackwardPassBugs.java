package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.graders.ps5.Signatures.BackwardPass;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward pass, each a complete implementation the grader must reject. The
 * first case, c = a·b, has no shared node, so = instead of += passes it and fails on x·x next, where
 * forgetting the second operand gives the same 3: that one fails first, on c = a·b, so = comes before it
 * in the list. The wrong sweep direction and the forgotten chain rule are right on both and fail on the
 * third, a chain with two shared nodes, where each gives its own numbers.
 */
final class BackwardPassBugs {
    private BackwardPassBugs() {
    }

    private enum Slip { ASSIGN, UPWARD, NO_SEED, NO_CHAIN, FIRST_ONLY, NO_LEAF_CHECK }

    static final List<Bug<BackwardPass>> ALL = List.of(
            new Bug<>("root not seeded with 1",
                    "every gradient is 0: the sweep multiplies by grad[v], so it needs a start. The root's derivative"
                            + " with respect to itself is 1: set grad[n − 1] = 1 before the loop.",
                    (a, b, da, db) -> sweep(a, b, da, db, Slip.NO_SEED)),
            new Bug<>("= instead of += (a node used twice keeps only its last contribution)",
                    "a node used twice (here x·x, both operands node 0) must receive the sum of both contributions:"
                            + " grad[a[v]] += da[v]·grad[v], never =. The same holds for a node used by two nodes.",
                    (a, b, da, db) -> sweep(a, b, da, db, Slip.ASSIGN)),
            new Bug<>("the second operand forgotten",
                    "b[v] is an operand too: when b[v] ≥ 0, add db[v]·grad[v] into grad[b[v]].",
                    (a, b, da, db) -> sweep(a, b, da, db, Slip.FIRST_ONLY)),
            new Bug<>("sweep from node 0 up (the wrong end)",
                    "a node passes its gradient on before the nodes that use it have added to it. Sweep from the root,"
                            + " v = n − 1, down to 0: the numbering is a topological order, so every user of v comes"
                            + " after v and is visited first.",
                    (a, b, da, db) -> sweep(a, b, da, db, Slip.UPWARD)),
            new Bug<>("the chain rule forgotten: the local derivative added without × grad[v]",
                    "by the chain rule, node v passes on its local derivative times its own gradient:"
                            + " grad[a[v]] += da[v] · grad[v]. Adding da[v] alone is right only where grad[v] = 1.",
                    (a, b, da, db) -> sweep(a, b, da, db, Slip.NO_CHAIN)),
            new Bug<>("operands read without checking for −1",
                    "−1 means \"no operand\": a leaf has a[v] = b[v] = −1, an op of one operand b[v] = −1. Skip them"
                            + " instead of indexing grad[−1].",
                    (a, b, da, db) -> sweep(a, b, da, db, Slip.NO_LEAF_CHECK)));

    private static double[] sweep(int[] a, int[] b, double[] da, double[] db, Slip slip) {
        int n = a.length;
        double[] grad = new double[n];
        grad[n - 1] = slip == Slip.NO_SEED ? 0.0 : 1.0;
        for (int k = 0; k < n; k++) {
            int v = slip == Slip.UPWARD ? k : n - 1 - k;
            double upstream = slip == Slip.NO_CHAIN ? 1.0 : grad[v];
            if (a[v] >= 0 || slip == Slip.NO_LEAF_CHECK) {
                grad[a[v]] = (slip == Slip.ASSIGN ? 0.0 : grad[a[v]]) + da[v] * upstream;
            }
            if ((b[v] >= 0 || slip == Slip.NO_LEAF_CHECK) && slip != Slip.FIRST_ONLY) {
                grad[b[v]] = (slip == Slip.ASSIGN ? 0.0 : grad[b[v]]) + db[v] * upstream;
            }
        }
        return grad;
    }
}
