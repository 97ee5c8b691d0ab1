package org.mlbyhand.exercises.ps5;

import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS5 · matmul-bwd — the local backward of C = A·B: the gradients of both factors.
 *
 * <pre>{@code
 *   C = A·B                 A (m, k), B (k, n), C (m, n), G = ∂L/∂C (m, n)
 *   ∂L/∂A = G·Bᵀ            (m, n)·(n, k) = (m, k)
 *   ∂L/∂B = Aᵀ·G            (k, m)·(m, n) = (k, n)
 * }</pre>
 * Entry by entry: C_ij = Σₚ A_ip·B_pj, so A_ip reaches every C_ij of row i with weight B_pj, and
 * ∂L/∂A_ip = Σⱼ G_ij·B_pj. Let the shapes guide you: each gradient has its factor's shape, and only one
 * arrangement of G and the other factor gives it. The grader plugs your rule into core's engine for
 * matmul (2-d products), as in a two-layer network, and for A·A, where core adds your two gradients.
 *
 * <p>Arguments (not modified): A (m, k), B (k, n), G (m, n), all 2-d. Return {∂L/∂A, ∂L/∂B}. You may use
 * {@code Tensor.matmul} and {@code transpose}, or loops with {@code get} and {@code Tensors.fromArray}.
 *
 * <p>Do not use core's {@code MatMul} rule, nor the engine's {@code backward}, {@code grad} or
 * {@code gradFn}.
 *
 * <p>Classic traps: a missing transpose (G·B, A·G: wrong shapes, or wrong values when all are square);
 * the factors in the wrong order (Bᵀ·G); the two gradients swapped.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=matmul-bwd}
 */
public final class MatMulBackward {
    private MatMulBackward() {
    }

    /**
     * Returns {∂L/∂A, ∂L/∂B} for C = A·B.
     *
     * @param A the left factor, (m, k) (not modified)
     * @param B the right factor, (k, n) (not modified)
     * @param G ∂L/∂C, (m, n) (not modified)
     * @return {@code {G·Bᵀ, Aᵀ·G}}
     */
    public static Tensor[] grads(Tensor A, Tensor B, Tensor G) {
        // TODO: each gradient has its factor's shape.
        throw new NotImplementedYet("ps5 matmul-bwd");
    }
}
