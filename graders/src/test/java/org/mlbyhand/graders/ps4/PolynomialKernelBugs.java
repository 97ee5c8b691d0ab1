package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.graders.ps4.PolynomialKernelGrader.Poly;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the polynomial kernel, each a complete implementation the grader must reject. On
 * the linear kernel's case (xᵀz = 2) only the extra multiplication shows (4); the case x = [1, 2],
 * z = [3, 1], degree 2, γ = 0.5, coef0 = 1 gives 12.25, and (0.5·6)² = 9 with γ on coef0 too,
 * 2.5² + 1 = 7.25 with coef0 outside the power, 6² = 36 with γ left out; the power through exp and log
 * is right for a positive base and NaN for the negative one of the fourth case. The last is right on
 * every valid input.
 */
final class PolynomialKernelBugs {
    private PolynomialKernelBugs() {
    }

    private enum Mistake {
        ONE_POWER_TOO_MANY, GAMMA_ON_COEF0, COEF0_OUTSIDE, NO_GAMMA, EXP_LOG
    }

    static final List<Bug<Poly>> ALL = List.of(
            new Bug<>("one multiplication too many: the power loop starts at the base",
                    "a power loop starts from 1 and multiplies by the base exactly degree times (so degree 0 gives 1)."
                            + " Starting from the base and multiplying degree times gives base^(degree + 1).",
                    (x, z, d, g, c) -> poly(x, z, d, g, c, Mistake.ONE_POWER_TOO_MANY)),
            new Bug<>("γ multiplies coef0 too: (γ·(xᵀz + coef0))^degree",
                    "γ scales the inner product only: the base is γ·xᵀz + coef0, with coef0 added after the"
                            + " multiplication by γ.",
                    (x, z, d, g, c) -> poly(x, z, d, g, c, Mistake.GAMMA_ON_COEF0)),
            new Bug<>("coef0 added after the power: (γ·xᵀz)^degree + coef0",
                    "coef0 goes inside the power: (γ·xᵀz + coef0)^degree. It is what brings in the monomials of lower"
                            + " degree.",
                    (x, z, d, g, c) -> poly(x, z, d, g, c, Mistake.COEF0_OUTSIDE)),
            new Bug<>("γ left out: (xᵀz + coef0)^degree",
                    "the kernel is (γ·xᵀz + coef0)^degree: multiply the inner product by γ before adding coef0 (γ = 1"
                            + " only in the linear kernel's case).",
                    (x, z, d, g, c) -> poly(x, z, d, g, c, Mistake.NO_GAMMA)),
            new Bug<>("power as exp(degree·log(base))",
                    "exp(degree·log(base)) is NaN for a negative base (the log of a negative number), but the base"
                            + " γ·xᵀz + coef0 is often negative and an integer power of it is fine: (−2)³ = −8. Use"
                            + " Math.pow(base, degree) or multiply degree times.",
                    (x, z, d, g, c) -> poly(x, z, d, g, c, Mistake.EXP_LOG)),
            new Bug<>("a negative degree accepted",
                    "the degree is a count of factors, ≥ 0: a negative one (Math.pow(b, −1) = 1/b) is not a"
                            + " polynomial kernel. Throw IllegalArgumentException for degree < 0.",
                    (x, z, d, g, c) -> {
                        SvmInputs.gamma("poly-kernel", g);
                        if (!Double.isFinite(c)) {
                            throw new IllegalArgumentException("poly-kernel: coef0 must be finite, got " + c);
                        }
                        SvmInputs.samePoints("poly-kernel", x, z);
                        return Math.pow(g * dot(x, z) + c, d);
                    }));

    private static double poly(double[] x, double[] z, int degree, double gamma, double coef0, Mistake mistake) {
        SvmInputs.polynomial("poly-kernel", x, z, degree, gamma, coef0);
        double s = dot(x, z);
        switch (mistake) {
            case ONE_POWER_TOO_MANY: {
                double base = gamma * s + coef0;
                double k = base;
                for (int t = 0; t < degree; t++) {
                    k *= base;
                }
                return k;
            }
            case GAMMA_ON_COEF0:
                return Math.pow(gamma * (s + coef0), degree);
            case COEF0_OUTSIDE:
                return Math.pow(gamma * s, degree) + coef0;
            case NO_GAMMA:
                return Math.pow(s + coef0, degree);
            default:
                return Math.exp(degree * Math.log(gamma * s + coef0));
        }
    }

    static double dot(double[] x, double[] z) {
        double s = 0.0;
        for (int j = 0; j < x.length; j++) {
            s += x[j] * z[j];
        }
        return s;
    }
}
