package org.mlbyhand.core.linear;

import org.mlbyhand.core.linalg.Matrix;

/**
 * A smooth convex function of a flat parameter vector θ, with what the two minimisers in
 * {@link Minimizer} need: its value, gradient, a positive definite Newton matrix, and a bound on its
 * curvature for a safe gradient-descent step.
 */
interface SmoothObjective {
    /** Returns f(θ). */
    double value(double[] theta);

    /** Returns ∇f(θ). */
    double[] gradient(double[] theta);

    /**
     * Returns the matrix Newton's method solves with: the Hessian ∇²f(θ), plus, for an objective that is
     * constant along some directions (the Hessian is singular there, and the gradient orthogonal to
     * them), the projector onto those directions, so that the step along them is zero.
     */
    Matrix newtonMatrix(double[] theta);

    /** Returns L ≥ sup λ_max(∇²f): gradient descent with step 1/L decreases f at every step. */
    double curvatureBound();
}
