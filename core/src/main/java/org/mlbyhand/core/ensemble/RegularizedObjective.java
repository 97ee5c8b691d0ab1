package org.mlbyhand.core.ensemble;

/**
 * XGBoost's regularised objective for one new tree, and the two numbers the tree builder reads from
 * it: the best weight of a leaf and the gain of a split. With the gradient pairs gᵢ, hᵢ of the loss at
 * the current predictions ({@link GradientPairs}), a tree with T leaves and weights w, and G, H the
 * sums of gᵢ and hᵢ over the rows of a leaf:
 * <pre>{@code
 *   objective = Σᵢ l(yᵢ, ŷᵢ + f(xᵢ)) + γ·T + ½λ‖w‖²
 *             ≈ const + Σ_leaves [ G·w + ½(H + λ)·w² ] + γ·T       second-order Taylor expansion in f
 *   w*        = −G / (H + λ)                                        each leaf's parabola at its minimum
 *   objective(w*) = const − ½ Σ_leaves G² / (H + λ) + γ·T
 *   gain      = ½ [ G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ) ] − γ     G = G_L + G_R, H = H_L + H_R
 * }</pre>
 * The gain is how much splitting one leaf into two lowers the objective: the two new parabola minima
 * replace the old one, and the extra leaf costs γ. It is the paper's equation (7) (Chen &amp; Guestrin,
 * 2016). The leaf weight is the Newton step: the loss's slope G over its curvature H, shrunk by λ.
 *
 * <p><b>XGBoost.</b> XGBoost's code compares its split "loss change" without the ½ and without γ,
 * Δ = G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ), against {@code gamma} (its {@code min_split_loss}):
 * so XGBoost's {@code gamma} is twice the γ of this objective (dmlc/xgboost issue #2283). Our
 * {@code gamma} is the objective's γ; to reproduce an XGBoost model, give XGBoost {@code 2·gamma}. Its
 * tree dumps report Δ as the split's "gain".
 */
public final class RegularizedObjective {
    private RegularizedObjective() {
    }

    /**
     * Returns the optimal weight of a leaf, w* = −G/(H + λ), before the learning rate η scales it.
     *
     * @param G      the sum of the gradients gᵢ over the leaf's rows, finite
     * @param H      the sum of the hessians hᵢ (≥ 0) over the leaf's rows, finite
     * @param lambda λ ≥ 0, the ℓ2 penalty on leaf weights
     * @return −G/(H + λ); 0 when G = 0. Accurate to 1 ulp (one division).
     * @throws IllegalArgumentException if an argument is not finite, or H + λ ≤ 0 (no curvature: the
     *                                  parabola has no minimum)
     */
    public static double leafWeight(double G, double H, double lambda) {
        check("leafWeight", G, H, lambda);
        return -G / (H + lambda);
    }

    /**
     * Returns the objective's decrease when a leaf is split into a left part (G_L, H_L) and a right
     * part (G_R, H_R):
     * <pre>{@code
     *   gain = ½ [ G_L²/(H_L + λ) + G_R²/(H_R + λ) − (G_L + G_R)²/(H_L + H_R + λ) ] − γ
     * }</pre>
     * With λ = 0 the bracket is never negative; with λ &gt; 0 it can be (each child is shrunk by λ on its
     * own), and a split is worth making only when the gain is positive. Accuracy: each term to a few
     * ulps; the bracket is a difference and loses digits when the split barely helps.
     *
     * @param GL     the sum of the gradients left of the split, finite
     * @param HL     the sum of the hessians left of the split, ≥ 0, finite
     * @param GR     the sum of the gradients right of the split, finite
     * @param HR     the sum of the hessians right of the split, ≥ 0, finite
     * @param lambda λ ≥ 0
     * @param gamma  γ ≥ 0, the cost of one more leaf
     * @throws IllegalArgumentException if an argument is not finite, λ or γ is negative, or H_L + λ or
     *                                  H_R + λ is ≤ 0
     */
    public static double splitGain(double GL, double HL, double GR, double HR, double lambda, double gamma) {
        check("splitGain", GL, HL, lambda);
        check("splitGain", GR, HR, lambda);
        if (!(gamma >= 0.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("splitGain: gamma must be finite and ≥ 0, got " + gamma);
        }
        double G = GL + GR;
        double H = HL + HR;
        return 0.5 * (score(GL, HL, lambda) + score(GR, HR, lambda) - score(G, H, lambda)) - gamma;
    }

    /** Returns G²/(H + λ): twice the objective decrease that a leaf with these sums earns at w*. */
    static double score(double G, double H, double lambda) {
        return G * G / (H + lambda);
    }

    private static void check(String op, double G, double H, double lambda) {
        if (!Double.isFinite(G) || !Double.isFinite(H) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException(op + ": G = " + G + ", H = " + H + ", lambda = " + lambda
                    + "; every argument must be finite");
        }
        if (lambda < 0.0) {
            throw new IllegalArgumentException(op + ": lambda must be finite and ≥ 0, got " + lambda);
        }
        if (!(H + lambda > 0.0)) {
            throw new IllegalArgumentException(op + ": H + lambda = " + (H + lambda)
                    + " is not positive; a leaf needs curvature (H > 0 or lambda > 0)");
        }
    }
}
