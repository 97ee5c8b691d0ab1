package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.graders.ps5.Signatures.MatMulRule;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the backward of a matrix product, each a complete rule the grader must reject.
 * With non-square factors a missing transpose throws a shape error, the same for every slip, so the
 * first case is square (2×2), where each slip gives its own numbers.
 */
final class MatMulBackwardBugs {
    private MatMulBackwardBugs() {
    }

    static final List<Bug<MatMulRule>> ALL = List.of(
            new Bug<>("∂L/∂A = G·B, the transpose of B missing",
                    "∂L/∂A_ip = Σⱼ G_ij·B_pj: row i of G against row p of B, that is G·Bᵀ. Check the shapes: (m, n)·(n, k)"
                            + " gives A's (m, k).",
                    (A, B, G) -> new Tensor[] {G.matmul(B), t(A).matmul(G)}),
            new Bug<>("∂L/∂B = A·G, the transpose of A missing",
                    "∂L/∂B_pj = Σᵢ A_ip·G_ij: column p of A against column j of G, that is Aᵀ·G. Check the shapes:"
                            + " (k, m)·(m, n) gives B's (k, n).",
                    (A, B, G) -> new Tensor[] {G.matmul(t(B)), A.matmul(G)}),
            new Bug<>("the factors in the wrong order: ∂L/∂A = Bᵀ·G, ∂L/∂B = G·Aᵀ",
                    "order matters in a matrix product: ∂L/∂A = G·Bᵀ (G on the left, as A is on the left of C = A·B), and"
                            + " ∂L/∂B = Aᵀ·G (G on the right).",
                    (A, B, G) -> new Tensor[] {t(B).matmul(G), G.matmul(t(A))}),
            new Bug<>("the two gradients swapped",
                    "return {∂L/∂A, ∂L/∂B} in that order: the first has A's shape, the second B's.",
                    (A, B, G) -> new Tensor[] {t(A).matmul(G), G.matmul(t(B))}));

    private static Tensor t(Tensor X) {
        return X.transpose(0, 1);
    }
}
