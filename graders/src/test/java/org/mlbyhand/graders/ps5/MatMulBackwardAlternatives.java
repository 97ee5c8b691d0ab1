package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.graders.ps5.Signatures.MatMulRule;
import org.mlbyhand.grading.Alternative;

/** Correct backwards of a matrix product written differently from core's rule, each of which the grader must accept. */
final class MatMulBackwardAlternatives {
    private MatMulBackwardAlternatives() {
    }

    static final List<Alternative<MatMulRule>> ALL = List.of(
            new Alternative<>("index loops: ∂L/∂A_ip = Σⱼ G_ij·B_pj, ∂L/∂B_pj = Σᵢ A_ip·G_ij", (A, B, G) -> {
                int m = A.size(0);
                int k = A.size(1);
                int n = B.size(1);
                double[] dA = new double[m * k];
                double[] dB = new double[k * n];
                for (int i = 0; i < m; i++) {
                    for (int p = 0; p < k; p++) {
                        for (int j = 0; j < n; j++) {
                            dA[i * k + p] += G.get(i, j) * B.get(p, j);
                            dB[p * n + j] += A.get(i, p) * G.get(i, j);
                        }
                    }
                }
                return new Tensor[] {Tensors.fromArray(dA, m, k), Tensors.fromArray(dB, k, n)};
            }),
            new Alternative<>("core's Matrix: G·Bᵀ and Aᵀ·G by Matrix.multiply and transpose", (A, B, G) -> {
                Matrix a = A.toMatrix();
                Matrix b = B.toMatrix();
                Matrix g = G.toMatrix();
                return new Tensor[] {Tensors.fromMatrix(g.multiply(b.transpose())),
                        Tensors.fromMatrix(a.transpose().multiply(g))};
            }),
            new Alternative<>("tensor ops: G.matmul(Bᵀ) and Aᵀ.matmul(G)", (A, B, G) -> new Tensor[] {
                    G.matmul(B.transpose(0, 1)), A.transpose(0, 1).matmul(G)}));
}
