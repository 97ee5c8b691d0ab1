package org.mlbyhand.exercises.ps1;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · sigmoid — the logistic function σ(z), accurate and finite for every z.
 *
 * <p>The logistic sigmoid turns a score z into a probability:
 * <pre>{@code
 *   σ(z) = 1 / (1 + e^(−z))  =  e^z / (1 + e^z)
 *   σ(0) = 1/2,   σ(−z) = 1 − σ(z),   σ(+∞) = 1,   σ(−∞) = 0
 * }</pre>
 * The two forms are equal in exact arithmetic, but in doubles e^x overflows to +∞ for x &gt; 709.78.
 * Compute it so that no exponential overflows: choose the form by the sign of z, so that you only ever
 * evaluate e^(−|z|) ≤ 1. The answer must be correct to round-off <em>relative to σ(z) itself</em>, also
 * where σ(z) is tiny: σ(−40) ≈ 4.2e-18, and σ(z) stays a positive (subnormal) number down to z ≈ −745.
 * A NaN in gives a NaN out, as for {@code Math.exp}.
 *
 * <p>You need: {@code Math.exp}. Not core's {@code Activations}: its {@code sigmoid} is what you are
 * writing.
 *
 * <p>Classic traps: e^z/(1 + e^z) for every z is ∞/∞ = NaN once z &gt; 709; 1 − σ(−z) (or 1 − 1/(1 + e^z))
 * subtracts two numbers close to 1 and loses every digit of a small probability; 1/(1 + e^(−z)) for every z
 * turns e^(−z) into +∞ below z ≈ −709.78 and returns 0 where σ(z) is not yet 0; "σ(z) is 0 or 1 beyond ±30
 * anyway" is only true near 1 — a tiny σ(z) has all its digits however small it is.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=sigmoid}
 */
public final class Sigmoid {
    private Sigmoid() {
    }

    /**
     * Returns σ(z) = 1/(1 + e^(−z)).
     *
     * @param z any double: finite, ±∞ or NaN
     * @return σ(z) in [0, 1], correct to a few ulps relative; NaN if z is NaN
     */
    public static double sigmoid(double z) {
        // TODO: pick the form of σ by the sign of z, so that no exponential has a positive exponent.
        throw new NotImplementedYet("ps1 sigmoid");
    }
}
