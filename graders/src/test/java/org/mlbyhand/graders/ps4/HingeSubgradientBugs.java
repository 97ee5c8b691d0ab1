package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps4.HingeSubgradientGrader.Subgradient;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the hinge subgradient, each a complete implementation the grader must reject. The
 * first hand-picked case (s·z = [1.5, 0.5, −0.5], dw = [1, 2], db = 2) separates the first five: every
 * row counted gives ([−1, 2], 1), the flipped sign ([−1, −2], −2), the labels as signs (0, 0), db left
 * at 0 ([1, 2], 0), the mean a third of the answer. The intercept left out of z changes nothing there
 * and shows on the second case (b = 1 puts both rows beyond their margins; without it row 0 violates);
 * the kink counted shows on the third (rows 0 and 1 count, dw = [0], where every row gives [2]). The last is right on every valid input.
 */
final class HingeSubgradientBugs {
    private HingeSubgradientBugs() {
    }

    private enum Mistake {
        EVERY_ROW, SIGN_FLIPPED, LABELS_AS_SIGNS, NO_DB, MEAN, NO_INTERCEPT_IN_Z, KINK_COUNTED
    }

    static final List<Bug<Subgradient>> ALL = List.of(
            new Bug<>("every row counted, not only the violators",
                    "a row beyond its margin (sᵢzᵢ ≥ 1) is on the flat part of max(0, 1 − sᵢzᵢ): it contributes"
                            + " nothing. Add −sᵢ·xᵢ and −sᵢ only for the rows with sᵢzᵢ < 1.",
                    (X, y, w, b) -> subgradient(X, y, w, b, Mistake.EVERY_ROW)),
            new Bug<>("sign flipped: +Σ sᵢxᵢ",
                    "the derivative of 1 − sᵢ(xᵢᵀw + b) with respect to w is −sᵢxᵢ, and −sᵢ for b: a subgradient"
                            + " points uphill, away from the violators' side.",
                    (X, y, w, b) -> subgradient(X, y, w, b, Mistake.SIGN_FLIPPED)),
            new Bug<>("labels used as signs",
                    "the labels are 0 and 1: a row of class 0 has yᵢ = 0 and would never contribute. Use the sign"
                            + " sᵢ = 2yᵢ − 1 = ±1, in the margin test sᵢzᵢ < 1 and in the terms −sᵢxᵢ, −sᵢ.",
                    (X, y, w, b) -> subgradient(X, y, w, b, Mistake.LABELS_AS_SIGNS)),
            new Bug<>("db left at 0",
                    "the intercept has a derivative too: each violating row adds −sᵢ to db, as if xᵢ had a last"
                            + " feature equal to 1.",
                    (X, y, w, b) -> subgradient(X, y, w, b, Mistake.NO_DB)),
            new Bug<>("mean instead of sum",
                    "the loss here is the sum Σᵢ max(0, 1 − sᵢzᵢ), so its subgradient is a sum too: do not divide"
                            + " by n.",
                    (X, y, w, b) -> subgradient(X, y, w, b, Mistake.MEAN)),
            new Bug<>("intercept left out of the scores",
                    "the score is zᵢ = xᵢᵀw + b: with b left out, the margin test sᵢzᵢ < 1 picks the wrong rows.",
                    (X, y, w, b) -> subgradient(X, y, w, b, Mistake.NO_INTERCEPT_IN_Z)),
            new Bug<>("the kink counted: sᵢzᵢ ≤ 1",
                    "at the kink sᵢzᵢ = 1 every t·(−sᵢxᵢ, −sᵢ) with t ∈ [0, 1] is a subgradient, and this exercise"
                            + " (like Pegasos and core) takes t = 0: a row counts only if it strictly violates its"
                            + " margin, sᵢzᵢ < 1.",
                    (X, y, w, b) -> subgradient(X, y, w, b, Mistake.KINK_COUNTED)),
            new Bug<>("labels not checked",
                    "the labels must be 0 or 1: throw IllegalArgumentException for any other value (−1 would"
                            + " become the sign −3).",
                    (X, y, w, b) -> {
                        if (y.length != X.rows() || w.length != X.cols()) {
                            throw new ShapeMismatchException("hinge-subgrad: shapes");
                        }
                        for (int i = 0; i < X.rows(); i++) {
                            for (int j = 0; j < X.cols(); j++) {
                                if (!Double.isFinite(X.get(i, j))) {
                                    throw new IllegalArgumentException("hinge-subgrad: X is not finite");
                                }
                            }
                        }
                        return compute(X, y, w, b, null);
                    }));

    private static LinearGradient subgradient(Matrix X, int[] y, double[] w, double b, Mistake mistake) {
        SvmInputs.linear("hinge-subgrad", X, y, w, b);
        return compute(X, y, w, b, mistake);
    }

    private static LinearGradient compute(Matrix X, int[] y, double[] w, double b, Mistake mistake) {
        int n = X.rows();
        double[] dw = new double[w.length];
        double db = 0.0;
        for (int i = 0; i < n; i++) {
            double z = mistake == Mistake.NO_INTERCEPT_IN_Z ? 0.0 : b;
            for (int j = 0; j < w.length; j++) {
                z += X.get(i, j) * w[j];
            }
            double s = mistake == Mistake.LABELS_AS_SIGNS ? y[i] : 2 * y[i] - 1;
            boolean counts = mistake == Mistake.EVERY_ROW || (mistake == Mistake.KINK_COUNTED ? s * z <= 1.0 : s * z < 1.0);
            if (counts) {
                double sign = mistake == Mistake.SIGN_FLIPPED ? s : -s;
                for (int j = 0; j < w.length; j++) {
                    dw[j] += sign * X.get(i, j);
                }
                db += mistake == Mistake.NO_DB ? 0.0 : sign;
            }
        }
        if (mistake == Mistake.MEAN) {
            for (int j = 0; j < dw.length; j++) {
                dw[j] /= n;
            }
            db /= n;
        }
        return new LinearGradient(dw, db);
    }
}
