package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.graders.ps4.RbfKernelGrader.Rbf;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the RBF kernel, each a complete implementation the grader must reject. The first
 * hand-picked case, x = [0, 0], z = [2, 1], γ = 0.1 (‖x − z‖² = 5, k = e^(−0.5)), gives each of the first
 * five its own answer: e^(−0.1·√5) without the square, e^(−250) with γ read as a width σ, e^(+0.5) without
 * the minus, e^(−0.9) for the squared sum (−3)² and e^(−0.3) for the absolute differences. The last three
 * are right on every valid input and fail only the rejections, each a different one.
 */
final class RbfKernelBugs {
    private RbfKernelBugs() {
    }

    private enum Mistake {
        DISTANCE_NOT_SQUARED, GAMMA_AS_WIDTH, NO_MINUS, SQUARED_SUM, ABSOLUTE_DIFFERENCES
    }

    static final List<Bug<Rbf>> ALL = List.of(
            new Bug<>("‖x − z‖ instead of ‖x − z‖²",
                    "the RBF kernel uses the SQUARED distance, exp(−γ·Σⱼ(xⱼ − zⱼ)²): no square root. Only with the"
                            + " square does the kernel split into one factor per feature, and stay positive definite.",
                    (x, z, gamma) -> rbf(x, z, gamma, Mistake.DISTANCE_NOT_SQUARED)),
            new Bug<>("γ read as a width σ: exp(−‖x − z‖²/(2γ²))",
                    "exp(−‖x − z‖²/(2σ²)) is the same kernel written with a width σ; the argument here is γ itself,"
                            + " as scikit-learn's gamma: γ = 1/(2σ²) multiplies the squared distance, exp(−γ·‖x − z‖²).",
                    (x, z, gamma) -> rbf(x, z, gamma, Mistake.GAMMA_AS_WIDTH)),
            new Bug<>("minus sign missing: exp(+γ·‖x − z‖²)",
                    "your k grows with the distance and exceeds 1. The exponent is −γ·‖x − z‖²: k = 1 at distance 0"
                            + " and falls towards 0 as the points move apart.",
                    (x, z, gamma) -> rbf(x, z, gamma, Mistake.NO_MINUS)),
            new Bug<>("square of the summed difference: (Σⱼ (xⱼ − zⱼ))²",
                    "‖x − z‖² is the sum of the squared differences, Σⱼ (xⱼ − zⱼ)², not the square of their sum:"
                            + " square each difference inside the loop.",
                    (x, z, gamma) -> rbf(x, z, gamma, Mistake.SQUARED_SUM)),
            new Bug<>("absolute differences: Σⱼ |xⱼ − zⱼ|",
                    "Σⱼ |xⱼ − zⱼ| is the L1 distance, which makes the Laplacian kernel. The RBF kernel squares each"
                            + " difference: ‖x − z‖² = Σⱼ (xⱼ − zⱼ)².",
                    (x, z, gamma) -> rbf(x, z, gamma, Mistake.ABSOLUTE_DIFFERENCES)),
            new Bug<>("lengths not compared: the loop runs over x",
                    "x and z must have the same length p: throw ShapeMismatchException when they differ, before"
                            + " the loop (a loop over x.length reads past the end of a shorter z, or ignores the rest of"
                            + " a longer one).",
                    (x, z, gamma) -> {
                        SvmInputs.gamma("rbf-kernel", gamma);
                        double sum = 0.0;
                        for (int j = 0; j < x.length; j++) {
                            sum += (x[j] - z[j]) * (x[j] - z[j]);
                        }
                        return Math.exp(-gamma * sum);
                    }),
            new Bug<>("γ < 0 tested, which lets NaN through",
                    "every comparison with NaN is false, so γ < 0 does not catch γ = NaN. Test !(γ >= 0) (and that γ"
                            + " is finite) to reject NaN too.",
                    (x, z, gamma) -> {
                        if (gamma < 0 || Double.isInfinite(gamma)) {
                            throw new IllegalArgumentException("rbf-kernel: gamma must be ≥ 0, got " + gamma);
                        }
                        SvmInputs.samePoints("rbf-kernel", x, z);
                        return Math.exp(-gamma * squaredDistance(x, z));
                    }),
            new Bug<>("a negative γ accepted",
                    "γ must be ≥ 0: with γ < 0, k grows without bound with the distance and is no longer a kernel."
                            + " Throw IllegalArgumentException for a negative γ (and for NaN or ∞).",
                    (x, z, gamma) -> {
                        SvmInputs.samePoints("rbf-kernel", x, z);
                        return Math.exp(-gamma * squaredDistance(x, z));
                    }));

    private static double rbf(double[] x, double[] z, double gamma, Mistake mistake) {
        SvmInputs.gamma("rbf-kernel", gamma);
        SvmInputs.samePoints("rbf-kernel", x, z);
        double d2 = squaredDistance(x, z);
        switch (mistake) {
            case DISTANCE_NOT_SQUARED:
                return Math.exp(-gamma * Math.sqrt(d2));
            case GAMMA_AS_WIDTH:
                return Math.exp(-d2 / (2 * gamma * gamma));
            case NO_MINUS:
                return Math.exp(gamma * d2);
            case SQUARED_SUM: {
                double sum = 0.0;
                for (int j = 0; j < x.length; j++) {
                    sum += x[j] - z[j];
                }
                return Math.exp(-gamma * sum * sum);
            }
            default: {
                double sum = 0.0;
                for (int j = 0; j < x.length; j++) {
                    sum += Math.abs(x[j] - z[j]);
                }
                return Math.exp(-gamma * sum);
            }
        }
    }

    static double squaredDistance(double[] x, double[] z) {
        double sum = 0.0;
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - z[j];
            sum += d * d;
        }
        return sum;
    }
}
