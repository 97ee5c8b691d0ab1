package org.mlbyhand.core.svm;

/**
 * What {@link Smo#solve} returns for one two-class problem of l rows: the dual variables, the gradient at
 * them, the bias and how the loop ended. The arrays are the record's own: callers must not modify them.
 *
 * @param alpha     α, length l, each in [0, C]: αᵢ &gt; 0 marks a support vector, αᵢ = C a bounded one
 * @param gradient  G = Qα − e at α, length l, as SMO kept it up to date (Q in single precision)
 * @param rho       minus the intercept: f(x) = Σᵢ αᵢyᵢk(xᵢ, x) − rho ({@link Smo#bias})
 * @param nIter     the SMO steps taken (scikit-learn's {@code n_iter_} for this pair of classes)
 * @param converged whether m(α) − M(α) &lt; tol held at the end (false only when maxIter stopped SMO)
 */
public record DualSolution(double[] alpha, double[] gradient, double rho, int nIter, boolean converged) {
    /**
     * Returns the dual objective f(α) = ½·αᵀQα − eᵀα = ½·Σᵢ αᵢ(Gᵢ − 1), computed from G as libsvm does
     * (its {@code obj}); for the optimum it is minus the primal optimum ½‖w‖² + C·Σ hinge.
     */
    public double objective() {
        double v = 0.0;
        for (int i = 0; i < alpha.length; i++) {
            v += alpha[i] * (gradient[i] - 1.0);
        }
        return v / 2;
    }
}
