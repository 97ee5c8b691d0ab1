package org.mlbyhand.graders.ps2;

import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The input checks of the XGBoost exercises, as core's {@code RegularizedObjective} makes them, for
 * their bugs and correct alternatives (so that a bug fails only where its mistake shows), and the sums
 * of gradient pairs in index order.
 */
final class NewtonInputs {
    private NewtonInputs() {
    }

    /** The checks of a leaf's weight: g and h of one length, then {@link #leaf} on their sums. */
    static void rows(double[] g, double[] h, double lambda) {
        if (g.length != h.length) {
            throw new ShapeMismatchException("leafWeight: g has length " + g.length + ", h has length " + h.length);
        }
        leaf("leafWeight", sum(g), sum(h), lambda);
    }

    /** The checks of one leaf's sums: G, H and λ finite, λ ≥ 0, H + λ &gt; 0. */
    static void leaf(String who, double G, double H, double lambda) {
        if (!Double.isFinite(G) || !Double.isFinite(H) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException(who + ": G = " + G + ", H = " + H + ", lambda = " + lambda);
        }
        if (lambda < 0.0) {
            throw new IllegalArgumentException(who + ": lambda = " + lambda + " is negative");
        }
        if (!(H + lambda > 0.0)) {
            throw new IllegalArgumentException(who + ": H + lambda = " + (H + lambda) + " is not positive");
        }
    }

    /** The checks of a split's gain: both leaves, and γ finite and ≥ 0. */
    static void split(double GL, double HL, double GR, double HR, double lambda, double gamma) {
        leaf("splitGain", GL, HL, lambda);
        leaf("splitGain", GR, HR, lambda);
        if (!(gamma >= 0.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("splitGain: gamma = " + gamma);
        }
    }

    /** Σᵢ vᵢ in index order. */
    static double sum(double[] v) {
        double s = 0.0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
