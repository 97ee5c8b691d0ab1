package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.graders.ps4.RbfKernelGrader.Rbf;
import org.mlbyhand.grading.Alternative;

/**
 * Correct RBF kernels computed otherwise than the reference's loop over (xⱼ − zⱼ)², each of which the
 * grader must accept: the expansion through norms and a dot product (what a vectorised Gram matrix
 * does, with its cancellation), a product of one exponential per feature, and core's vector helpers.
 */
final class RbfKernelAlternatives {
    private RbfKernelAlternatives() {
    }

    static final List<Alternative<Rbf>> ALL = List.of(
            new Alternative<>("‖x − z‖² expanded as ‖x‖² − 2xᵀz + ‖z‖²", (x, z, gamma) -> {
                SvmInputs.gamma("rbf-kernel", gamma);
                SvmInputs.samePoints("rbf-kernel", x, z);
                double xx = 0.0;
                double zz = 0.0;
                double xz = 0.0;
                for (int j = 0; j < x.length; j++) {
                    xx += x[j] * x[j];
                    zz += z[j] * z[j];
                    xz += x[j] * z[j];
                }
                return Math.exp(-gamma * (xx - 2 * xz + zz));
            }),
            new Alternative<>("one factor per feature: Πⱼ exp(−γ·(xⱼ − zⱼ)²)", (x, z, gamma) -> {
                SvmInputs.gamma("rbf-kernel", gamma);
                SvmInputs.samePoints("rbf-kernel", x, z);
                double k = 1.0;
                for (int j = 0; j < x.length; j++) {
                    k *= Math.exp(-gamma * (x[j] - z[j]) * (x[j] - z[j]));
                }
                return k;
            }),
            new Alternative<>("d = x − z with core's Vectors, then exp(−γ·dᵀd)", (x, z, gamma) -> {
                SvmInputs.gamma("rbf-kernel", gamma);
                SvmInputs.samePoints("rbf-kernel", x, z);
                double[] d = Vectors.subtract(x, z);
                return Math.exp(-gamma * Vectors.dot(d, d));
            }));
}
