package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.mlbyhand.grading.Alternative;

/**
 * Correct soft thresholds written without the reference's three branches. Each is exact: where the
 * answer is not 0 it is one subtraction z ∓ γ, and where it is 0 it is 0 (possibly −0, which equals 0);
 * NaN propagates through Math.signum, Math.max and Math.min.
 */
final class SoftThresholdAlternatives {
    private SoftThresholdAlternatives() {
    }

    static final List<Alternative<DoubleBinaryOperator>> ALL = List.of(
            new Alternative<>("sign(z)·max(|z| − γ, 0)", (z, gamma) -> {
                SoftThresholdBugs.checkGamma(gamma);
                return Math.signum(z) * Math.max(Math.abs(z) - gamma, 0.0);
            }),
            new Alternative<>("z minus z clipped to [−γ, γ]", (z, gamma) -> {
                SoftThresholdBugs.checkGamma(gamma);
                return z - Math.max(-gamma, Math.min(z, gamma));
            }),
            new Alternative<>("max(z − γ, 0) + min(z + γ, 0): the two halves added", (z, gamma) -> {
                SoftThresholdBugs.checkGamma(gamma);
                return Math.max(z - gamma, 0.0) + Math.min(z + gamma, 0.0);
            }));
}
