package org.mlbyhand.graders.ps1;

import java.util.List;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the gradient of the binary cross-entropy, each a complete implementation (with
 * the reference's argument checks) the grader must reject. On the first hand-picked case (w = 0,
 * b = 0, every σ = 1/2) the missing 1/n doubles everything, the sign flip negates everything, the db
 * sign flip negates db only and the σ(1 − σ) factor quarters everything, so each has its own answer
 * there; forgetting b makes no difference at b = 0 and is caught by the second case (y = [0], z = 2),
 * where it gives σ(0) = 1/2 and the ±1-label residual, which drops the rows with y = 0, gives 0.
 */
final class BinaryCrossEntropyGradientBugs {
    private BinaryCrossEntropyGradientBugs() {
    }

    private enum Mistake {
        NO_MEAN, SIGN, DB_SIGN, SIGMOID_DERIVATIVE, NO_INTERCEPT, PLUS_MINUS_ONE_LABELS
    }

    /** The bce gradient's function type: (X, y, w, b) ↦ (dw, db). */
    @FunctionalInterface
    public interface Gradient {
        /** Returns the gradient at (w, b); no argument is modified. */
        LinearGradient at(Matrix X, int[] y, double[] w, double b);
    }

    static final List<Bug<Gradient>> ALL = List.of(
            new Bug<>("sum instead of mean",
                    "the loss is a mean over the n rows, so its gradient is one too: divide both Xᵀ(σ(z) − y) and"
                            + " Σᵢ(σ(zᵢ) − yᵢ) by n.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.NO_MEAN)),
            new Bug<>("y − σ(z) instead of σ(z) − y",
                    "d/dz [log(1 + e^z) − y·z] = σ(z) − y: the gradient points uphill, so a row whose label is 1"
                            + " and whose σ is below 1 pushes the gradient negative. Check the order of the"
                            + " subtraction.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.SIGN)),
            new Bug<>("db from y − σ(z)",
                    "dw is right but db has the wrong sign: the intercept's derivative is the mean of the same"
                            + " residual σ(zᵢ) − yᵢ that makes up dw (a column of ones in X).",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.DB_SIGN)),
            new Bug<>("extra factor σ(z)·(1 − σ(z))",
                    "σ′ = σ(1 − σ) belongs to the derivative of a squared error on σ(z). For the cross-entropy it"
                            + " cancels against the derivative of the log: ∂L/∂zᵢ = (σ(zᵢ) − yᵢ)/n, with no other"
                            + " factor.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.SIGMOID_DERIVATIVE)),
            new Bug<>("intercept left out of the scores",
                    "the scores are z = X·w + b: add the intercept b to every row's score before taking σ.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.NO_INTERCEPT)),
            new Bug<>("−y·σ(−y·z), the residual for labels ±1",
                    "−yᵢ·σ(−yᵢ·zᵢ) is the residual for labels −1 and +1. Here the labels are 0 and 1, so it"
                            + " drops every row with yᵢ = 0, whose residual is σ(zᵢ) − 0 = σ(zᵢ): a negative row"
                            + " with a high score must push the weights down. Use σ(zᵢ) − yᵢ for every row.",
                    (X, y, w, b) -> gradient(X, y, w, b, Mistake.PLUS_MINUS_ONE_LABELS)));

    private static LinearGradient gradient(Matrix X, int[] y, double[] w, double b, Mistake mistake) {
        LabelChecks.linearScores("gradient", X, y, w, b);
        int n = X.rows();
        int p = X.cols();
        double[] dw = new double[p];
        double db = 0.0;
        for (int i = 0; i < n; i++) {
            double z = mistake == Mistake.NO_INTERCEPT ? 0.0 : b;
            for (int j = 0; j < p; j++) {
                z += X.get(i, j) * w[j];
            }
            double s = Activations.sigmoid(z);
            double e = mistake == Mistake.SIGN ? y[i] - s : s - y[i];
            if (mistake == Mistake.PLUS_MINUS_ONE_LABELS) {
                e = -y[i] * Activations.sigmoid(-y[i] * z);
            }
            if (mistake == Mistake.SIGMOID_DERIVATIVE) {
                e *= s * (1.0 - s);
            }
            for (int j = 0; j < p; j++) {
                dw[j] += X.get(i, j) * e;
            }
            db += mistake == Mistake.DB_SIGN ? -e : e;
        }
        double scale = mistake == Mistake.NO_MEAN ? 1.0 : 1.0 / n;
        for (int j = 0; j < p; j++) {
            dw[j] *= scale;
        }
        return new LinearGradient(dw, db * scale);
    }
}
