package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in XGBoost's split gain, each a complete implementation the grader must reject. On
 * G_L = 2, G_R = −2, H_L = H_R = 1, λ = γ = 0 (gain 4) the missing ½ gives 8, the parent as
 * (G_L² + G_R²)/(H + λ) gives 2, the reversed sign −4; γ and λ are 0 there, so their mistakes fail on
 * G_L = 3, H_L = 2, G_R = 1, H_R = 2, λ = 1, γ = ½ (gain −13/30): without γ 1/15, γ inside the ½
 * −11/60, λ twice in the parent −1/6, λ nowhere 0.
 */
final class XGBoostSplitGainBugs {
    private XGBoostSplitGainBugs() {
    }

    private enum Mistake { NO_HALF, SUM_OF_SQUARES, SIGN, NO_GAMMA, GAMMA_INSIDE, LAMBDA_TWICE, NO_LAMBDA }

    static final List<Bug<XGBoostSplitGainGrader.Gain>> ALL = List.of(
            new Bug<>("½ forgotten",
                    "each leaf at its best weight lowers the objective by ½·G²/(H + λ), so the bracket is halved."
                            + " (XGBoost's code compares the bracket without the ½ with its own gamma, which is why"
                            + " its gamma is twice this γ.)",
                    (GL, HL, GR, HR, l, g) -> gain(GL, HL, GR, HR, l, g, Mistake.NO_HALF)),
            new Bug<>("parent's numerator G_L² + G_R²",
                    "the parent is one leaf with gradient sum G = G_L + G_R: its score is (G_L + G_R)²/(H + λ),"
                            + " the square of the sum. Gradients of opposite signs cancel there, which is why"
                            + " splitting them apart gains.",
                    (GL, HL, GR, HR, l, g) -> gain(GL, HL, GR, HR, l, g, Mistake.SUM_OF_SQUARES)),
            new Bug<>("children and parent swapped",
                    "the gain is what the split saves: the children's scores minus the parent's,"
                            + " G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ), so a useful split has a positive gain.",
                    (GL, HL, GR, HR, l, g) -> gain(GL, HL, GR, HR, l, g, Mistake.SIGN)),
            new Bug<>("γ forgotten",
                    "every leaf costs γ in the objective, and a split adds one: subtract γ from the halved bracket.",
                    (GL, HL, GR, HR, l, g) -> gain(GL, HL, GR, HR, l, g, Mistake.NO_GAMMA)),
            new Bug<>("γ inside the ½",
                    "only the bracket of leaf scores is halved; the price of the extra leaf, γ, is subtracted"
                            + " whole: ½[...] − γ, not ½[... − γ].",
                    (GL, HL, GR, HR, l, g) -> gain(GL, HL, GR, HR, l, g, Mistake.GAMMA_INSIDE)),
            new Bug<>("λ twice in the parent",
                    "the parent is one leaf, with one penalty: its hessian sum is H_L + H_R, plus λ once.",
                    (GL, HL, GR, HR, l, g) -> gain(GL, HL, GR, HR, l, g, Mistake.LAMBDA_TWICE)),
            new Bug<>("λ forgotten",
                    "each leaf's score is G²/(H + λ): the penalty ½λw² adds λ to every leaf's curvature, the two"
                            + " children's and the parent's alike.",
                    (GL, HL, GR, HR, l, g) -> gain(GL, HL, GR, HR, l, g, Mistake.NO_LAMBDA)));

    private static double gain(double GL, double HL, double GR, double HR, double lambda, double gamma,
                               Mistake mistake) {
        NewtonInputs.split(GL, HL, GR, HR, lambda, gamma);
        lambda = mistake == Mistake.NO_LAMBDA ? 0.0 : lambda;
        double left = GL * GL / (HL + lambda);
        double right = GR * GR / (HR + lambda);
        double parentNumerator = mistake == Mistake.SUM_OF_SQUARES ? GL * GL + GR * GR : (GL + GR) * (GL + GR);
        double parent = parentNumerator / (HL + HR + (mistake == Mistake.LAMBDA_TWICE ? 2 * lambda : lambda));
        double bracket = mistake == Mistake.SIGN ? parent - left - right : left + right - parent;
        switch (mistake) {
            case NO_HALF:
                return bracket - gamma;
            case NO_GAMMA:
                return 0.5 * bracket;
            case GAMMA_INSIDE:
                return 0.5 * (bracket - gamma);
            default:
                return 0.5 * bracket - gamma;
        }
    }
}
