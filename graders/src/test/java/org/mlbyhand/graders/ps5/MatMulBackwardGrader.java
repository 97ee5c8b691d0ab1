package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.MatMul;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.graders.ps5.Signatures.MatMulRule;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code MatMulBackward} against core's own rule ({@link MatMul#backward}, run on a recorded
 * node), then plugged into core's engine for matmul: a two-layer network L = Σ u ∘ (tanh(X·W₁)·W₂)
 * against core's engine and against central differences, and A·A, where the engine adds the rule's two
 * gradients into A's.
 */
public final class MatMulBackwardGrader extends Grader<MatMulRule> {
    static final String NETWORK = "L = Σ u ∘ (tanh(X·W1)·W2)";
    static final String SQUARE = "L = Σ u ∘ (A·A)";
    private static final CaseGen PRODUCTS = TensorCases.gaussian(TensorCases.gaussian(TensorCases.gaussian(
            CaseGen.create().dim("m", 1, 4).dim("k", 1, 4).dim("n", 1, 4), "A", "m", "k"), "B", "k", "n"), "G", "m", "n");
    private static final Gen<Case> NETWORKS = TensorCases.gaussian(TensorCases.gaussian(TensorCases.gaussian(
            CaseGen.create().value("graph", String.class, List.of(), (rng, s) -> NETWORK, s -> true)
                    .dim("n", 1, 4).dim("d", 1, 3).dim("h", 1, 4).dim("k", 1, 3), "X", "n", "d"), "W1", "d", "h"),
            "W2", "h", "k");

    @Override
    public Exercise exercise() {
        return exercise(150, "matmul-bwd", "Backward of matmul", 10);
    }

    @Override
    public MatMulRule reference() {
        return (A, B, G) -> TensorRules.coreRule(x -> x[0].matmul(x[1]), G, A, B);
    }

    @Override
    public List<Bug<MatMulRule>> bugs() {
        return MatMulBackwardBugs.ALL;
    }

    @Override
    public List<Alternative<MatMulRule>> alternatives() {
        return MatMulBackwardAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return TensorRules.engineAnd(Forbidden.type(MatMul.class));
    }

    @Override
    public Object call(MatMulRule rule, Case c) {
        if (!c.names().contains("graph")) {
            Tensor[] d = rule.apply(c.get("A", Tensor.class), c.get("B", Tensor.class), c.get("G", Tensor.class));
            return d == null || d.length != 2 ? (d == null ? null : List.of(d)) : new Grads.Product(d[0], d[1]);
        }
        Rules rules = TensorRules.plugged(MatMul.class, (op, g) -> op.input(0).ndim() == 2 && op.input(1).ndim() == 2
                ? rule.apply(op.input(0), op.input(1), g) : op.backward(g));
        if (c.get("graph", String.class).equals(SQUARE)) {
            return new Grads.OfX(TensorRules.gradients(rules, MatMulBackwardGrader::square, c.get("A", Tensor.class))[0]);
        }
        Tensor[] d = TensorRules.gradients(rules, MatMulBackwardGrader::network, inputs(c));
        return new Grads.TwoLayers(d[0], d[1], d[2]);
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("A = [[1, 2], [3, 4]], B = [[5, 6], [7, 8]], G = [[1, 0], [0, 0]] (only C₀₀ = 1·5 + 2·7 counts):"
                        + " dA = G·Bᵀ = [[5, 7], [0, 0]], dB = Aᵀ·G = [[1, 0], [2, 0]]",
                        product(TensorCases.rows(new double[] {1, 2}, new double[] {3, 4}),
                                TensorCases.rows(new double[] {5, 6}, new double[] {7, 8}),
                                TensorCases.rows(new double[] {1, 0}, new double[] {0, 0})), Tolerance.ROUNDOFF)
                .agrees("a row times a column, A = [[1, 2]], B = [[3], [4]], G = [[2]]: dA = 2·Bᵀ = [[6, 8]],"
                        + " dB = 2·Aᵀ = [[2], [4]]", product(TensorCases.rows(new double[] {1, 2}),
                        TensorCases.rows(new double[] {3}, new double[] {4}), TensorCases.rows(new double[] {2})),
                        Tolerance.ROUNDOFF)
                .agrees("a column times a row (an outer product), A (3×1), B (1×2)", product(
                        TensorCases.rows(new double[] {1}, new double[] {-2}, new double[] {3}),
                        TensorCases.rows(new double[] {4, -5}), TensorCases.rows(new double[] {1, 2}, new double[] {3, 4},
                                new double[] {5, 6})), Tolerance.ROUNDOFF)
                .agrees("matches core's rule on random products", PRODUCTS, Tolerance.ROUNDOFF)
                .agrees("in core's engine with your rule for matmul, " + NETWORK + " has core's gradients", NETWORKS,
                        Tolerance.ROUNDOFF)
                .holds("in core's engine with your rule for matmul, the gradients of " + NETWORK
                        + " are its central differences", NETWORKS, Grads.matchDifferences(MatMulBackwardGrader::inputs,
                        (c, t) -> network(t), d -> new Grads.TwoLayers(d[0], d[1], d[2])))
                .agrees("in core's engine with your rule, " + SQUARE + " at A = [[1, 2], [3, 4]]: A is both factors,"
                        + " and core adds your two gradients", Case.of("graph", SQUARE, "A",
                        TensorCases.rows(new double[] {1, 2}, new double[] {3, 4})), Tolerance.ROUNDOFF);
    }

    private static Case product(Tensor A, Tensor B, Tensor G) {
        return Case.of("A", A, "B", B, "G", G);
    }

    private static Tensor[] inputs(Case c) {
        return new Tensor[] {c.get("X", Tensor.class), c.get("W1", Tensor.class), c.get("W2", Tensor.class)};
    }

    private static Tensor network(Tensor[] t) {
        return TensorRules.weighted(t[0].matmul(t[1]).tanh().matmul(t[2]));
    }

    private static Tensor square(Tensor[] t) {
        return TensorRules.weighted(t[0].matmul(t[0]));
    }
}
