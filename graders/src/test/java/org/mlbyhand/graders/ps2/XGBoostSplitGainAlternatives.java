package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Alternative;

/**
 * Correct split gains written differently from core's ½[score_L + score_R − score] − γ with
 * score = G²/(H + λ), each of which the grader must accept.
 */
final class XGBoostSplitGainAlternatives {
    private XGBoostSplitGainAlternatives() {
    }

    static final List<Alternative<XGBoostSplitGainGrader.Gain>> ALL = List.of(
            new Alternative<>("from the leaf weights: ½[−G_L·w_L − G_R·w_R + G·w] − γ, w = −G/(H + λ)",
                    XGBoostSplitGainAlternatives::fromWeights),
            new Alternative<>("the objective G·w + ½(H + λ)w² of each leaf at its best weight: parent − children − γ",
                    XGBoostSplitGainAlternatives::fromObjectives));

    private static double fromWeights(double GL, double HL, double GR, double HR, double lambda, double gamma) {
        NewtonInputs.split(GL, HL, GR, HR, lambda, gamma);
        double wL = -GL / (HL + lambda);
        double wR = -GR / (HR + lambda);
        double w = -(GL + GR) / (HL + HR + lambda);
        return 0.5 * (-GL * wL - GR * wR + (GL + GR) * w) - gamma;
    }

    private static double fromObjectives(double GL, double HL, double GR, double HR, double lambda, double gamma) {
        NewtonInputs.split(GL, HL, GR, HR, lambda, gamma);
        double parent = objectiveAtBest(GL + GR, HL + HR, lambda);
        double children = objectiveAtBest(GL, HL, lambda) + objectiveAtBest(GR, HR, lambda);
        return parent - children - gamma;
    }

    /** G·w + ½(H + λ)·w² at w = −G/(H + λ). */
    private static double objectiveAtBest(double G, double H, double lambda) {
        double w = -G / (H + lambda);
        return G * w + 0.5 * (H + lambda) * w * w;
    }
}
