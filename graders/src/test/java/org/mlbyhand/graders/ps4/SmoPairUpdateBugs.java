package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.graders.ps4.SmoPairUpdateGrader.PairUpdate;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the SMO step, each a complete implementation the grader must reject: Platt's step
 * as the stub writes it, with one slip. The hand-picked cases are built so that each bug first fails on
 * a case where it gives an answer of its own: the interior step (case 1) catches the wrong sign of η (it
 * jumps to the bound), the missing yᵢyⱼ and yⱼ and the gradient taken for the error; the bounds written for αᵢ fail the second case
 * (αᵢ &lt; αⱼ, where they cut αⱼ' at 0.5 and every other bound leaves it); the clipped cases catch the
 * missing clip and the clip to [0, C]; the bounds of the other label case fail the first case already; the two cases of equal points catch a missing τ (0/0); and a step made inside the caller's α
 * is caught by the engine's check that inputs are not modified.
 */
final class SmoPairUpdateBugs {
    private SmoPairUpdateBugs() {
    }

    /** libsvm's τ, the curvature used when η ≤ 0. */
    static final double TAU = 1e-12;

    private enum Mistake {
        ETA_SIGN, NO_YIYJ, NO_YJ, GRADIENT_FOR_ERROR, NO_CLIP, BOX_ONLY, SWAPPED_BOUNDS, BOUNDS_FROM_ALPHA_I, NO_TAU,
        IN_PLACE
    }

    static final List<Bug<PairUpdate>> ALL = List.of(
            new Bug<>("η with the wrong sign: 2Kᵢⱼ − Kᵢᵢ − Kⱼⱼ",
                    "your step always lands on L or H, as if η were ≤ 0 and τ took over. η = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ ="
                            + " ‖φ(xᵢ) − φ(xⱼ)‖² is the curvature of the dual along the line, ≥ 0 (Platt's paper uses"
                            + " its negative, with the step's sign flipped to match).",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.ETA_SIGN)),
            new Bug<>("yᵢyⱼ forgotten in αᵢ's update",
                    "αᵢ comes back onto the line yᵢαᵢ + yⱼαⱼ = const: αᵢ' = αᵢ + yᵢyⱼ·(αⱼ − αⱼ'). With different labels"
                            + " (yᵢyⱼ = −1) αᵢ moves the same way as αⱼ, not the opposite way.",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.NO_YIYJ)),
            new Bug<>("yⱼ forgotten in αⱼ's step",
                    "the unconstrained step is αⱼ' = αⱼ + yⱼ·(Eᵢ − Eⱼ)/η, with yⱼ: for yⱼ = −1 it goes the other way.",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.NO_YJ)),
            new Bug<>("Gᵢ − Gⱼ taken for Eᵢ − Eⱼ",
                    "the errors are not the gradient: Gₜ = yₜ·(Eₜ − b), so Eᵢ − Eⱼ = yᵢGᵢ − yⱼGⱼ, each Gₜ multiplied"
                            + " by its own yₜ.",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.GRADIENT_FOR_ERROR)),
            new Bug<>("no clipping",
                    "the minimum along the line can lie outside the box: clip αⱼ' to [L, H] before computing αᵢ',"
                            + " which keeps both variables in [0, C].",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.NO_CLIP)),
            new Bug<>("clipped to [0, C] instead of [L, H]",
                    "[0, C] keeps αⱼ in the box, but αᵢ' = αᵢ + yᵢyⱼ(αⱼ − αⱼ') can still leave it. L and H are where"
                            + " the line meets the box for BOTH variables: yᵢ ≠ yⱼ: L = max(0, αⱼ − αᵢ), H = min(C, C + αⱼ"
                            + " − αᵢ); yᵢ = yⱼ: L = max(0, αᵢ + αⱼ − C), H = min(C, αᵢ + αⱼ).",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.BOX_ONLY)),
            new Bug<>("L and H of equal labels used for different labels, and vice versa",
                    "with different labels αᵢ − αⱼ stays fixed, so L = max(0, αⱼ − αᵢ), H = min(C, C + αⱼ − αᵢ); with"
                            + " equal labels αᵢ + αⱼ stays fixed, so L = max(0, αᵢ + αⱼ − C), H = min(C, αᵢ + αⱼ). Yours"
                            + " are the other way round.",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.SWAPPED_BOUNDS)),
            new Bug<>("L and H of different labels written for αᵢ",
                    "L and H bound αⱼ', the variable you clip: with different labels L = max(0, αⱼ − αᵢ) and"
                            + " H = min(C, C + αⱼ − αᵢ), αⱼ first. max(0, αᵢ − αⱼ) is αᵢ's bound.",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.BOUNDS_FROM_ALPHA_I)),
            new Bug<>("η = 0 not handled",
                    "two equal points make η = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ = 0, and 0/0 = NaN when their errors agree. Use"
                            + " η = τ = 1e-12 whenever η ≤ 0, as libsvm does.",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.NO_TAU)),
            new Bug<>("the step made inside the caller's α",
                    "your α' is right, but you wrote it into the α you were given, which comes back changed. Start"
                            + " from alpha.clone().",
                    (a, G, y, K, i, j, C) -> update(a, G, y, K, i, j, C, Mistake.IN_PLACE)));

    private static double[] update(double[] alpha, double[] G, int[] y, Matrix K, int i, int j, double C,
                                   Mistake mistake) {
        SvmInputs.pair("smo-pair", alpha, G, y, K, i, j);
        double eta = K.get(i, i) + K.get(j, j) - 2 * K.get(i, j);
        if (mistake == Mistake.ETA_SIGN) {
            eta = -eta;
        }
        if (eta <= 0 && mistake != Mistake.NO_TAU) {
            eta = TAU;
        }
        double dE = mistake == Mistake.GRADIENT_FOR_ERROR ? G[i] - G[j] : y[i] * G[i] - y[j] * G[j];
        double aj = alpha[j] + (mistake == Mistake.NO_YJ ? 1 : y[j]) * dE / eta;
        boolean different = (y[i] != y[j]) != (mistake == Mistake.SWAPPED_BOUNDS);
        double L;
        double H;
        if (mistake == Mistake.BOX_ONLY) {
            L = 0.0;
            H = C;
        } else if (different) {
            double shift = mistake == Mistake.BOUNDS_FROM_ALPHA_I ? alpha[i] - alpha[j] : alpha[j] - alpha[i];
            L = Math.max(0.0, shift);
            H = Math.min(C, C + shift);
        } else {
            L = Math.max(0.0, alpha[i] + alpha[j] - C);
            H = Math.min(C, alpha[i] + alpha[j]);
        }
        if (mistake != Mistake.NO_CLIP) {
            aj = Math.min(H, Math.max(L, aj));
        }
        double ai = alpha[i] + (mistake == Mistake.NO_YIYJ ? 1 : y[i] * y[j]) * (alpha[j] - aj);
        double[] next = mistake == Mistake.IN_PLACE ? alpha : alpha.clone();
        next[i] = ai;
        next[j] = aj;
        return next;
    }
}
