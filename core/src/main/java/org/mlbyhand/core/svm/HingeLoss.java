package org.mlbyhand.core.svm;

import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The hinge loss of a linear score z = xᵀw + b for a label y ∈ {0, 1}, with the sign s = 2y − 1 = ±1:
 * <pre>{@code
 *   hinge(y, z) = max(0, 1 − s·z)                       0 beyond the margin (s·z ≥ 1), linear inside it
 *   L(w, b)     = Σᵢ max(0, 1 − sᵢ(xᵢᵀw + b))
 *   ∂L          ∋ ( −Σ_{i ∈ V} sᵢxᵢ,  −Σ_{i ∈ V} sᵢ ),   V = { i : sᵢzᵢ < 1 }   (the margin violators)
 * }</pre>
 * L is convex but not differentiable where sᵢzᵢ = 1: there any multiple t·(−sᵢxᵢ), t ∈ [0, 1], is a
 * subgradient term; {@link #subgradient} takes t = 0 (the row counts only if it strictly violates the
 * margin), as Pegasos does. The soft-margin SVM minimises ½‖w‖² + C·L(w, b) ({@link Svc} in the dual,
 * {@link PegasosLinearSvc} in the primal). Sums, not means: scikit-learn's C multiplies the sum.
 */
public final class HingeLoss {
    private HingeLoss() {
    }

    /**
     * Returns Σᵢ max(0, 1 − sᵢzᵢ), sᵢ = 2yᵢ − 1.
     *
     * @param y length n, each 0 or 1 (not modified)
     * @param z length n scores, finite (not modified)
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if a label is not 0 or 1, or a score is not finite
     */
    public static double value(int[] y, double[] z) {
        if (y.length != z.length) {
            throw new ShapeMismatchException("HingeLoss.value: y has length " + y.length + ", z has length " + z.length);
        }
        checkBinary("HingeLoss.value", y);
        Arguments.requireFinite("HingeLoss.value", "z", z);
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            sum += Math.max(0.0, 1.0 - sign(y[i]) * z[i]);
        }
        return sum;
    }

    /**
     * Returns the subgradient of L at (w, b) defined in the class comment (t = 0 on the kink).
     *
     * @param X n×p, finite (not modified)
     * @param y length n, each 0 or 1 (not modified)
     * @param w length p (not modified)
     * @param b the intercept
     * @return (∂w length p, ∂b)
     * @throws ShapeMismatchException if y's length is not n or w's is not p
     * @throws IllegalArgumentException if a label is not 0 or 1 or an input is not finite
     */
    public static LinearGradient subgradient(Matrix X, int[] y, double[] w, double b) {
        String who = "HingeLoss.subgradient";
        Arguments.requireLength(who, "X", X, "y", y.length);
        if (w.length != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", w has length " + w.length);
        }
        checkBinary(who, y);
        Arguments.requireFinite(who, "X", X);
        Arguments.requireFinite(who, "w", w);
        Arguments.requireFinite(who, "b", b);
        double[] dw = new double[w.length];
        double db = 0.0;
        for (int i = 0; i < y.length; i++) {
            double[] x = X.row(i);
            if (sign(y[i]) * score(x, w, b) < 1.0) {
                for (int j = 0; j < dw.length; j++) {
                    dw[j] -= sign(y[i]) * x[j];
                }
                db -= sign(y[i]);
            }
        }
        return new LinearGradient(dw, db);
    }

    /** Returns s = 2y − 1: +1 for class 1, −1 for class 0. */
    static int sign(int y) {
        return 2 * y - 1;
    }

    /** Returns xᵀw + b. */
    static double score(double[] x, double[] w, double b) {
        double z = b;
        for (int j = 0; j < w.length; j++) {
            z += x[j] * w[j];
        }
        return z;
    }

    static void checkBinary(String who, int[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + "; binary labels are 0 and 1");
            }
        }
    }
}
