package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the soft-threshold operator S(z, γ) = sign(z)·max(|z| − γ, 0), each a complete
 * implementation the grader must reject. The hand-picked cases separate them: S(3, 1) = 2 catches the
 * hard threshold alone (it keeps 3); S(0.5, 1) the missing clamp; S(−3, 1) = −2 gives 0, −4 and 2 for
 * the three ways of getting negative z wrong; S(−2.5, 0) the threshold that must be positive (it
 * throws); the tie S(1, 1) = 0 the chain of strict tests that falls through to "return z"; and S(NaN, 1)
 * and γ = −1 the last two, which are right everywhere else.
 */
final class SoftThresholdBugs {
    private SoftThresholdBugs() {
    }

    static final List<Bug<DoubleBinaryOperator>> ALL = List.of(
            new Bug<>("hard threshold: z kept whole when |z| > γ",
                    "that is the hard threshold, which keeps z or zeroes it. The soft threshold also shrinks"
                            + " what it keeps: a z above γ moves down by γ (S(3, 1) = 2), a z below −γ moves up"
                            + " by γ.",
                    (z, gamma) -> {
                        checkGamma(gamma);
                        return Math.abs(z) > gamma ? z : Double.isNaN(z) ? z : 0.0;
                    }),
            new Bug<>("|z| ≤ γ not clamped to 0",
                    "z − sign(z)·γ is right only while |z| > γ: for a small z it overshoots 0 and lands on the"
                            + " other side. When −γ ≤ z ≤ γ the answer is exactly 0; that is how the lasso zeroes"
                            + " coefficients.",
                    (z, gamma) -> {
                        checkGamma(gamma);
                        return z - Math.signum(z) * gamma;
                    }),
            new Bug<>("only the positive half: max(z − γ, 0)",
                    "max(z − γ, 0) handles z > γ but returns 0 for every negative z. A negative z below −γ"
                            + " moves up towards 0 by γ: S(−3, 1) = −2.",
                    (z, gamma) -> {
                        checkGamma(gamma);
                        return Math.max(z - gamma, 0.0);
                    }),
            new Bug<>("negative z shrunk the wrong way: z − γ",
                    "shrinking moves z towards 0: subtract γ from a positive z but add γ to a negative one"
                            + " (S(−3, 1) = −2, not −4).",
                    (z, gamma) -> {
                        checkGamma(gamma);
                        return Math.abs(z) > gamma ? z - gamma : Double.isNaN(z) ? z : 0.0;
                    }),
            new Bug<>("sign of z lost: max(|z| − γ, 0)",
                    "max(|z| − γ, 0) is the size of the answer, always ≥ 0; multiply it by the sign of z, so"
                            + " that a negative z stays negative (S(−3, 1) = −2).",
                    (z, gamma) -> {
                        checkGamma(gamma);
                        return Math.max(Math.abs(z) - gamma, 0.0);
                    }),
            new Bug<>("γ = 0 rejected",
                    "γ = 0 is a valid threshold: nothing is shrunk and S(z, 0) = z (the lasso with α = 0 is"
                            + " least squares). Reject only a negative or NaN γ: test !(γ >= 0), not !(γ > 0).",
                    (z, gamma) -> {
                        if (!(gamma > 0.0)) {
                            throw new IllegalArgumentException("soft-threshold: gamma must be > 0, got " + gamma);
                        }
                        return CoordinateDescent.softThreshold(z, gamma);
                    }),
            new Bug<>("|z| = γ falls through to return z",
                    "at the threshold itself, |z| = γ, the answer is exactly 0 (z − γ = 0 when z = γ). A chain of"
                            + " strict tests z > γ, z < −γ, |z| < γ misses that case, and a final 'return z' meant"
                            + " for NaN returns z there too: make one of the tests include the equality.",
                    (z, gamma) -> {
                        checkGamma(gamma);
                        if (Math.abs(z) < gamma) {
                            return 0.0;
                        }
                        return z > gamma ? z - gamma : z < -gamma ? z + gamma : z;
                    }),
            new Bug<>("NaN turned into 0",
                    "with z = NaN every comparison is false, so a chain of ifs falls through to the 'return 0'"
                            + " case and a missing value silently becomes a zero coefficient. Return z itself when"
                            + " it is NaN.",
                    (z, gamma) -> {
                        checkGamma(gamma);
                        return z > gamma ? z - gamma : z < -gamma ? z + gamma : 0.0;
                    }),
            new Bug<>("negative γ accepted",
                    "γ is a threshold and must be ≥ 0: with γ < 0 the formula pushes z away from 0 and no"
                            + " longer solves the minimisation. Throw IllegalArgumentException for γ < 0 and for"
                            + " γ = NaN (note that NaN < 0 is false: test !(γ >= 0)).",
                    (z, gamma) -> z > gamma ? z - gamma : z < -gamma ? z + gamma : Double.isNaN(z) ? z : 0.0));

    /** Throws IllegalArgumentException unless γ ≥ 0 (NaN fails), as core's softThreshold does. */
    static void checkGamma(double gamma) {
        if (!(gamma >= 0.0)) {
            throw new IllegalArgumentException("soft-threshold: gamma must be ≥ 0, got " + gamma);
        }
    }
}
