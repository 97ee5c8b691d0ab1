package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · logistic-gd — fit scikit-learn's ℓ2-penalized logistic regression by plain gradient descent.
 *
 * <p>For n rows xᵢ of X, labels yᵢ ∈ {0, 1} and C &gt; 0, scikit-learn's {@code LogisticRegression(C)}
 * minimises C·Σᵢ [log(1 + e^zᵢ) − yᵢ·zᵢ] + ½‖w‖². Divide it by C·n (same minimiser, gradients of size
 * about 1 whatever n and C are) and descend on
 * <pre>{@code
 *   J(w, b) = (1/n)·Σᵢ [log(1 + e^zᵢ) − yᵢ·zᵢ]  +  ‖w‖²/(2·C·n),        zᵢ = xᵢᵀw + b
 *
 *   ∂J/∂w = (1/n)·Xᵀ(σ(z) − y)  +  w/(C·n)
 *   ∂J/∂b = (1/n)·Σᵢ (σ(zᵢ) − yᵢ)                          the intercept is not penalized
 * }</pre>
 * Start from w = 0 (length p) and b = 0, and take exactly {@code steps} steps of size η = learningRate:
 * <pre>{@code
 *   repeat steps times:
 *     (dw, db) = ∇J(w, b)                  both partial derivatives at the current (w, b)
 *     w ← w − η·dw
 *     b ← b − η·db
 * }</pre>
 * The first term of ∇J is the gradient of the mean log-loss, an earlier exercise:
 * {@code Losses.binaryCrossEntropyGradient(X, y, w, b)} (from {@code org.mlbyhand.core.functions}) returns
 * it as a {@code LinearGradient(dw, db)}; you may call it and add the penalty's part yourself. With
 * η ≤ 1/L, L = ‖[X 1]‖_F²/(4n) + 1/(C·n), every step decreases J, and enough steps reach scikit-learn's
 * answer.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if C is not &gt; 0 (C = +∞ means no penalty), if
 * learningRate is not finite and &gt; 0, or if steps &lt; 0; check these before the first step.
 * {@code binaryCrossEntropyGradient} throws for the rest on the first step: {@link ShapeMismatchException}
 * if y's length is not n, {@link IllegalArgumentException} for a label other than 0 or 1, an empty X or a
 * NaN or infinity in X.
 *
 * <p>You need: {@code X.rows()}, {@code X.cols()}, {@code new double[p]},
 * {@code Losses.binaryCrossEntropyGradient}, {@code g.dw()}, {@code g.db()} and
 * {@code new LinearParameters(w, b)}. Not {@code LogisticRegression}: it is what you are writing.
 *
 * <p>Classic traps: penalizing b (only w is in ‖w‖²); the penalty's gradient is w/(C·n), not w/C, C·w/n
 * nor w/(2·C·n), and it is added to dw (J grows with ‖w‖); step against the gradient, not along it;
 * update w and b from the same gradient, not b from a gradient recomputed after w moved; {@code steps}
 * steps, not one more or one fewer, and no early exit once the gradient is small; {@code C <= 0} lets
 * C = NaN through (test {@code !(C > 0)}), while C = +∞ must be accepted.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=logistic-gd}
 */
public final class LogisticRegressionGradientDescent {
    private LogisticRegressionGradientDescent() {
    }

    /**
     * Returns (w, b) after {@code steps} steps of gradient descent on J from w = 0, b = 0.
     *
     * @param X            n×p features, n ≥ 1, finite (not modified)
     * @param y            length n labels, each 0 or 1 (not modified)
     * @param C            the inverse penalty strength, &gt; 0; +∞ for no penalty
     * @param learningRate the step size η, finite and &gt; 0
     * @param steps        the number of steps, ≥ 0
     * @return the parameters: a new w of length p and b
     * @throws IllegalArgumentException if C, learningRate or steps is out of range, a label is not 0 or 1,
     *         or X is empty or not finite
     * @throws ShapeMismatchException if y's length is not n
     */
    public static LinearParameters fit(Matrix X, int[] y, double C, double learningRate, int steps) {
        // TODO: check C, learningRate and steps; then steps times: gradient, plus w/(C·n) on dw; step w and b.
        throw new NotImplementedYet("ps1 logistic-gd");
    }
}
