package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the logistic sigmoid, each a complete implementation the grader must reject.
 * Most agree with σ to round-off on ordinary z and fail only where an exponential overflows or a
 * difference cancels, so each is caught by its own hand-picked z: σ(2) (wrong tanh factor, float
 * arithmetic), σ(−2) (the sign of z lost), σ(−20) (cancellation, which still returns a non-zero but
 * wrong number), σ(−40) (early clamping), σ(710) (e^z/(1 + e^z) is NaN), σ(−710) (1/(1 + e^(−z))).
 * Several return exactly 0 for very negative z: at σ(−40) the clamp, the cancellation and the tanh
 * form, at σ(−710) all four; a hint goes to the first bug in this list that gives the learner's answer,
 * so the bug each of those checks is there to catch comes first, and the ones caught earlier (by σ(2),
 * σ(−2) and σ(−20)) come last. The two cancelling forms both miss σ(−20), but with different wrong
 * digits.
 */
final class SigmoidBugs {
    private SigmoidBugs() {
    }

    /** Where the clamping bug gives up: |z| beyond this is treated as saturated. */
    private static final double CLAMP = 30;

    static final List<Bug<DoubleUnaryOperator>> ALL = List.of(
            new Bug<>("1/(1 + e^(−z)) for every z",
                    "for z < −709.78, e^(−z) overflows to +∞ and 1/(1 + ∞) is 0, although σ(z) is still a positive"
                            + " number (down to the smallest double, 4.9e-324, at z = −745). For z < 0 use"
                            + " e^z/(1 + e^z), whose exponential is at most 1 and underflows gracefully.",
                    z -> 1.0 / (1.0 + Math.exp(-z))),
            new Bug<>("σ clamped to 0 and 1 beyond |z| = 30",
                    "σ(z) does round to 1 for large positive z, but for negative z it is a small number, not 0:"
                            + " σ(−40) ≈ 4.25e-18 has all its digits. Do not cut the range short; a form that only"
                            + " evaluates e^(−|z|) is accurate everywhere.",
                    z -> z > CLAMP ? 1.0 : z < -CLAMP ? 0.0 : z >= 0 ? 1.0 / (1.0 + Math.exp(-z))
                            : Math.exp(z) / (1.0 + Math.exp(z))),
            new Bug<>("1 − 1/(1 + e^z): cancellation for negative z",
                    "for negative z, σ(z) is small and 1/(1 + e^z) is close to 1: subtracting it from 1 keeps only"
                            + " the last few bits of a number near 1, so a probability like σ(−20) ≈ 2.06e-9 loses"
                            + " most of its digits (and σ(−40) becomes 0). Compute the small value directly, from"
                            + " e^z, instead of as 1 minus something.",
                    z -> 1.0 - 1.0 / (1.0 + Math.exp(z))),
            new Bug<>("e^z/(1 + e^z) for every z",
                    "e^z overflows to +∞ once z > 709.78, and ∞/(1 + ∞) is NaN. For z ≥ 0 use the other form,"
                            + " 1/(1 + e^(−z)), whose exponential is at most 1.",
                    z -> Math.exp(z) / (1.0 + Math.exp(z))),
            new Bug<>("tanh form with the wrong factor",
                    "σ(z) = (1 + tanh(z/2))/2: the argument of tanh is half the score. Check your formula at z = 2,"
                            + " where σ(2) = 1/(1 + e^(−2)) ≈ 0.8808.",
                    z -> 0.5 * (1.0 + Math.tanh(z))),
            new Bug<>("(1 + tanh(z/2))/2: cancellation for negative z",
                    "the tanh form is exact on paper, but for negative z, tanh(z/2) is close to −1 and 1 + tanh(z/2)"
                            + " keeps only the last bits of a number near 1: σ(−20) ≈ 2.06e-9 loses half its digits,"
                            + " and σ(−40) becomes 0. Compute a small σ(z) from e^z directly.",
                    z -> 0.5 * (1.0 + Math.tanh(z / 2))),
            new Bug<>("σ(|z|): the sign of z lost",
                    "for z < 0, σ(z) is below 1/2: σ(−2) = 1 − σ(2) ≈ 0.1192, yet your answer is σ(|z|). Using"
                            + " e^(−|z|) is right, but for negative z it belongs in the numerator as well:"
                            + " σ(z) = e^z/(1 + e^z).",
                    z -> 1.0 / (1.0 + Math.exp(-Math.abs(z)))),
            new Bug<>("computed in float",
                    "your σ(z) has only about 7 correct digits, the precision of a float. Compute in double"
                            + " throughout: double variables and literals, no (float) casts.",
                    SigmoidBugs::inFloat));

    /** The stable form, but in single precision. */
    private static double inFloat(double z) {
        if (z >= 0) {
            return 1f / (1f + (float) Math.exp(-z));
        }
        float e = (float) Math.exp(z);
        return e / (1f + e);
    }
}
