package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.mlbyhand.grading.Alternative;

/**
 * Correct logistic sigmoids written differently from core's, each of which the grader must accept.
 * Every one evaluates only e^(−|z|) ≤ 1 (or a tanh that does not cancel), so all agree with core to a
 * few ulps relative; where σ(z) is subnormal (z &lt; −708.4) each reduces to its exponential e^z itself,
 * as core does, so the first three return core's bits there, and the last may be one subnormal ulp off.
 *
 * <p>The tanh form (1 + tanh(z/2))/2 for <em>every</em> z is not among them: for negative z it cancels
 * (σ(−20) loses half its digits, σ(−40) becomes 0), and {@link SigmoidBugs} lists it as a mistake.
 */
final class SigmoidAlternatives {
    private SigmoidAlternatives() {
    }

    static final List<Alternative<DoubleUnaryOperator>> ALL = List.of(
            new Alternative<>("σ(−|z|) = e^(−|z|)/(1 + e^(−|z|)) once, then 1 minus it for z ≥ 0",
                    SigmoidAlternatives::complementOfLowerHalf),
            new Alternative<>("e^(−softplus(−z)), with softplus(x) = max(x, 0) + log1p(e^(−|x|))",
                    z -> Math.exp(-softplus(-z))),
            new Alternative<>("(1 + tanh(z/2))/2 for z ≥ 0, where nothing cancels; e^z/(1 + e^z) below",
                    z -> z >= 0 ? 0.5 * (1.0 + Math.tanh(z / 2)) : Math.exp(z) / (1.0 + Math.exp(z))),
            new Alternative<>("core's two forms with StrictMath.exp (fdlibm), which is one ulp off Math.exp at times",
                    z -> z >= 0 ? 1.0 / (1.0 + StrictMath.exp(-z)) : StrictMath.exp(z) / (1.0 + StrictMath.exp(z))));

    /** s = σ(−|z|) ≤ 1/2 has all its digits; 1 − s ≥ 1/2 loses none. */
    private static double complementOfLowerHalf(double z) {
        double e = Math.exp(-Math.abs(z));
        double s = e / (1.0 + e);
        return z >= 0 ? 1.0 - s : s;
    }

    /** log(1 + e^x) without overflow. */
    private static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
