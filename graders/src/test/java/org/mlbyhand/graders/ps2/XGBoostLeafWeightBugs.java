package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in XGBoost's leaf weight −G/(H + λ), each a complete implementation the grader must
 * reject. On g = [1, 2, 3], h = [1, 1, 1], λ = 0 (w* = −2) the sign gives 2 and the uncancelled ½
 * gives −4; with λ = 1 (w* = −3/2) λ per row (or means) gives −6/(3 + 3) = −1 and no λ −2 (the ½ would
 * give −3 there); the row count for H is right for squared error and fails on the log-loss rows (4/13
 * expected, 1/8).
 */
final class XGBoostLeafWeightBugs {
    private XGBoostLeafWeightBugs() {
    }

    private enum Mistake { SIGN, HALF_NOT_CANCELLED, LAMBDA_PER_ROW, NO_LAMBDA, ROW_COUNT }

    static final List<Bug<XGBoostLeafWeightGrader.LeafWeight>> ALL = List.of(
            new Bug<>("sign",
                    "the weight moves the predictions against the gradient: G·w + ½(H + λ)w² is smallest at"
                            + " w = −G/(H + λ). A positive G (predictions too high) needs a negative w.",
                    (g, h, lambda) -> weight(g, h, lambda, Mistake.SIGN)),
            new Bug<>("½ not cancelled",
                    "the derivative of ½(H + λ)w² is (H + λ)w: the 2 of the square cancels the ½. Setting"
                            + " G + (H + λ)w = 0 gives w = −G/(H + λ), without a factor 2.",
                    (g, h, lambda) -> weight(g, h, lambda, Mistake.HALF_NOT_CANCELLED)),
            new Bug<>("λ added per row, or means instead of sums",
                    "λ is added once to the leaf's hessian sum: H + λ. Adding it to every row's hᵢ, or dividing G"
                            + " and H by n before adding it, turns it into n·λ: −Σg/(Σh + λ) uses sums.",
                    (g, h, lambda) -> weight(g, h, lambda, Mistake.LAMBDA_PER_ROW)),
            new Bug<>("λ forgotten",
                    "the penalty ½λw² adds λ to the curvature: the weight is −G/(H + λ), which λ shrinks towards 0.",
                    (g, h, lambda) -> weight(g, h, lambda, Mistake.NO_LAMBDA)),
            new Bug<>("the number of rows for H",
                    "H is the sum of the hessians hᵢ, which is the number of rows only for squared error"
                            + " (hᵢ = 1); for the log-loss hᵢ = p(1 − p) < 1.",
                    (g, h, lambda) -> weight(g, h, lambda, Mistake.ROW_COUNT)));

    private static double weight(double[] g, double[] h, double lambda, Mistake mistake) {
        NewtonInputs.rows(g, h, lambda);
        double G = NewtonInputs.sum(g);
        double H = mistake == Mistake.ROW_COUNT ? g.length : NewtonInputs.sum(h);
        switch (mistake) {
            case SIGN:
                return G / (H + lambda);
            case HALF_NOT_CANCELLED:
                return -2 * G / (H + lambda);
            case LAMBDA_PER_ROW:
                return -G / (H + g.length * lambda);
            case NO_LAMBDA:
                return -G / H;
            default:
                return -G / (H + lambda);
        }
    }
}
