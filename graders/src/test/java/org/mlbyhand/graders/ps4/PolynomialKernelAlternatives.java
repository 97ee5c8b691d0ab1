package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.graders.ps4.PolynomialKernelGrader.Poly;
import org.mlbyhand.grading.Alternative;

/**
 * Correct polynomial kernels that take the power otherwise than the reference's repeated squaring, each
 * of which the grader must accept: {@code Math.pow}, a plain loop of multiplications, and a recursion on
 * the degree with core's dot product, summed from the last feature.
 */
final class PolynomialKernelAlternatives {
    private PolynomialKernelAlternatives() {
    }

    static final List<Alternative<Poly>> ALL = List.of(
            new Alternative<>("Math.pow(γ·xᵀz + coef0, degree)", (x, z, d, g, c) -> {
                SvmInputs.polynomial("poly-kernel", x, z, d, g, c);
                return Math.pow(g * Vectors.dot(x, z) + c, d);
            }),
            new Alternative<>("a loop of degree multiplications from 1", (x, z, d, g, c) -> {
                SvmInputs.polynomial("poly-kernel", x, z, d, g, c);
                double base = g * PolynomialKernelBugs.dot(x, z) + c;
                double k = 1.0;
                for (int t = 0; t < d; t++) {
                    k *= base;
                }
                return k;
            }),
            new Alternative<>("xᵀz summed from the last feature, the power by recursion on the degree",
                    (x, z, d, g, c) -> {
                        SvmInputs.polynomial("poly-kernel", x, z, d, g, c);
                        double s = 0.0;
                        for (int j = x.length - 1; j >= 0; j--) {
                            s += z[j] * x[j];
                        }
                        return power(g * s + c, d);
                    }));

    private static double power(double base, int degree) {
        return degree == 0 ? 1.0 : base * power(base, degree - 1);
    }
}
