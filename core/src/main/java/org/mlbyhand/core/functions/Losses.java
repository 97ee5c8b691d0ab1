package org.mlbyhand.core.functions;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The losses the models minimise, each averaged over the n rows, with their gradients with respect to
 * the parameters (w, b) of the {@link Affine} scores ŷ = z = X·w + b:
 * <pre>{@code
 *   mse(y, ŷ)  = (1/n) Σᵢ (yᵢ − ŷᵢ)²                    ∂/∂w = (2/n)·Xᵀ(ŷ − y),     ∂/∂b = (2/n)·Σᵢ(ŷᵢ − yᵢ)
 *   bce(y, z)  = (1/n) Σᵢ [log(1 + e^zᵢ) − yᵢ·zᵢ]       ∂/∂w = (1/n)·Xᵀ(σ(z) − y),  ∂/∂b = (1/n)·Σᵢ(σ(zᵢ) − yᵢ)
 *   ce(y, Z)   = (1/n) Σᵢ [logSumExp(Zᵢ) − Z_{i,yᵢ}]    ∂/∂W = (1/n)·(P − Y)ᵀX,     ∂/∂b = (1/n)·(P − Y)ᵀ1
 * }</pre>
 * with y ∈ {0, 1} for the binary cross-entropy (log-loss) and, for the softmax cross-entropy, scores
 * Z = X·Wᵀ + 1·bᵀ (n×k), P = softmax(Z) row by row, Y the one-hot labels. The cross-entropies take the
 * scores (logits), not probabilities: log(1 + e^z) − y·z equals −y·log σ(z) − (1 − y)·log(1 − σ(z)) but is
 * computed row by row with {@link Activations#logLoss} and {@link Activations#crossEntropy}, so it stays
 * finite and accurate where σ(z) rounds to 0 or 1, and a confidently right row's tiny loss is not
 * rounded to 0. Each gradient is the loss's exact derivative (the σ′ and the
 * softmax Jacobian cancel against the log), which a finite-difference check confirms.
 */
public final class Losses {
    private Losses() {
    }

