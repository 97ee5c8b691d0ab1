package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.ensemble.RegularizedObjective;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code XGBoostSplitGain}: ½[G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ)] − γ, against core's
 * {@link RegularizedObjective#splitGain}. The gain is a difference of leaf scores, and a correct
 * formula written another way (from the leaf weights, from the objectives) differs from core's by
 * round-off of those scores, not of the gain: so the random splits keep
 * |gain| ≥ {@value #MIN_GAIN_SHARE}·(score_L + score_R + score + γ), which makes any correct form agree
 * to {@link Tolerance#ROUNDOFF} relative to the gain itself. Splits that gain exactly 0 are hand-picked
 * (judged on the scale of the inputs).
 */
public final class XGBoostSplitGainGrader extends Grader<XGBoostSplitGainGrader.Gain> {
    static final double MIN_GAIN_SHARE = 1e-2;
    private static final CaseGen SPLITS = CaseGen.create().scalar("GL", -3, 3).scalar("HL", 0, 3)
            .scalar("GR", -3, 3).scalar("HR", 0, 3).scalar("lambda", 0, 2).scalar("gamma", 0, 1)
            .require("both leaves have curvature: H_L + λ ≥ 0.05 and H_R + λ ≥ 0.05",
                    c -> c.scalar("HL") + c.scalar("lambda") >= 0.05 && c.scalar("HR") + c.scalar("lambda") >= 0.05)
            .require("the gain does not cancel to a few ulps of the scores", c -> {
                double[] s = scores(c.scalar("GL"), c.scalar("HL"), c.scalar("GR"), c.scalar("HR"), c.scalar("lambda"));
                double gain = 0.5 * (s[0] + s[1] - s[2]) - c.scalar("gamma");
                return Math.abs(gain) >= MIN_GAIN_SHARE * (s[0] + s[1] + s[2] + c.scalar("gamma"));
            });

    /** The exercise's signature: {@code splitGain(GL, HL, GR, HR, lambda, gamma)}. */
    @FunctionalInterface
    public interface Gain {
        /** Returns ½[G_L²/(H_L + λ) + G_R²/(H_R + λ) − (G_L + G_R)²/(H_L + H_R + λ)] − γ. */
        double splitGain(double GL, double HL, double GR, double HR, double lambda, double gamma);
    }

    @Override
    public Exercise exercise() {
        return exercise(120, "xgb-gain", "XGBoost split gain", 15);
    }

    @Override
    public Gain reference() {
        return RegularizedObjective::splitGain;
    }

    @Override
    public List<Bug<Gain>> bugs() {
        return XGBoostSplitGainBugs.ALL;
    }

    @Override
    public List<Alternative<Gain>> alternatives() {
        return XGBoostSplitGainAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(RegularizedObjective.class));
    }

    @Override
    public Object call(Gain gain, Case c) {
        return gain.splitGain(c.scalar("GL"), c.scalar("HL"), c.scalar("GR"), c.scalar("HR"), c.scalar("lambda"),
                c.scalar("gamma"));
    }

    @Override
    public String output() {
        return "gain";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("λ = γ = 0: G_L = 2, H_L = 1, G_R = −2, H_R = 1 give ½(4/1 + 4/1 − 0²/2) = 4",
                        split(2, 1, -2, 1, 0, 0), Tolerance.ROUNDOFF)
                .agrees("λ = 1, γ = ½: G_L = 3, H_L = 2, G_R = 1, H_R = 2 give ½(9/3 + 1/3 − 16/5) − ½ = −13/30, not"
                        + " worth a leaf", split(3, 2, 1, 2, 1, 0.5), Tolerance.ROUNDOFF)
                .agrees("both sides want the same weight (G/(H + λ) = 1 each, λ = 0): the split gains exactly 0",
                        split(1, 1, 2, 2, 0, 0), Tolerance.ROUNDOFF)
                .agrees("γ alone: an empty-handed split, G_L = G_R = 0, H_L = H_R = 1, λ = 1, γ = 0.3, gains −0.3",
                        split(0, 1, 0, 1, 1, 0.3), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random splits", SPLITS, Tolerance.ROUNDOFF)
                .holds("gain + γ = objective of the parent leaf − objectives of the two leaves, each"
                        + " G·w + ½(H + λ)·w² at its best weight w = −G/(H + λ)", SPLITS,
                        XGBoostSplitGainGrader::objectiveDecrease)
                .holds("with λ = 0 a split never raises the training loss: gain + γ ≥ 0", SPLITS,
                        XGBoostSplitGainGrader::neverWorseWithoutLambda)
                .rejects("rejects a leaf without curvature: H_L = 0 with λ = 0", split(1, 0, 1, 1, 0, 0),
                        IllegalArgumentException.class)
                .rejects("rejects a negative λ", split(1, 1, 1, 1, -1, 0), IllegalArgumentException.class)
                .rejects("rejects a negative γ", split(1, 1, 1, 1, 1, -0.5), IllegalArgumentException.class)
                .rejects("rejects a NaN gradient sum", split(Double.NaN, 1, 1, 1, 1, 0), IllegalArgumentException.class)
                .rejects("rejects γ = +∞", split(1, 1, 1, 1, 1, Double.POSITIVE_INFINITY),
                        IllegalArgumentException.class);
    }

    private static void objectiveDecrease(Case c, Invariant.Run run) {
        double gain = number(run.on(c));
        double GL = c.scalar("GL");
        double HL = c.scalar("HL");
        double GR = c.scalar("GR");
        double HR = c.scalar("HR");
        double lambda = c.scalar("lambda");
        double decrease = objectiveAtBest(GL + GR, HL + HR, lambda) - objectiveAtBest(GL, HL, lambda)
                - objectiveAtBest(GR, HR, lambda);
        Expect.close("gain + γ, which must be the objective's decrease " + MatrixFormat.number(decrease)
                + " (your gain is " + MatrixFormat.number(gain) + ")", decrease, gain + c.scalar("gamma"),
                Tolerance.ROUNDOFF);
    }

    private static void neverWorseWithoutLambda(Case c, Invariant.Run run) {
        double HL = c.scalar("HL");
        double HR = c.scalar("HR");
        if (HL < 0.05 || HR < 0.05) {
            return;
        }
        Case noPenalty = split(c.scalar("GL"), HL, c.scalar("GR"), HR, 0, c.scalar("gamma"));
        double gain = number(run.on(noPenalty));
        double[] s = scores(c.scalar("GL"), HL, c.scalar("GR"), HR, 0);
        double slack = Tolerance.ROUNDOFF.relative() * (s[0] + s[1] + s[2]);
        Expect.that(gain + c.scalar("gamma") >= -slack, "with λ = 0, G_L = " + MatrixFormat.number(c.scalar("GL"))
                + ", H_L = " + MatrixFormat.number(HL) + ", G_R = " + MatrixFormat.number(c.scalar("GR")) + ", H_R = "
                + MatrixFormat.number(HR) + ", γ = " + MatrixFormat.number(c.scalar("gamma")) + ", your gain + γ is "
                + MatrixFormat.number(gain + c.scalar("gamma")) + ": two leaves, each at its best weight, can always"
                + " do what one leaf did, so the bracket is never negative.");
    }

    /** G·w + ½(H + λ)·w² at w = −G/(H + λ), that is −½·G²/(H + λ). */
    private static double objectiveAtBest(double G, double H, double lambda) {
        double w = -G / (H + lambda);
        return G * w + 0.5 * (H + lambda) * w * w;
    }

    /** {G_L²/(H_L + λ), G_R²/(H_R + λ), G²/(H + λ)}. */
    private static double[] scores(double GL, double HL, double GR, double HR, double lambda) {
        return new double[] {GL * GL / (HL + lambda), GR * GR / (HR + lambda),
                (GL + GR) * (GL + GR) / (HL + HR + lambda)};
    }

    private static double number(Object result) {
        Expect.that(result instanceof Double, "your code must return a double.");
        return (Double) result;
    }

    private static Case split(double GL, double HL, double GR, double HR, double lambda, double gamma) {
        return Case.of("GL", GL, "HL", HL, "GR", GR, "HR", HR, "lambda", lambda, "gamma", gamma);
    }
}
