package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Indexing;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.graders.ps5.Signatures.EmbeddingRule;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code EmbeddingBackward} against core's own rule ({@link Indexing.IndexSelect}, a scatter-add,
 * on a recorded node), on hand-picked lookups with and without repeated tokens and on random ones; then
 * plugged into core's engine for index_select along axis 0: L = Σ u ∘ tanh(E[tokens]·W) with repeated
 * tokens, against core's engine and against central differences.
 */
public final class EmbeddingBackwardGrader extends Grader<EmbeddingRule> {
    static final String GRAPH = "L = Σ u ∘ tanh(E[tokens]·W)";
    /** A random table size, tokens (repeats likely) and a gradient of the lookup's shape. */
    private static final Gen<Case> LOOKUPS = rng -> {
        int rows = rng.nextInt(1, 5);
        int[] index = tokens(rng, rng.nextInt(0, 6), rows);
        return lookup(rows, index, TensorCases.gaussian(rng, index.length, rng.nextInt(1, 3)));
    };
    /** A random embedding table, a layer and tokens. */
    private static final Gen<Case> GRAPHS = rng -> {
        int rows = rng.nextInt(2, 5);
        int c = rng.nextInt(1, 3);
        return Case.of("graph", GRAPH, "E", TensorCases.gaussian(rng, rows, c),
                "W", TensorCases.gaussian(rng, c, rng.nextInt(1, 3)), "tokens", tokens(rng, rng.nextInt(1, 6), rows));
    };

    @Override
    public Exercise exercise() {
        return exercise(230, "embedding-bwd", "Backward of embedding lookup", 10);
    }

    @Override
    public EmbeddingRule reference() {
        return (rows, index, g) -> TensorRules.coreRule(t -> t[0].indexSelect(0, index), g,
                Tensors.zeros(rows, g.size(1)))[0];
    }

    @Override
    public List<Bug<EmbeddingRule>> bugs() {
        return EmbeddingBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<EmbeddingRule>> alternatives() {
        return EmbeddingBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return TensorRules.engineAnd(Forbidden.type(Indexing.IndexSelect.class), Forbidden.type(Indexing.ScatterAdd.class),
                Forbidden.method(Tensor.class, "scatterAdd"));
    }

    @Override
    public Object call(EmbeddingRule rule, Case c) {
        if (!c.names().contains("graph")) {
            return rule.apply(c.integer("rows"), c.labels("index"), c.get("g", Tensor.class));
        }
        Rules rules = TensorRules.plugged(Indexing.IndexSelect.class, (op, g) -> op.axis() == 0 && op.input(0).ndim() == 2
                ? new Tensor[] {rule.apply(op.input(0).size(0), op.index(), g)} : op.backward(g));
        Tensor[] d = TensorRules.gradients(rules, t -> network(c, t), c.get("E", Tensor.class), c.get("W", Tensor.class));
        return new Grads.Embedded(d[0], d[1]);
    }

    @Override
    public String output() {
        return "dE";
    }

    @Override
    public void declare(Checks checks) {
        Tensor g = TensorCases.rows(new double[] {1, 2}, new double[] {3, 4});
        checks.agrees("E has 3 rows, index = [2, 0], g = [[1, 2], [3, 4]]: dE = [[3, 4], [0, 0], [1, 2]]",
                        lookup(3, new int[] {2, 0}, g), Tolerance.ROUNDOFF)
                .agrees("a repeated token: E has 2 rows, index = [1, 1], the same g: row 1 gets both, dE = [[0, 0], [4, 6]]",
                        lookup(2, new int[] {1, 1}, g), Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random lookups", LOOKUPS, Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for index_select, " + GRAPH + " has core's gradients", GRAPHS,
                        Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for index_select, the gradients of " + GRAPH
                        + " are its central differences", GRAPHS, Grads.matchDifferences(
                        c -> new Tensor[] {c.get("E", Tensor.class), c.get("W", Tensor.class)},
                        EmbeddingBackwardGrader::network, d -> new Grads.Embedded(d[0], d[1])))
                .agrees("no tokens: g is (0, 2) and dE is all zeros", lookup(3, new int[0], Tensors.zeros(0, 2)),
                        Tolerance.ROUNDOFF)
                .agrees("one column (C = 1), index = [0, 2, 0]", lookup(3, new int[] {0, 2, 0},
                        TensorCases.rows(new double[] {1}, new double[] {2}, new double[] {3})), Tolerance.ROUNDOFF);
    }

    private static Case lookup(int rows, int[] index, Tensor g) {
        return Case.of("rows", rows, "index", index, "g", g);
    }

    private static int[] tokens(Rng rng, int count, int rows) {
        int[] t = new int[count];
        for (int j = 0; j < count; j++) {
            t[j] = rng.nextInt(rows);
        }
        return t;
    }

    private static Tensor network(Case c, Tensor[] t) {
        return TensorRules.weighted(t[0].indexSelect(0, c.labels("tokens")).matmul(t[1]).tanh());
    }
}