    /**
     * Returns the mean squared error (1/n)·Σᵢ(yᵢ − ŷᵢ)².
     *
     * @param y    length n ≥ 1, finite (not modified)
     * @param yHat length n, finite (not modified)
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0 or an entry is NaN or infinite
     */
    public static double mseLoss(double[] y, double[] yHat) {
        checkTargets("mseLoss", y, yHat);
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - yHat[i];
            sum += d * d;
        }
        return sum / y.length;
    }

    /**
     * Returns the gradient of mse(y, X·w + b) with respect to w and b (class comment).
     *
     * @param X n×p, finite (not modified)
     * @param y length n, finite (not modified)
     * @param w length p (not modified)
     * @param b the intercept
     * @throws ShapeMismatchException if y's length is not n or w's is not p
     * @throws IllegalArgumentException if X is empty or an input holds a NaN or infinity
     */
    public static LinearGradient mseGradient(Matrix X, double[] y, double[] w, double b) {
        double[] e = linear("mseGradient", X, y, w, b);   // e = ŷ − y
        for (int i = 0; i < e.length; i++) {
            e[i] -= y[i];
        }
        return chainThroughLinear(X, e, 2.0 / X.rows());
    }

    /**
     * Returns the binary cross-entropy (log-loss) of scores z for labels y ∈ {0, 1},
     * (1/n)·Σᵢ [softplus(zᵢ) − yᵢ·zᵢ]. Finite for every finite z.
     *
     * @param y length n ≥ 1, each 0 or 1 (not modified)
     * @param z length n scores (logits), finite (not modified)
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0, a label is not 0 or 1, or a score is NaN or infinite
     */
    public static double binaryCrossEntropy(int[] y, double[] z) {
        checkBinary("binaryCrossEntropy", y, z.length);
        Arguments.requireFinite("binaryCrossEntropy", "z", z);
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            sum += Activations.logLoss(y[i], z[i]);
        }
        return sum / y.length;
    }

    /**
     * Returns the gradient of bce(y, X·w + b) with respect to w and b (class comment).
     *
     * @param X n×p, finite (not modified)
     * @param y length n, each 0 or 1 (not modified)
     * @param w length p (not modified)
     * @param b the intercept
     * @throws ShapeMismatchException if y's length is not n or w's is not p
     * @throws IllegalArgumentException if X is empty, a label is not 0 or 1, or an input is not finite
     */
    public static LinearGradient binaryCrossEntropyGradient(Matrix X, int[] y, double[] w, double b) {
        checkBinary("binaryCrossEntropyGradient", y, X.rows());
        double[] e = linear("binaryCrossEntropyGradient", X, new double[X.rows()], w, b);
        for (int i = 0; i < e.length; i++) {
            e[i] = Activations.sigmoid(e[i]) - y[i];     // σ(z) − y
        }
        return chainThroughLinear(X, e, 1.0 / X.rows());
    }

    /**
     * Returns the softmax cross-entropy of the scores Z for labels y,
     * (1/n)·Σᵢ [logSumExp(Zᵢ) − Z_{i,yᵢ}].
     *
     * @param y length n ≥ 1, labels in [0, k) (not modified)
     * @param Z n×k scores (logits), finite (not modified)
     * @throws ShapeMismatchException if Z does not have n rows
     * @throws IllegalArgumentException if n = 0, k = 0, a label is outside [0, k), or a score is not finite
     */
    public static double softmaxCrossEntropy(int[] y, Matrix Z) {
        checkLabels("softmaxCrossEntropy", y, Z);
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            sum += Activations.crossEntropy(Z.row(i), y[i]);
        }
        return sum / y.length;
    }

    /**
     * Returns the gradient of ce(y, X·Wᵀ + 1·bᵀ) with respect to W and b (class comment).
     *
     * @param X n×p, finite (not modified)
     * @param y length n, labels in [0, k) (not modified)
     * @param W k×p (not modified)
     * @param b length k (not modified)
     * @throws ShapeMismatchException if the shapes do not fit together
     * @throws IllegalArgumentException if X is empty, a label is outside [0, k), or an input is not finite
     */
    public static SoftmaxGradient softmaxCrossEntropyGradient(Matrix X, int[] y, Matrix W, double[] b) {
        String who = "softmaxCrossEntropyGradient";
        features(who, X);
        if (W.cols() != X.cols() || b.length != W.rows()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", W is " + W.shape() + ", b has length " + b.length);
        }
        Arguments.requireFinite(who, "b", b);
        Arguments.requireFinite(who, "W", W);
        Matrix Z = Affine.scores(X, W, b);                    // n×k
        checkLabels(who, y, Z);
        Matrix E = Activations.softmax(Z);                    // n×k, becomes P − Y
        for (int i = 0; i < y.length; i++) {
            E.set(i, y[i], E.get(i, y[i]) - 1.0);
        }
        double n = X.rows();
        Matrix dW = E.transpose().multiply(X).scale(1.0 / n); // k×p
        double[] db = E.columnSums();
        for (int k = 0; k < db.length; k++) {
            db[k] /= n;
        }
        return new SoftmaxGradient(dW, db);
    }

    // ---------------------------------------------------------------- shared steps

    /** Checks the inputs and returns z = X·w + b. */
    private static double[] linear(String who, Matrix X, double[] y, double[] w, double b) {
        features(who, X);
        Arguments.requireLength(who, "X", X, "y", y.length);
        Arguments.requireFinite(who, "y", y);
        if (w.length != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", w has length " + w.length);
        }
        Arguments.requireFinite(who, "w", w);
        Arguments.requireFinite(who, "b", b);
        return Affine.scores(X, w, b);
    }

    /** Checks the features X of a gradient: at least one row and one column, every entry finite. */
    private static void features(String who, Matrix X) {
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
    }

    /** The chain rule through z = X·w + b: ∂L/∂w = scale·Xᵀe, ∂L/∂b = scale·Σe, where e = ∂(nL/scale)/∂z. */
    private static LinearGradient chainThroughLinear(Matrix X, double[] e, double scale) {
        double[] dw = X.transpose().multiply(e);
        double db = 0.0;
        for (int i = 0; i < e.length; i++) {
            db += e[i];
        }
        for (int j = 0; j < dw.length; j++) {
            dw[j] *= scale;
        }
        return new LinearGradient(dw, db * scale);
    }

    private static void checkTargets(String who, double[] y, double[] yHat) {
        if (y.length != yHat.length) {
            throw new ShapeMismatchException(who + ": y has length " + y.length + ", yHat has length " + yHat.length);
        }
        if (y.length == 0) {
            throw new IllegalArgumentException(who + ": y is empty");
        }
        Arguments.requireFinite(who, "y", y);
        Arguments.requireFinite(who, "yHat", yHat);
    }

    private static void checkBinary(String who, int[] y, int n) {
        if (y.length != n) {
            throw new ShapeMismatchException(who + ": y has length " + y.length + ", the scores " + n);
        }
        if (n == 0) {
            throw new IllegalArgumentException(who + ": y is empty");
        }
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + "; binary labels are 0 or 1");
            }
        }
    }

    private static void checkLabels(String who, int[] y, Matrix Z) {
        if (y.length != Z.rows()) {
            throw new ShapeMismatchException(who + ": y has length " + y.length + ", Z is " + Z.shape());
        }
        if (y.length == 0 || Z.cols() == 0) {
            throw new IllegalArgumentException(who + ": Z is " + Z.shape() + "; needs at least one row and one class");
        }
        Arguments.requireFinite(who, "Z", Z);
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= Z.cols()) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + " is outside [0, " + Z.cols() + ")");
            }
        }
    }
}
