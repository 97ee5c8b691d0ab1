package org.mlbyhand.graders.ps1;

import java.util.List;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.graders.ps1.MeanSquaredErrorGradientGrader.Gradient;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the gradient of mse(y, X·w + b), each a complete implementation the grader must
 * reject. The first hand-picked case (n = 1, b = 0; dw = [−4], db = −2) catches the first four, which
 * give ([−2], −1), ([4], 2), ([−4], −1) and ([−4], 0) there. With one row and b = 0, a missing 1/n and a
 * b left out of ŷ go unseen; the second case (n = 2, b = 1; dw = [−2], db = −1) shows them as
 * ([−4], −2), ([−2], −2) and ([−5], −3), values no bug above them gives. The residual written into y is
 * right but modifies y, which the engine sees on the first case; the unchecked w and b pass every
 * numeric check and are caught by their own rejection checks.
 */
final class MeanSquaredErrorGradientBugs {
    private MeanSquaredErrorGradientBugs() {
    }

    private enum Mistake {
        NO_TWO, FLIPPED_SIGN, DB_WITHOUT_TWO, DB_ZERO, NO_MEAN, DB_WITHOUT_MEAN, B_NOT_IN_PREDICTION,
        RESIDUAL_INTO_Y, W_NOT_CHECKED, B_NOT_CHECKED
    }

    static final List<Bug<Gradient>> ALL = List.of(
            new Bug<>("factor 2 missing",
                    "the derivative of (ŷᵢ − yᵢ)² is 2·(ŷᵢ − yᵢ)·∂ŷᵢ: both dw and db carry the factor 2 from the"
                            + " square, on top of the 1/n from the mean.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.NO_TWO)),
            new Bug<>("residual y − ŷ instead of ŷ − y",
                    "differentiate (ŷᵢ − yᵢ)² with respect to ŷᵢ: 2·(ŷᵢ − yᵢ). With y − ŷ every entry has the"
                            + " wrong sign, and that is the direction that decreases the loss, not the gradient.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.FLIPPED_SIGN)),
            new Bug<>("db without the factor 2",
                    "db is differentiated like dw: ∂ŷᵢ/∂b = 1, so db = (2/n)·Σᵢ(ŷᵢ − yᵢ), twice the mean"
                            + " residual. Your dw looks right; look at the constant in db.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.DB_WITHOUT_TWO)),
            new Bug<>("db left at 0",
                    "the intercept moves every prediction, ∂ŷᵢ/∂b = 1 for every row, so db = (2/n)·Σᵢ(ŷᵢ − yᵢ)"
                            + " is zero only when the residuals sum to zero.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.DB_ZERO)),
            new Bug<>("1/n missing",
                    "the loss is a mean over the n rows, so its gradient is too: dw = (2/n)·Xᵀ(ŷ − y) and"
                            + " db = (2/n)·Σᵢ(ŷᵢ − yᵢ). A sum is right only when n = 1.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.NO_MEAN)),
            new Bug<>("1/n missing on db only",
                    "dw looks right, db does not: db is a mean over the rows too, (2/n)·Σᵢ(ŷᵢ − yᵢ), with the"
                            + " same 2/n as dw. Σᵢ alone grows with the number of rows.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.DB_WITHOUT_MEAN)),
            new Bug<>("b left out of ŷ",
                    "the prediction is ŷ = X·w + b, with b added to every row, before the residual ŷ − y is"
                            + " taken: X·w alone is right only when b = 0.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.B_NOT_IN_PREDICTION)),
            new Bug<>("residual written into y",
                    "your gradient is right, but your code overwrote y with the residual ŷ − y to save an"
                            + " array. The caller's targets are not yours to change: compute the residual into a"
                            + " new array (X.multiply(w) already returns one).",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.RESIDUAL_INTO_Y)),
            new Bug<>("w not checked",
                    "a NaN or infinity in w makes every prediction, and so the whole gradient, NaN or infinite;"
                            + " check w's entries as you check X's and y's, and throw IllegalArgumentException.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.W_NOT_CHECKED)),
            new Bug<>("b not checked",
                    "b is an input too: an infinite or NaN intercept makes every prediction infinite or NaN."
                            + " Test it with Double.isFinite, like the entries of the arrays.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.B_NOT_CHECKED)));

    private static LinearGradient gradient(Matrix X, double[] y, double[] w, double b, Mistake mistake) {
        RegressionInputs.check("mseGradient", X, y);
        if (w.length != X.cols()) {
            throw new ShapeMismatchException("mseGradient: X is " + X.shape() + ", w has length " + w.length);
        }
        if (mistake != Mistake.W_NOT_CHECKED) {
            RegressionInputs.finite("mseGradient", "w", w);
        }
        if (mistake != Mistake.B_NOT_CHECKED) {
            RegressionInputs.finite("mseGradient", "b", b);
        }
        int n = X.rows();
        double[] r = X.multiply(w);                      // (n) ŷ, then ŷ − y
        for (int i = 0; i < n; i++) {
            double yHat = r[i] + (mistake == Mistake.B_NOT_IN_PREDICTION ? 0.0 : b);
            r[i] = mistake == Mistake.FLIPPED_SIGN ? y[i] - yHat : yHat - y[i];
            if (mistake == Mistake.RESIDUAL_INTO_Y) {
                y[i] = r[i];
            }
        }
        double scale = (mistake == Mistake.NO_TWO ? 1.0 : 2.0) / (mistake == Mistake.NO_MEAN ? 1.0 : n);
        double[] dw = X.transpose().multiply(r);         // (p)
        double db = 0.0;
        for (int j = 0; j < dw.length; j++) {
            dw[j] *= scale;
        }
        for (double ri : r) {
            db += ri;
        }
        switch (mistake) {
            case DB_WITHOUT_TWO:
                return new LinearGradient(dw, db / n);
            case DB_ZERO:
                return new LinearGradient(dw, 0.0);
            case DB_WITHOUT_MEAN:
                return new LinearGradient(dw, 2.0 * db);
            default:
                return new LinearGradient(dw, db * scale);
        }
    }
}
